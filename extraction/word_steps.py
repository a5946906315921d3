"""Stepping from token to token over whitespace: razdel keeps line breaks and runs of spaces
as tokens of their own, and the rules that look at the next or previous word skip them."""

from __future__ import annotations

from spacy.tokens import Doc


def next_word(doc: Doc, i: int) -> int:
    """The first token at or after i that is no whitespace (``len(doc)`` when none is)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def prev_word(doc: Doc, i: int) -> int:
    """The last token before i that is no whitespace (-1 when none is)."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i
