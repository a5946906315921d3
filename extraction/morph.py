"""Word-form helpers the extraction rules share, on top of the one pymorphy3 analyzer in
``extraction.lang.morph`` (re-exported here, so the rules keep one import)."""

from __future__ import annotations

import re
from functools import lru_cache

from pymorphy3.analyzer import Parse

from extraction.lang.morph import analyzer, has_tag, known
from extraction.lang.morph import parses as _dictionary_parses

from .head_typos import head_typo

__all__ = [
    "analyzer",
    "has_tag",
    "inflect",
    "known",
    "lemma",
    "match_case",
    "parses",
    "title_case",
]


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """pymorphy3's parses of the word, best first; a post head misspelt by one letter
    («заметители») is parsed as the head it misspells (``head_typos``)."""
    fixed = head_typo(word)
    return _dictionary_parses(fixed if fixed is not None else word)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Most likely dictionary form, lower-cased (``Ивановым`` -> ``иванов``)."""
    found = parses(word)
    return found[0].normal_form if found else word.lower()


def inflect(parse: Parse, grammemes: set[str]) -> str | None:
    """The parse's form with ``grammemes``, or None when pymorphy3 has no such form."""
    return _inflect(parse, frozenset(grammemes))


@lru_cache(maxsize=50_000)
def _inflect(parse: Parse, grammemes: frozenset[str]) -> str | None:
    """Cached: pymorphy3 rebuilds the word's whole paradigm for each inflection, and the
    name, post and normal-form rules ask the same few thousand (parse, form) pairs again."""
    try:
        form = parse.inflect(grammemes)
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
