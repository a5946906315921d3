"""One shared pymorphy3 analyzer: loading its dictionaries costs ~100 ms and ~15 MB, so do it once."""

from __future__ import annotations

from functools import lru_cache

import pymorphy3


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Most likely dictionary form, lower-cased (``Ивановым`` -> ``иванов``)."""
    parses = analyzer().parse(word)
    return parses[0].normal_form if parses else word.lower()
