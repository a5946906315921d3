"""The town an adjective is made from: «калужский» → калуга, «тульский» → тула, «пермский» →
пермь, «братский» → братск.

A city's council is named both ways — «Калужская городская Дума» and «Городская Дума Калуги» —
and both must be the same office with the same place. pymorphy3 knows place nouns (``Geox``)
but does not link an adjective to its noun, so the noun is found by undoing the usual ways
Russian makes the adjective (a final vowel or soft sign dropped, г/к/х alternating with ж/ч/ш,
«-ск» kept, a fleeting vowel dropped or restored, an inserted «-им-»/«-ин-»/«-ен-» undone) and
keeping the one candidate pymorphy3 knows as a place. Adjectives of two-word cities
(«нижегородский») are no pattern and are listed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extraction.lang.morph import fold, parses

# Region capitals and cities of 100k+: the likelier reading when candidates are several
# («кировский» is of Киров more than of Кировск or Кирово).
_REGIONS = Path(__file__).resolve().parent.parent / "data" / "regions.json"

# The consonant an adjective's stem ends in and the one its noun ends in: калуЖский ← калуГа.
_ALTERNATIONS = {"ж": "г", "ч": "к", "ш": "х"}
_ENDINGS = ("", "а", "я", "ь", "о", "и", "ы", "е", "ль")
_VOWELS = set("аеёиоуыэюя")
# Letters inserted between a town's stem and «-ский»: уфИМский ← Уфа, сочИНский ← Сочи,
# пензЕНский ← Пенза.
_INSERTS = ("им", "ин", "ен")
# Two-word cities of 100k+ whose adjective fuses the words.
_FUSED = {
    "нижегородский": "нижний новгород",
    "нижнетагильский": "нижний тагил",
    "набережночелнинский": "набережные челны",
    "старооскольский": "старый оскол",
    "новоуренгойский": "новый уренгой",
    "великолукский": "великие луки",
    "сергиевопосадский": "сергиев посад",
}


def _stems(adjective: str) -> list[str]:
    for suffix in ("ский", "ской"):
        if adjective.endswith(suffix) and len(adjective) > len(suffix) + 1:
            stem = adjective[: -len(suffix)]
            return list(dict.fromkeys([stem, stem.removesuffix("ь")]))
    return []


def _tiers(adjective: str) -> list[set[str]]:
    """Candidate nouns, likeliest first: the stem itself (Киров, Ставрополь), the stem with
    «-ск» (Курск, not the river Кура), then the stem with an ending or an alternation."""
    if adjective.endswith("цкий") and len(adjective) > 6:
        stem = adjective[:-4]
        return [{stem + "цк"}, {stem + "ц"}]  # «донецкий» ← Донецк, not the river Донец
    stems = _stems(adjective)
    rest: set[str] = set()
    for stem in stems:
        bases = {stem}
        if stem[-1:] in _ALTERNATIONS:
            bases.add(stem[:-1] + _ALTERNATIONS[stem[-1]])  # калуЖский ← калуГа
        if stem.endswith(("ов", "ев")):
            bases.add(stem[:-2])  # «березниковский» ← Березники
            bases.add(stem[:-2] + "в")  # «московский» ← Москва
        if stem.endswith(_INSERTS) and len(stem) > 3:
            bases.add(stem[:-2])
        bases |= set(_fleeting(base) for base in list(bases)) - {None}
        rest |= {base + ending for base in bases for ending in _ENDINGS}
    return [set(stems), {stem + "ск" for stem in stems}, rest]


def _fleeting(stem: str) -> str | None:
    """The stem with its last vowel between two consonants dropped (вологОд → вологд-а) or,
    after two final consonants, restored (орл → орёл)."""
    if len(stem) < 3 or stem[-1] in _VOWELS:
        return None
    if stem[-2] in "оеё" and stem[-3] not in _VOWELS:
        return stem[:-2] + stem[-1]
    if stem[-2] not in _VOWELS and stem[-2] != "ь":
        return stem[:-1] + "ё" + stem[-1]
    return None


def _known_place(word: str) -> bool:
    return any(
        p.is_known and p.tag.POS == "NOUN" and "Geox" in p.tag and p.normal_form == word
        for p in parses(word)
    )


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    data = json.loads(_REGIONS.read_text(encoding="utf-8"))
    return frozenset(fold(city) for _code, city in data["cities"])


@lru_cache(maxsize=4096)
def town_of(adjective: str) -> str | None:
    """The place noun (its lemma) the adjective lemma ``adjective`` is made from:
    a big city among the candidates pymorphy3 knows as places, else the likeliest of them,
    when they are one; else None."""
    adjective = adjective.lower()
    if adjective in _FUSED:
        return _FUSED[adjective]
    tiers = [{word for word in tier if _known_place(word)} for tier in _tiers(adjective)]
    cities = {word for tier in tiers for word in tier if fold(word) in _cities()}
    for towns in [cities] if cities else tiers:
        if len(towns) > 1:
            return None
        if towns:
            return towns.pop()
    return None
