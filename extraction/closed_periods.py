"""A post held over a closed span of years is a former one: «Иван Сорокин — глава района с
2015 по 2020 год», «…, глава района в 2015–2020 годах,», «…, в 2010–2015 годах директор
школы», «С 2006 по 2017 год Сергей Строев — глава сельсовета». A span that ends before the
year the text was published (any closed span when the date is unknown) says the holding ended;
one reaching that year or later («с 2021 по 2026 год» in a 2024 text, a term) does not."""

from __future__ import annotations

import re
from datetime import date

YEAR = r"(?:19|20)\d\d"
SPAN = (
    rf"(?:с\s+{YEAR}\s*(?:г\.|года)?\s+по\s+(?P<to1>{YEAR})"
    rf"|в\s+{YEAR}\s*[-–—]\s*(?P<to2>{YEAR}|\d\d))"
)
UNIT = r"(?:\s*(?:гг\.|г\.|годах|годы|годов|год|года))?"
# right after the post (past a comma), or right before it (after a comma or dash)
AFTER = re.compile(rf"^\s*,?\s*{SPAN}{UNIT}(?![\w-])", re.I)
BEFORE = re.compile(rf"(?:^|[,—–-]\s*){SPAN}{UNIT}\s*$", re.I)
# opening the sentence, before the name and the dash of the post: «С 2006 по 2017 год Сергей
# Строев — глава сельского поселения»
OPENING = re.compile(
    rf"(?:^|[.!?\n]\s*)(?i:{SPAN}{UNIT})\s+(?:[А-ЯЁ][а-яё]+\.?\s*|[А-ЯЁ]\.\s*){{1,3}}[—–-]\s*$"
)


def _end_year(match: re.Match) -> int:
    end = match.group("to1") or match.group("to2")
    return int(end) if len(end) == 4 else 2000 + int(end) if int(end) < 50 else 1900 + int(end)


def closed_span(text: str, start: int, end: int, published: date | None) -> bool:
    """Does a span of years that ended stand beside the post at ``text[start:end]``?"""
    found = (
        AFTER.match(text[end : end + 40])
        or BEFORE.search(text[max(0, start - 40) : start])
        or OPENING.search(text[max(0, start - 80) : start])
    )
    if found is None:
        return False
    return published is None or _end_year(found) < published.year
