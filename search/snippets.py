"""Snippets that show the original words of a document with the query's matches marked.

Backends index lemmas, so their own highlighters would show lemmas; this one maps matches back
onto the original text, the same way for every backend."""

from __future__ import annotations

import html

from search.lemmas import lemma, words

WINDOW = 30  # words in a snippet


def snippet(text: str, lemmas: set[str], window: int = WINDOW) -> str:
    """The ``window``-word stretch of ``text`` with most matches, matches in <mark>…</mark>,
    everything else HTML-escaped."""
    toks = list(words(text))
    if not toks:
        return ""
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
    marked = set(hits)
    out, pos = [], a
    for i in range(start, end):
        m = toks[i]
        if i in marked:
            out.append(html.escape(text[pos : m.start()]))
            out.append(f"<mark>{html.escape(m.group())}</mark>")
            pos = m.end()
    out.append(html.escape(text[pos:b]))
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(text.rstrip()) else ""
    return prefix + "".join(out).replace("\n", " ") + suffix
