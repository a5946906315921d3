"""Names written all in lower case after a post or a verb of speech: «депутат виктор лосев
выступил», «сообщила вера иванова».

Text copied from social networks loses its capitals, and slovnet, which leans on them, sees no
name. A known first name followed by a word pymorphy3 knows as a surname, in a case they share
(and a patronymic, if one follows), right after a post head or a verb of speech, is a person.
Common nouns that are also names («вера», «надежда», «любовь») pass only with a real surname
after them, so «депутат вера в успех» stays nobody.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_view import view
from .morph import known, parses
from .plural_posts import plural_post
from .post_heads import is_head
from .post_surnames import SURNAME_SHAPE

# «— сказал виктор лосев»: verbs that put the speaker right after them
SPEECH_VERBS = frozenset(
    """сказать отметить подчеркнуть заявить рассказать пояснить добавить сообщить уточнить
    напомнить ответить заметить выступить прокомментировать объяснить считать
    говорить отмечать подчёркивать заявлять рассказывать пояснять добавлять сообщать
    уточнять напоминать отвечать объяснять выступать""".split()
)
_SPEECH_LEMMAS = frozenset(v.replace("ё", "е") for v in SPEECH_VERBS)
GAP = 3  # the post's head and its complement: «глава сельского поселения»


def lowercase_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans plus a PER for every lower-case «first surname [patronymic]» after a post
    head or a verb of speech that no span covers."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    i = 1
    while i + 1 < len(doc):
        end = _name_end(doc, i)
        if end and not taken & set(range(i, end)) and _introduced(doc, i - 1):
            found.append(Span(doc, i, end, label="PER"))
            while (listed := _listed_end(doc, end)) and not taken & set(range(*listed)):
                found.append(Span(doc, *listed, label="PER"))
                end = listed[1]
            i = end
        else:
            i += 1
    return spans + found


def _lower(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.islower()


def _cases(word: str, grammeme: str) -> set[tuple[str, str]]:
    """(case, gender) of the word's readings with the grammeme, known to the dictionary."""
    return {
        (str(p.tag.case), str(p.tag.gender))
        for p in parses(word)
        if grammeme in p.tag and known(p.word) and p.tag.number != "plur"
    }


def _name_end(doc: Doc, i: int) -> int:
    """The end of «виктор лосев» or «вера ивановна петрова»… starting at token i, or 0."""
    texts = view(doc).texts
    first, second = texts[i], texts[i + 1]
    if not (_lower(first) and _lower(second)):
        return 0
    names = _cases(first, "Name")
    surnames = _cases(second, "Surn")
    if not names:
        return 0
    if surnames & names:
        return i + 2
    if _only_name(first) and _surname_shaped(second):
        return i + 2  # «сергей лапин»: pymorphy3 knows «лапин» only as a plural of «лапина»
    middles = _cases(second, "Patr") & names
    if middles and i + 2 < len(texts) and _lower(texts[i + 2]):
        third = texts[i + 2]
        # «ирина петровна сомова»: after a name and a patronymic, a surname's shape will do
        if _cases(third, "Surn") & middles or _shaped_not_noun(third):
            return i + 3
    return 0


def _only_name(word: str) -> bool:
    """«сергей», not «роман» or «вера»: every reading is a first name."""
    found = parses(word)
    return bool(found) and all("Name" in p.tag and known(p.word) for p in found)


def _surname_shaped(word: str) -> bool:
    """A surname's ending on a noun or an unknown word: not «готов», «иванович»."""
    found = parses(word)
    if any({"Name", "Patr"} & set(p.tag.grammemes) for p in found):
        return False
    if found and known(found[0].word) and found[0].tag.POS != "NOUN":
        return False
    return bool(SURNAME_SHAPE.search(word))


def _shaped_not_noun(word: str) -> bool:
    """«сомова» (a short adjective to pymorphy3), not «родина», «половина»."""
    found = parses(word)
    if found and known(found[0].word) and found[0].tag.POS == "NOUN":
        return False
    return bool(SURNAME_SHAPE.search(word))


def _listed_end(doc: Doc, end: int) -> tuple[int, int] | None:
    """«олег жуков и анна котова»: the next name of a list, past «и» or a comma."""
    k = end
    if k < len(doc) and doc[k].text in {",", "и"}:
        k += 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k + 1 < len(doc) and (after := _name_end(doc, k)):
            return k, after
    return None


def _introduced(doc: Doc, j: int) -> bool:
    """A verb of speech right before, or a post head at most GAP lower-case words back
    («депутат», «глава района», «председатель городской думы»)."""
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return False
    for k in range(j, max(-1, j - GAP), -1):
        if not doc[k].text.isalpha():
            break
        if is_head(doc[k]) or plural_post(doc[k]):
            return True
    found = parses(doc[j].text)
    return (
        bool(found)
        and found[0].tag.POS == "VERB"
        and found[0].normal_form.replace("ё", "е") in _SPEECH_LEMMAS
    )
