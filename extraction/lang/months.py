"""Russian month names: the one table behind text dates, figure rules, page dates and the web
UI's month labels."""

from __future__ import annotations

import re

NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
# Short labels for charts: three letters, «май» in full.
SHORT = tuple(name[:3] for name in NOMINATIVE)
# Abbreviations written with a dot in text («12 сент. 2018»), longest first.
ABBREVIATIONS = (
    "февр", "сент", "нояб", "янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт",
    "ноя", "дек",
)  # fmt: skip

# Stems every case form begins with («январ» for января/январе, «ма[яй]» for мая/май).
STEMS = r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"
# A month word in the nominative or genitive, or a dotted abbreviation.
WORD = (
    r"(?:январ[яьей]|феврал[яьей]|марта?|апрел[яьей]|ма[яй]|июн[яьей]|июл[яьей]|августа?"
    r"|сентябр[яьей]|октябр[яьей]|ноябр[яьей]|декабр[яьей]"
    rf"|(?:{'|'.join(ABBREVIATIONS)})\.)"
)
_WORD = re.compile(WORD, re.IGNORECASE)
_NUMBER = {name[:3]: n for n, name in enumerate(NOMINATIVE, start=1)} | dict.fromkeys(
    ("мая", "мае", "маю"), 5
)


def number(word: str) -> int:
    """1-12 for the first three letters of a month word or abbreviation («нояб.» -> 11),
    0 for anything else; the caller has already matched a month pattern."""
    return _NUMBER.get(word.lower()[:3], 0)


# The other cases, which dates never use but circumstances do: «в марте», «к маю», «августом».
_OTHER_CASES = re.compile(
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:е|ю|ём|ем)"
    r"|(?:март|август)(?:е|у|ом)|ма(?:е|ю|ем)",
    re.IGNORECASE,
)


def month_number(word: str) -> int:
    """1-12 for a month name in any case or a dotted abbreviation, else 0."""
    return number(word) if _WORD.fullmatch(word) or _OTHER_CASES.fullmatch(word) else 0
