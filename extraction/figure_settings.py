"""Word numerals that set the scene rather than count: «принят в двух чтениях», «рассмотрели
на одном заседании».

Readings are steps of a procedure, told like the ordinal «во втором чтении», and «на одном
заседании» names the same sitting things were done at, not a quantity the news reports;
duma-dev's README "Figures" counts neither. A single place («в одной школе», «в одном
округе») is left a count: real news counts it as one.
"""

from __future__ import annotations

import re

_IN_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на)\s+$", re.IGNORECASE)
_READINGS_AFTER = re.compile(r"\s+чтени(?:ях|ями|ям|й)(?![\w-])", re.IGNORECASE)
_ONE_IN = re.compile(r"одн(?:ом|ой)", re.IGNORECASE)
# «на одном заседании», «в одной сессии»: the same sitting things were done at
_SAME_OCCASION_AFTER = re.compile(
    r"\s+(?:заседании|сессии|собрании|совещании|слушаниях)(?![\w-])", re.IGNORECASE
)


def scene_not_count(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word numeral that says in how many readings or at which sitting,
    not how many of something were counted."""
    if not _IN_BEFORE.search(text, max(0, start - 4), start):
        return False
    if _READINGS_AFTER.match(text, end):
        return True
    return bool(_ONE_IN.fullmatch(text, start, end) and _SAME_OCCASION_AFTER.match(text, end))
