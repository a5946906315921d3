"""A dash inside a quoted proper name: «Справедливая Россия — За правду».

A post before a name may end with a body's quoted name, and party and company names carry
dashes of their own; such a dash belongs to the name, so it does not end the post phrase.
Only a short quote with both marks on the same line counts.
"""

from __future__ import annotations

from spacy.tokens import Doc

QUOTE_SPAN = 8  # tokens a quoted body name may run on either side of its dash


def in_quoted_name(doc: Doc, dash: int) -> bool:
    """Is the dash at token ``dash`` between a «…» pair, a capitalised word right after it?"""
    nxt = dash + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt >= len(doc) or not doc[nxt].text[:1].isupper():
        return False
    before = _mark(doc, range(dash - 1, max(dash - QUOTE_SPAN, -1), -1), "«", "»")
    return before and _mark(doc, range(dash + 1, min(dash + QUOTE_SPAN, len(doc))), "»", "«")


def _mark(doc: Doc, steps: range, wanted: str, other: str) -> bool:
    """The quote mark ``wanted`` comes first along ``steps``, before ``other`` or a line end."""
    for j in steps:
        text = doc[j].text
        if text == other or "\n" in text:
            return False
        if text == wanted:
            return True
    return False
