"""A name after a dash that stands for a verb said once before: «выбрали председателем Совета
Елену Зеленскую, а заместителем председателя — Анатолия Аришина».

After a dash a name is read in the nominative («Председатель оргкомитета — Виктор Никонов»).
In a gapped clause the dash stands for the verb of the clause before, and the post before the
dash is in the instrumental, as that verb's second object; the name then takes the verb's
case: the accusative of «выбрали», «избрали», «назначили» (so «Анатолия Аришина» is Анатолий
Аришин, not a woman Анатолия Аришина), the nominative of «избран», «стал» (no change). Read:
the dash, an instrumental post head at most six words before it, a comma (maybe with «а» or
«и») before that post, and an active finite verb of electing or appointing earlier in the
sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses
from .post_heads import is_head
from .word_steps import prev_word

# active verbs whose object is the person and whose second object is the post
OBJECT_VERBS = frozenset(
    """избрать избирать выбрать выбирать переизбрать назначить назначать утвердить
    утверждать рекомендовать""".split()
)
MAX_POST_WORDS = 6
SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":"})


def gapped_object_case(doc: Doc, dash: int) -> frozenset[str] | None:
    """{"accs"} when the dash at token ``dash`` stands for an earlier verb that takes the
    person as its object; None otherwise."""
    head = None
    i = prev_word(doc, dash)
    steps = 0
    while i >= 0 and steps < MAX_POST_WORDS and doc[i].text not in {",", *SENTENCE_STOPS}:
        if doc[i].text.lower() in {"а", "и"}:
            break
        if is_head(doc[i]) and any(
            p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses(doc[i].text)
        ):
            head = i
        i = prev_word(doc, i)
        steps += 1
    if head is None:
        return None
    if i >= 0 and doc[i].text.lower() in {"а", "и"}:
        i = prev_word(doc, i)
    if i < 0 or doc[i].text != ",":
        return None
    j = prev_word(doc, i)
    while j >= 0 and doc[j].text not in SENTENCE_STOPS and "\n\n" not in doc[j].text:
        found = parses(doc[j].text)
        if found and found[0].tag.POS == "VERB":
            verb = found[0]
            if verb.normal_form in OBJECT_VERBS and verb.tag.voice != "pssv":
                return frozenset({"accs"})
            return None
        j = prev_word(doc, j)
    return None


def gapped_complement(doc: Doc, heads: list[int], head: int) -> bool:
    """Before a dash, the post head ``head`` that agrees with the name follows an
    instrumental post head of the same phrase: «заместителем председателя — Анатолия Аришина»
    is the predicate of a left-out verb, and «председателя» only its complement, no post of
    the name's."""
    return any(
        h < head
        and any(p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses(doc[h].text))
        and not any(p.tag.case in {"gent", "accs", "nomn"} for p in parses(doc[h].text))
        for h in heads
    )
