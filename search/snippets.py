"""Snippets that show the original words of a document with the query's matches marked.

Backends index lemmas, so their own highlighters would show lemmas; this one maps matches back
onto the original text, the same way for every backend.

A snippet is built as pieces — ``(text, marked)`` — and only then rendered as the HTML string
the API promises (text escaped, matches in ``<mark>…</mark>``). The string keeps its pieces
(:class:`Snippet`), so a page renders the marks from them instead of parsing HTML back: a body
that literally says ``</mark><mark>`` stays text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from search.lemmas import lemma, words

WINDOW = 30  # words in a snippet
MARK = re.compile(r"<mark>(.*?)</mark>", re.S)

Piece = tuple[str, bool]  # text, and whether it is a match


class Snippet(str):
    """The HTML snippet (the API's contract) that also holds the pieces it was rendered from."""

    pieces: tuple[Piece, ...]

    def __new__(cls, pieces: Iterable[Piece]) -> Snippet:
        kept = tuple(_merged(pieces))
        made = super().__new__(cls, to_html(kept))
        made.pieces = kept
        return made

    def __getnewargs__(self) -> tuple[tuple[Piece, ...]]:  # type: ignore[override]
        return (self.pieces,)  # copies and pickles rebuild from the pieces, not the HTML


def _merged(pieces: Iterable[Piece]) -> list[Piece]:
    """Empty pieces dropped and neighbours of one kind joined, so equal snippets compare equal."""
    out: list[Piece] = []
    for text, marked in pieces:
        if not text:
            continue
        if out and out[-1][1] == marked:
            out[-1] = (out[-1][0] + text, marked)
        else:
            out.append((text, marked))
    return out


def to_html(pieces: Iterable[Piece]) -> str:
    """Every piece escaped, the marked ones in ``<mark>…</mark>``."""
    return "".join(
        f"<mark>{html.escape(t)}</mark>" if marked else html.escape(t) for t, marked in pieces
    )


def from_html(snippet: str) -> list[Piece]:
    """The pieces of an HTML snippet made by :func:`to_html`: the tags are found before any
    entity is decoded, so escaped text that reads like a tag stays text."""
    if isinstance(snippet, Snippet):
        return list(snippet.pieces)
    pieces: list[Piece] = []
    pos = 0
    for m in MARK.finditer(snippet):
        pieces.append((html.unescape(snippet[pos : m.start()]), False))
        pieces.append((html.unescape(m.group(1)), True))
        pos = m.end()
    pieces.append((html.unescape(snippet[pos:]), False))
    return _merged(pieces)


def pieces(text: str, lemmas: set[str], window: int = WINDOW) -> list[Piece]:
    """The ``window``-word stretch of ``text`` with most matches, cut into matches and the text
    between them; "…" where the stretch is cut from the text, line breaks as spaces."""
    toks = list(words(text))
    if not toks:
        return []
    hits = [i for i, m in enumerate(toks) if lemmas and lemma(m.group()) in lemmas]
    start = 0
    if hits:
        best = 0
        for h in hits:
            s = max(0, h - window // 3)
            n = sum(1 for x in hits if s <= x < s + window)
            if n > best:
                best, start = n, s
    end = min(len(toks), start + window)
    a, b = toks[start].start(), toks[end - 1].end()
    out: list[Piece] = [("…" if a > 0 else "", False)]
    pos = a
    for i in hits:
        if start <= i < end:
            m = toks[i]
            out += [(text[pos : m.start()], False), (m.group(), True)]
            pos = m.end()
    out.append((text[pos:b], False))
    out.append(("…" if b < len(text.rstrip()) else "", False))
    return _merged((t.replace("\n", " "), marked) for t, marked in out)


def snippet(text: str, lemmas: set[str], window: int = WINDOW) -> Snippet:
    """The best stretch of ``text`` for ``lemmas`` (see :func:`pieces`) as a :class:`Snippet`."""
    return Snippet(pieces(text, lemmas, window))
