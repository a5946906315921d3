"""One shared pymorphy3 analyzer: loading its dictionaries costs ~100 ms and ~15 MB, so do it once.

Every lookup is cached: news texts repeat the same few thousand word forms, and a cached parse
is what keeps the rules cheap next to the slovnet NER.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


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


def inflect(parse: Parse, grammemes: set[str]) -> str | None:
    """The parse's form with ``grammemes``, or None when pymorphy3 has no such form."""
    try:
        form = parse.inflect(frozenset(grammemes))
    except (ValueError, KeyError, IndexError):
        return None
    return form.word if form else None


def match_case(source: str, word: str) -> str:
    """Give ``word`` the capitalisation pattern of ``source`` (``МЭРИИ`` -> ``МЭРИЯ``)."""
    if source.isupper() and len(source) > 1:
        return word.upper()
    if source[:1].isupper():
        if "-" in word and "-" in source:
            return "-".join(
                match_case(s, w) for s, w in zip(source.split("-"), word.split("-"), strict=False)
            )
        return word[:1].upper() + word[1:]
    return word


def title_case(word: str) -> str:
    """``ИВАНОВ`` / ``иванов`` -> ``Иванов``; parts after a hyphen or apostrophe capitalised
    too (``О’Рейли``, ``Петров-Водкин``)."""
    return re.sub(r"(^|[-’'])(\w)", lambda m: m.group(1) + m.group(2).upper(), word.lower())
