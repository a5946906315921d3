"""A hedged «единогласно» is no unanimous vote: «решение принято практически единогласно»,
«почти единодушно» say only that nearly all were for, so they give no tally of their own
(the sides, when the text gives them, are read from their numbers)."""

from __future__ import annotations

import re

_HEDGE_BEFORE = re.compile(
    r"(?<![\w-])(?:практически|почти|фактически|едва\s+ли\s+не|чуть\s+ли\s+не|почти\s+что"
    r"|практически\s+что|не\s+совсем|не)[^\S\n]+$",
    re.IGNORECASE,
)


def hedged(text: str, start: int) -> bool:
    """The «единогласно» starting at ``start`` is hedged or negated by the word right before."""
    return bool(_HEDGE_BEFORE.search(text, max(0, start - 24), start))
