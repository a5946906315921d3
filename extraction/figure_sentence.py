"""The sentence around a figure, read from the text within a bounded window.

Figure rules that look at the whole sentence of a count (who came, who left, who stood for
election) read it from the plain text; the window keeps a page without full stops from making
each look as long as the page.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…](?=\s+[А-ЯЁA-Z0-9«\"])|\n")
WINDOW = 250  # characters read on each side of the figure at most


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, cut to ``WINDOW`` characters each side."""
    lo = max(0, start - WINDOW)
    for m in SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    m = SENTENCE_END.search(text, end, min(len(text), end + WINDOW))
    return text[lo : m.start() if m else min(len(text), end + WINDOW)]
