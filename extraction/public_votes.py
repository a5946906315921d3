"""A public vote is no council tally: after «Жители посёлка собрались на сход», «за обращение к
губернатору проголосовали 104 человека, против – 3» counts voters, as «За самообложение
проголосовали 58 человек» does.

The figure reader has already read such counts as voters; a sentence where it did, in a text
that names a meeting of residents and, up to there, no deputies or sitting, holds no tally, so
its bare «против – 3» is one of those voters too.
"""

from __future__ import annotations

import re

_SITTING = re.compile(
    r"депутат|заседани|сесси|(?<![\w-])дум[аеуы]|(?<![\w-])совет[аеу]?(?![\w-])"
    r"|парламентари|избранник|фракци",
    re.IGNORECASE,
)
_PUBLIC = re.compile(
    r"(?<![\w-])(?:сход[аеуом]?|слушани[яйиях]+|референдум|опрос"
    r"|собрани[ияе]\s+(?:жител|граждан|собственник))",
    re.IGNORECASE,
)


def public_vote(text: str, figures: list[dict], lo: int, hi: int) -> bool:
    """The sentence ``text[lo:hi]`` counts a crowd's vote, not a council's."""
    if not any(lo <= f["start"] < hi and f.get("role") == "voters" for f in figures):
        return False
    before = text[:hi]
    return bool(_PUBLIC.search(before)) and not _SITTING.search(before)
