"""How a filter value a person types («Иванову», «Калужская обл.», «RU-KLU») becomes what the
stored facts are compared with; shared so both backends read filters the same way. People are
matched by the name matcher of the language base layer, the one watchlists use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from extraction.lang.names import NameQuery
from search.backend import IndexBackend
from search.lemmas import lemma_variants, words
from search.person_registry import PersonFilter, person_filter

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


def people_filter(
    value: str, keys: Sequence[str], names: Sequence[str], index: IndexBackend
) -> PersonFilter:
    """The (key, document) mentions a ``--person`` value stands for: the stored people the name
    matcher picks, widened to their identities and narrowed to the documents each identity
    owns (``search.person_registry``)."""
    found = NameQuery(value).select(keys, names)
    return person_filter(index, value, [keys[i] for i in found])


def person_mask(
    wanted: PersonFilter,
    keys: Sequence[str],
    holding: Callable[[list[int]], np.ndarray],
    documents: Callable[[Iterable[str]], np.ndarray],
) -> np.ndarray:
    """A columnar backend's mask of the documents a ``PersonFilter`` keeps: ``holding`` gives
    the mask of documents holding given key positions, ``documents`` that of given ids."""
    position = {k: i for i, k in enumerate(keys)}
    mask = holding([position[k] for k in wanted.keys if k in position])
    for k, docs in wanted.only.items():
        if k in position and docs:
            mask |= holding([position[k]]) & documents(docs)
    for k, docs in wanted.excluded.items():
        if k in position:
            mask |= holding([position[k]]) & ~documents(docs)
    return mask


def is_region_code(value: str) -> bool:
    return bool(REGION_CODE.match(value.strip()))
