"""A lone surname opening a participle clause: «Сомов, занимавший пост вице-мэра, …».

slovnet tags no person in a surname alone at a sentence start before a comma, yet the
participle after it («занимавший», «работавшая», «избранный») says the word is someone who
held a post; the people layer takes it as a surname-only mention."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_view import view
from .entities import Entity
from .morph import parses
from .word_steps import next_word

# «Сомов», «Лебедева», «Лунин»: a masculine or (with «-а») feminine surname shape
SURNAME_SHAPE = re.compile(r"[а-яё]{2,}(?:[оеё]в|[иы]н)(а)?")

# Verbs whose participle right after a name tells the name's post or career
POST_VERBS = frozenset(
    """занимать работать трудиться служить избрать избирать назначить назначать возглавлять
    возглавить руководить курировать исполнять переизбрать""".split()
)


def _surname_gender(word: str) -> set[str]:
    """The genders of the word's nominative surname readings (pymorphy3 Surn); for a
    surname pymorphy3 does not list («Сомов»: «сом» + «-ов»), its «-ов/-ев/-ин(а)» shape
    when no reading of the word is a nominative at all."""
    found = parses(word)
    genders = {
        g
        for p in found
        if {"Surn", "nomn", "sing"} <= set(p.tag.grammemes)
        for g in ("masc", "femn")
        if g in p.tag.grammemes or "ms-f" in p.tag.grammemes
    }
    if genders or any("nomn" in p.tag.grammemes for p in found):
        return genders
    shape = SURNAME_SHAPE.fullmatch(word.lower())
    if shape is None:
        return set()
    return {"femn" if shape.group(1) else "masc"}


def _participle_gender(word: str) -> set[str]:
    """The genders of the word's singular nominative participle readings of a post verb."""
    return {
        p.tag.gender
        for p in parses(word)
        if p.tag.POS == "PRTF"
        and p.normal_form in POST_VERBS
        and {"nomn", "sing"} <= set(p.tag.grammemes)
        and p.tag.gender
    }


def lone_surnames(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Surname-only PER mentions for «Сомов, занимавший …» that no entity covers."""
    covered = {i for e in entities for i in range(e.token_start, e.token_end)}
    found = []
    shown = view(doc)
    for i in range(len(doc) - 2):
        word = shown.texts[i]
        if (
            i in covered
            or len(word) < 3
            or not word.isalpha()
            or not word[0].isupper()
            or not word[1:].islower()
        ):
            continue
        comma = next_word(doc, i + 1)
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        verb = next_word(doc, comma + 1)
        if verb >= len(doc):
            continue
        genders = _surname_gender(word) & _participle_gender(doc[verb].text)
        if not genders:
            continue
        start = shown.idx[i]
        found.append(Entity("PER", start, start + len(word), word, word, i, i + 1))
    return found
