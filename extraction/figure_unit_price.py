"""«один» as the unit a price is given for: «Стоимость одной путёвки – 28 400 рублей», «цена
одного билета», «Один квадратный метр обойдётся в 95 тысяч».

The numeral here names the item a price is per, like the base of a rate («на одного
депутата»), so it counts nothing.
"""

from __future__ import annotations

import re

_PRICE_BEFORE = re.compile(
    r"(?<![\w-])(?:стоимост|себестоимост|цен[аыуе]|ценой|расценк|тариф[а-яё]*\s+за)[а-яё]*\s+$",
    re.IGNORECASE,
)
_COSTS_AFTER = re.compile(
    r"(?:\s+[а-яё-]+){1,3}?\s+(?:стои(?:т|ла|л|ло|ли)|обойд[её]тся|обходится|обош[её]л[аоси]*"
    r"|оценива(?:ется|ются))(?![\w-])",
    re.IGNORECASE,
)


def price_of_one(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` («одной», «один») is the item a price is per, not a count."""
    return bool(
        _PRICE_BEFORE.search(text, max(0, start - 24), start) or _COSTS_AFTER.match(text, end)
    )
