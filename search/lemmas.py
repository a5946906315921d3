"""Russian lemmatisation for indexing and queries: both backends index lemmas so «Иванов» finds
«Ивановым» and «область» finds «областях» without any server-side Russian analyzer.

The analyzer and ё-folding are the language base layer's (``extraction.lang``), which never
loads the extraction pipeline (spaCy, slovnet)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extraction.lang.morph import fold, parses

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens (letters/digits, inner hyphens kept) with their offsets."""
    return WORD.finditer(text)


PROPER = ({"Surn"}, {"Name", "Patr", "Geox", "Orgn"})  # surname readings win over guessed names
MIN_SCORE = 0.05  # parses less likely than this are noise («Иванов» as plural of «Иван»)


def _alpha(word: str) -> bool:
    return word.replace("-", "").isalpha()


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    """The single lemma a word is indexed under: pymorphy3's most likely parse, except that a
    plausible proper-name reading wins («Кидяева» -> «кидяев», not the guessed «кидяева»)."""
    folded = fold(word)
    if not _alpha(folded):
        return folded
    found = parses(folded)
    if not found:
        return folded
    likely = [p for p in found if p.score >= MIN_SCORE]
    for grammemes in PROPER:
        for p in likely:
            if grammemes & p.tag.grammemes:
                return fold(p.normal_form)
    return fold(found[0].normal_form)


@lru_cache(maxsize=50_000)
def lemma_variants(word: str) -> frozenset[str]:
    """Every plausible lemma of a query word, so an ambiguous form matches whichever reading
    the indexed text got."""
    folded = fold(word)
    out = {lemma(word)}
    if _alpha(folded):
        likely = [p for p in parses(folded) if p.score >= MIN_SCORE]
        surnames = [p for p in likely if "Surn" in p.tag.grammemes]
        # a surname stays a surname: «Петров» must not also find «Пётр»
        out.update(fold(p.normal_form) for p in surnames or likely)
    return frozenset(out)


def lemma_text(text: str) -> str:
    """Space-separated lemmas of ``text``: what full-text indexes store (``findall`` and
    ``map``: no match object per word, a third of the cost of indexing a document)."""
    return " ".join(map(lemma, WORD.findall(text)))
