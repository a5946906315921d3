"""Per-document token arrays, built once and shared by the rule modules through the doc.

spaCy builds a new ``Token`` object for every ``doc[i]`` and every step of ``for t in doc``,
and ``doc.text`` joins all of them again on each call; a dozen whole-document passes (entity
rules, posts, anaphora) each paid that for every token. Plain lists built in one pass let them
test strings and build a ``Token`` only where they keep one. The tokens of a doc never change
after the tokenizer (no component retokenizes), so the view stays valid for the doc's life.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

KEY = "dw_view"


@dataclass(frozen=True, slots=True)
class DocView:
    text: str  # exactly ``doc.text``
    texts: list[str]  # token texts
    lower: list[str]  # token texts in lower case
    idx: list[int]  # token start offsets
    space: list[bool]  # ``token.is_space``
    ws: list[str]  # ``token.whitespace_``


def view(doc: Doc) -> DocView:
    """The doc's arrays, built on first use and kept in ``doc.user_data``."""
    found = doc.user_data.get(KEY)
    if found is not None:
        return found
    texts: list[str] = []
    idx: list[int] = []
    space: list[bool] = []
    ws: list[str] = []
    parts: list[str] = []
    for token in doc:
        text = token.text
        texts.append(text)
        idx.append(token.idx)
        space.append(token.is_space)
        after = token.whitespace_
        ws.append(after)
        parts.append(text)
        if after:
            parts.append(after)
    made = DocView("".join(parts), texts, [t.lower() for t in texts], idx, space, ws)
    doc.user_data[KEY] = made
    return made
