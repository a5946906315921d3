"""Russian lemmatisation for indexing and queries: both backends index lemmas so «Иванов» finds
«Ивановым» and «область» finds «областях» without any server-side Russian analyzer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pymorphy3


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """Our own analyzer, so searching never loads the extraction pipeline (spaCy, slovnet)."""
    return pymorphy3.MorphAnalyzer()


WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens (letters/digits, inner hyphens kept) with their offsets."""
    return WORD.finditer(text)


PROPER = ({"Surn"}, {"Name", "Patr", "Geox", "Orgn"})  # surname readings win over guessed names
MIN_SCORE = 0.05  # parses less likely than this are noise («Иванов» as plural of «Иван»)


def _alpha(word: str) -> bool:
    return word.replace("-", "").isalpha()


def _parse(word: str) -> list:
    """pymorphy3's parses; it raises on letters Unicode has no name for (e.g. U+17000)."""
    try:
        return analyzer().parse(word)
    except ValueError:
        return []


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """The single lemma a word is indexed under: pymorphy3's most likely parse, except that a
    plausible proper-name reading wins («Кидяева» -> «кидяев», not the guessed «кидяева»)."""
    folded = fold(word)
    if not _alpha(folded):
        return folded
    parses = _parse(folded)
    if not parses:
        return folded
    likely = [p for p in parses if p.score >= MIN_SCORE]
    for grammemes in PROPER:
        for p in likely:
            if grammemes & p.tag.grammemes:
                return fold(p.normal_form)
    return fold(parses[0].normal_form)


@lru_cache(maxsize=50_000)
def lemma_variants(word: str) -> frozenset[str]:
    """Every plausible lemma of a query word, so an ambiguous form matches whichever reading
    the indexed text got."""
    folded = fold(word)
    out = {lemma(word)}
    if _alpha(folded):
        likely = [p for p in _parse(folded) if p.score >= MIN_SCORE]
        surnames = [p for p in likely if "Surn" in p.tag.grammemes]
        # a surname stays a surname: «Петров» must not also find «Пётр»
        out.update(fold(p.normal_form) for p in surnames or likely)
    return frozenset(out)


def lemma_text(text: str) -> str:
    """Space-separated lemmas of ``text``: what full-text indexes store."""
    return " ".join(lemma(m.group()) for m in words(text))
