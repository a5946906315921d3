"""Hyphenated first names of Tuva and Buryatia («Ай-Херел», «Цырен-Даши», «Даши-Доржо»):
slovnet often leaves them out of the person and tags only the surname after them."""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import known, parses


def _part(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word[:1].isupper() and word[1:].islower()


def compound_first_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is two capitalised parts joined by a hyphen that pymorphy3 does not know
    (no place such as «Улан-Удэ», no known double surname), after a lower-case word (a post or
    rank: «сержанту Ай-Херелу»)."""
    parts = doc[i].text.split("-")
    if len(parts) != 2 or not all(_part(p) for p in parts):
        return False
    if i == 0 or not doc[i - 1].text.isalpha() or not doc[i - 1].text.islower():
        return False
    if known(doc[i].text):
        return False
    return not any(
        {"Geox", "Surn", "Orgn"} & set(p.tag.grammemes)
        for w in (doc[i].text, *parts)
        for p in parses(w)
    )
