"""Parse what a user types into search terms, forgivingly: stray quotes, operators and
punctuation are never an error, only words and balanced "phrases" count."""

from __future__ import annotations

from dataclasses import dataclass

from search.lemmas import lemma_variants, words

MAX_TERMS = 32
OPERATORS = {"and", "or", "not", "near", "и", "или"}


@dataclass(frozen=True)
class Term:
    """One word (``len(words) == 1``) or a quoted phrase; each word is a set of lemma variants."""

    words: tuple[frozenset[str], ...]


def parse_query(text: str) -> list[Term]:
    text = text or ""
    terms: list[Term] = []
    parts = text.split('"')
    if len(parts) % 2 == 0:  # unbalanced quote: treat every quote as noise
        parts = [" ".join(parts)]
    for i, part in enumerate(parts):
        toks = [m.group() for m in words(part)]
        if i % 2 == 1 and len(toks) > 1:
            terms.append(Term(tuple(lemma_variants(t) for t in toks)))
            continue
        for tok in toks:
            if tok.lower() in OPERATORS and len(toks) > 1:
                continue
            terms.append(Term((lemma_variants(tok),)))
    return terms[:MAX_TERMS]


def term_lemmas(terms: list[Term]) -> set[str]:
    """Every lemma in the query, for highlighting."""
    return {lem for term in terms for variants in term.words for lem in variants}
