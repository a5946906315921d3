"""The start of a change or range whose end carries the scale word: «с 9,6 до 8,1 тыс.
человек», «от 2,4 до 3 млрд рублей».

A decimal with nothing counted after it is usually no count at all, so the figure reader keeps
only whole bare numbers for ellipsis; a decimal between «с»/«от» and «до» plus a scaled number is
the same quantity said once for both ends, and it takes the end's scale and unit.
"""

from __future__ import annotations

import re

_SP = r"[ \u00a0\u202f\u2009]"
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:с|со|от)\s+$", re.IGNORECASE)
_SCALED_END_AFTER = re.compile(
    rf"{_SP}+до{_SP}+[0-9]+(?:[.,][0-9]+)?{_SP}*"
    r"(?:тыс|млн|млрд|трлн|тысяч|миллион|миллиард)",
    re.IGNORECASE,
)


def scaled_range_start(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a bare number opening «с … до N тыс./млн/млрд …»."""
    return bool(
        _FROM_BEFORE.search(text, max(0, start - 4), start) and _SCALED_END_AFTER.match(text, end)
    )
