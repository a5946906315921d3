"""Nominative of a place whose adjective pymorphy3 reads only as a surname.

«главы Каменского района» is normalised word by word; «Каменского» has no adjective reading,
only the surname «Каменский», so the shared normaliser leaves «района» in the genitive
(«Каменский района»). A capitalised word read only as a surname, before a lower-case noun of
place, is the adjective of that noun: it agrees with the noun put in the nominative.
"""

from __future__ import annotations

from .morph import parses
from .normal import normal_phrase

# masculine surname ending -> (feminine, neuter) adjective ending
ENDINGS = {
    "ский": ("ская", "ское"),
    "цкий": ("цкая", "цкое"),
    "ной": ("ная", "ное"),
    "ный": ("ная", "ное"),
    "ий": ("ая", "ое"),
    "ый": ("ая", "ое"),
    "ой": ("ая", "ое"),
}


def surname_adjective_place(words: list[str], spaces: list[str]) -> str | None:
    """«Каменского района» -> «Каменский район», «Каменской волости» -> «Каменская
    волость»; None when the phrase is not of that shape."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower():
        return None
    found = parses(words[0])
    if not found or any(p.tag.POS in {"ADJF", "PRTF"} for p in found):
        return None  # the shared normaliser agrees a real adjective itself
    if not all("Surn" in p.tag for p in found):
        return None
    # the noun of place, past its own adjectives: «Каменского сельского поселения»
    nouns = next(
        (top for w in words[1:4] if (top := parses(w)[:1]) and top[0].tag.POS == "NOUN"), []
    )
    if not nouns:
        return None
    base = found[0].normal_form
    ending = next((e for e in ENDINGS if base.endswith(e)), None)
    if ending is None:
        return None
    gender = nouns[0].tag.gender
    if gender == "femn":
        base = base[: -len(ending)] + ENDINGS[ending][0]
    elif gender == "neut":
        base = base[: -len(ending)] + ENDINGS[ending][1]
    rest = normal_phrase(words[1:], spaces[1:])
    return base[:1].upper() + base[1:] + spaces[0] + rest
