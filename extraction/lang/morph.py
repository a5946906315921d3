"""One shared pymorphy3 analyzer: loading its dictionaries costs ~100 ms and ~15 MB, so it is
done once per process for extraction, search and watchlists alike.

Every lookup is cached: news texts repeat the same few thousand word forms, and a cached parse
is what keeps the rules cheap next to the slovnet NER.
"""

from __future__ import annotations

from functools import lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def fold(word: str) -> str:
    """Lower case with ё read as е: texts mostly write е for ё, so compare words folded."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """All pymorphy3 parses of a word form (case-insensitive), best first. Characters
    pymorphy3 cannot name (some rare Unicode planes) give no parse rather than an error."""
    try:
        return tuple(analyzer().parse(word))
    except (ValueError, KeyError):
        return ()


@lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    """Is the word form in pymorphy3's dictionary rather than guessed? The same for every
    parse of a word, and cached: ``Parse.is_known`` walks the dictionary on every call."""
    try:
        return analyzer().word_is_known(word.lower())
    except (ValueError, KeyError):
        return False


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Most likely dictionary form, lower-cased (``Ивановым`` -> ``иванов``)."""
    found = parses(word)
    return found[0].normal_form if found else word.lower()


def has_tag(word: str, grammeme: str, min_score: float = 0.0) -> bool:
    return any(grammeme in p.tag and p.score >= min_score for p in parses(word))
