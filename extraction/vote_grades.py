"""A tally given as grades: deputies rating an official's work «удовлетворительно» or
«неудовлетворительно» («Оценку «удовлетворительно» работе мэрии поставили 26 депутатов,
«неудовлетворительно» – пятеро»). The grades are the two sides of a vote on the report, so
they are read as for and against.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def grade_sides(
    text: str, lo: int, hi: int, num: str, dash: str
) -> Iterator[tuple[str, re.Match[str]]]:
    """Side and match (groups ``side`` and ``num``) of each quoted grade tied to a count in
    [lo, hi): by a dash, or by a rating verb a few words later. ``num`` and ``dash`` are the
    tally reader's own number and dash patterns. Only where both grades are given or deputies
    are named: «Ученики получили оценку «удовлетворительно»: 12 человек» is no vote."""
    sentence = text[lo:hi]
    both = len(_GRADE.findall(sentence)) >= 2
    if not both and not _RATERS.search(text, max(0, lo - 200), hi):
        return
    for side, pattern in _patterns(num, dash):
        for m in pattern.finditer(text, lo, hi):
            yield side, m


_GRADE = re.compile(r"[«\"„“](?:не)?удовлетворительно[»\"“”]", re.IGNORECASE)
_RATERS = re.compile(r"депутат|парламентари|народн[а-яё]+\s+избранник", re.IGNORECASE)
_CACHE: dict[tuple[str, str], list[tuple[str, re.Pattern[str]]]] = {}


def _patterns(num: str, dash: str) -> list[tuple[str, re.Pattern[str]]]:
    if (num, dash) not in _CACHE:
        verb = r"(?:поставил[аио]?|оценил[аио]?|выставил[аио]?|дал[аио]?)"
        _CACHE[num, dash] = [
            (
                side,
                re.compile(
                    rf"(?<![\w-])(?P<side>[«\"„“]{grade}[»\"“”])"
                    rf"(?:{dash}|(?:\s+[а-яё]+){{0,4}}\s+{verb}\s+)"
                    rf"(?:(?:лишь|только|всего|ещё|еще)\s+)?{num}",
                    re.IGNORECASE,
                ),
            )
            for side, grade in (("for", "удовлетворительно"), ("against", "неудовлетворительно"))
        ]
    return _CACHE[num, dash]
