"""How a filter value a person types («Иванову», «Калужская обл.», «RU-KLU») becomes what the
stored facts are compared with; shared so both backends read filters the same way. People are
matched by the name matcher of the language base layer, the one watchlists use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extraction.lang.names import NameQuery
from search.backend import IndexBackend
from search.lemmas import lemma_variants, words
from search.person_registry import expand_people

REGION_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,4}$")
ABBREVIATIONS = {"обл": "область", "г": "город", "р-н": "район", "респ": "республика"}


@dataclass(frozen=True)
class NameMatch:
    """A value matches a stored name when every word matches one of its lemmas; ``exact`` is
    also tried verbatim against keys and codes."""

    exact: str
    words: tuple[frozenset[str], ...]
    initials: tuple[str, ...] = ()


def name_match(value: str) -> NameMatch:
    """Words of one letter («А. Иванов») are initials: they match a lemma's first letter."""
    full, initials = [], []
    for m in words(value):
        w = m.group().lower()
        w = ABBREVIATIONS.get(w, w)
        if len(w) == 1 and w.isalpha():
            initials.append(w)
        else:
            full.append(lemma_variants(w))
    return NameMatch(value.strip(), tuple(full), tuple(initials))


def matches(match: NameMatch, lemmas: str) -> bool:
    """Whether a stored space-joined lemma string satisfies the match (Python-side check)."""
    have = set(lemmas.split())
    if not all(variants & have for variants in match.words):
        return False
    return all(any(lem.startswith(i) for lem in have) for i in match.initials)


def person_ids(
    value: str, keys: Sequence[str], names: Sequence[str], index: IndexBackend | None = None
) -> list[int]:
    """Positions of the stored people (key, display name) a ``--person`` value names, decided
    by the one name matcher watchlists use too (``extraction.lang.names``); with ``index``,
    every key of each person the value names (``search.person_registry``), so «Д. О. Морозов»
    also finds the documents that call him «Дмитрий Морозов»."""
    found = NameQuery(value).select(keys, names)
    if index is None:
        return found
    wanted = set(expand_people(index, value, [keys[i] for i in found]))
    return [i for i, key in enumerate(keys) if key in wanted]


def is_region_code(value: str) -> bool:
    return bool(REGION_CODE.match(value.strip()))
