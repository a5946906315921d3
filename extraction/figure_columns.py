"""People counted inside a march's columns took part in it: «В каждой из семи колонн двигалось
около трёх тысяч человек», «в колоннах шли 40 тысяч горожан». A column is no event noun of its
own (a column of cars may be escorted by police, «колонну сопровождали 12 сотрудников ГИБДД»),
so only a count said to be in or of the columns reads as those who marched.
"""

from __future__ import annotations

import re

_IN_COLUMNS = re.compile(
    r"(?<![\w-])(?:в|во)[^\S\n]+(?:кажд[а-яё]*[^\S\n]+из[^\S\n]+)?"
    r"(?:[а-яё0-9]+[^\S\n]+){0,2}колонн[а-яё]*(?![\w-])",
    re.IGNORECASE,
)


def in_columns(text: str, lo: int, start: int) -> bool:
    """The stretch ``text[lo:start]`` before a count places it in a march's columns."""
    return bool(_IN_COLUMNS.search(text, lo, start))
