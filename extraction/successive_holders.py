"""Holders of one post told in turn: «Обязанности главы исполнял сначала Петр Гусев, а с 3
октября — Артём Лыков», «Комиссию возглавлял Гусев, затем Лыков», «Главой района был Гусев,
после него — Лыков». The name after «затем», «потом», «после него», «с <date>» and a comma after
the first holder takes the first holder's post, said before the first name in its sentence."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .dates import month_number
from .morph import parses
from .people import Person, Post
from .posts import DASHES
from .word_steps import next_word, prev_word

THEN = frozenset({"затем", "потом", "позже", "позднее", "впоследствии"})
AFTER_HIM = frozenset({"него", "неё", "нее"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
DATE_WORDS = frozenset({"года", "г", "г.", "числа"})


def successive_holders(doc: Doc, people: list[Person]) -> list[tuple[int, Post]]:
    """(person, post) for each later holder of a post told in turn."""
    starts = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
    out = []
    for n, person in enumerate(people):
        for start, end in person.tokens:
            comma = next_word(doc, end)
            if comma >= len(doc) or doc[comma].text != ",":
                continue
            later = _after_connective(doc, next_word(doc, comma + 1))
            m = starts.get(later) if later is not None else None
            if m is None or m == n or people[m].posts:
                continue
            post = _post_before(doc, person, start)
            if post is not None:  # the words that tell the turn stand for the post
                said = next_word(doc, comma + 1)
                last = prev_word(doc, later)
                while last > said and doc[last].text in DASHES:
                    last = prev_word(doc, last)
                end_char = doc[last].idx + len(doc[last])
                out.append((m, replace(post, start=doc[said].idx, end=end_char)))
    return out


def _after_connective(doc: Doc, i: int) -> int | None:
    """The token after «(а) затем», «(а) после него —», «а с 3 октября —», or None."""
    if i < len(doc) and doc[i].text.lower() == "а":
        i = next_word(doc, i + 1)
    if i >= len(doc):
        return None
    low = doc[i].text.lower()
    if low in THEN:
        i = next_word(doc, i + 1)
    elif low == "после" and next_word(doc, i + 1) < len(doc):
        pronoun = next_word(doc, i + 1)
        if doc[pronoun].text.lower() not in AFTER_HIM:
            return None
        i = next_word(doc, pronoun + 1)
    elif low in {"с", "со"}:
        j, dated = next_word(doc, i + 1), False
        for _ in range(4):
            if j < len(doc) and (
                doc[j].text.isdigit()
                or month_number(doc[j].text)
                or doc[j].text.lower() in DATE_WORDS
            ):
                dated, j = True, next_word(doc, j + 1)
        if not dated:
            return None
        i = j
    else:
        return None
    if i < len(doc) and doc[i].text in DASHES:
        i = next_word(doc, i + 1)
    return i


def _post_before(doc: Doc, person: Person, start: int) -> Post | None:
    """The person's post said before this mention in the same sentence, with no other text
    than the verb and adverbs between («Комиссию возглавлял сначала …»)."""
    sentence = start
    while sentence > 0 and doc[prev_word(doc, sentence)].text not in SENTENCE_ENDS:
        sentence = prev_word(doc, sentence)
        if sentence < 0:
            return None
    first = doc[max(sentence, 0)].idx
    verbs = [
        t.idx
        for t in doc[max(sentence, 0) : start]
        if (found := parses(t.text)) and found[0].tag.POS in {"VERB", "PRTS"}
    ]
    for post in person.posts:
        told = any(post.start <= v for v in verbs)  # a predicate, not «Глава района Гусев, …»
        if told and first <= post.start and post.end <= doc[start].idx:
            between = doc.text[post.end : doc[start].idx].split()
            if len(between) <= 2 and all(w.isalpha() and w.islower() for w in between):
                return post
    return None
