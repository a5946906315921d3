"""«Последний» standing for the last of the people just listed.

«Полномочия сложили Ольга Воронова и Сергей Макаров. Последний исполнял обязанности главы
города»: «последний» / «последняя» opening a sentence, used as a noun (no noun after it, not
«Последний раз …», «Последняя сессия …»), is the subject of the posts said after it and stands
for the last-named of two or more people of the sentence before, of its gender.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

LATTER = {"последний": "masc", "последняя": "femn"}


def latter_gender(doc: Doc, i: int, opens_sentence: bool) -> str | None:
    """The gender of «Последний» / «Последняя» at token i when it opens its sentence and is
    used as a noun, else None."""
    gender = LATTER.get(doc[i].text.lower())
    if gender is None or not opens_sentence:
        return None
    nxt = i + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc):
        return None
    found = parses(doc[nxt].text)[:1]
    if found and found[0].tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR"}:
        return None  # «Последний раз …», «Последняя выездная сессия …»
    if not doc[nxt].text[:1].isalpha():
        return None
    return gender


def latter_person(
    named: list[tuple[int, int]], genders: dict[int, str | None], gender: str
) -> int | None:
    """Of the people named (start token, person) in the sentence before, the last one when
    there are two or more and the last one's gender fits."""
    people = list(dict.fromkeys(n for _, n in sorted(named)))
    if len(people) < 2:
        return None
    last = people[-1]
    return last if genders.get(last) in (None, gender) else None
