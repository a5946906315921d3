"""The grammar of dates written in Russian text: «23 ноября 2018 года», «с 1 по 3 декабря»,
«26.11.18 г.», «26/11/2018», «2018-11-26».

One grammar for the extraction rules (which also resolve yearless dates and «вчера») and for
the crawler (which looks for a page's publication date); it only reads numbers, so it needs no
morphology and no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from extraction.lang import months

_YEAR_AHEAD = r"\s+(?:1[89]|2[01])[0-9][0-9](?![0-9])"
# A month word, or an abbreviation without its dot when a year follows («26 ноя 2018»).
MONTH = rf"(?:{months.WORD}|(?:{'|'.join(months.ABBREVIATIONS)})(?={_YEAR_AHEAD}))"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:-?го|-е)?"
_YEAR = r"(?:\s+(?P<year>(?:1[89]|2[01])[0-9][0-9])(?:\s*(?:года|год|г\.|гг\.|г\b))?)?"
# «23 ноября», «с 1 по 3 декабря 2018 года», «1–3 декабря», «5, 6 и 7 мая».
WORDY = re.compile(
    rf"(?<![\w.,:/№-])(?P<days>{_DAY}(?:\s*(?:,|и|[-–—]|по|до|на)\s*{_DAY})*)\s+(?P<month>{MONTH})"
    rf"(?![\w]){_YEAR}",
    re.IGNORECASE,
)
_DAY_IN_LIST = re.compile(r"[0-9]{1,2}(?:-?го|-е)?", re.IGNORECASE)
# «26.11.2018», «26.11.18 г.», «26/11/2018»
NUMERIC = re.compile(
    r"(?<![\w.,:/№-])(?:(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4}|[0-9]{2})"
    r"|(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})/(?P<y2>[0-9]{4}))"
    r"(?:\s*(?:года|г\.|г\b))?(?![\w]|[.,:/-][0-9])",
    re.IGNORECASE,
)
ISO = re.compile(
    r"(?<![\w.,:/-])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![\w]|[.:/-][0-9])"
)
EARLIEST_YEAR, LATEST_YEAR = 1800, 2199  # numeric dates outside these are numbers, not years


@dataclass(frozen=True)
class WrittenDate:
    """One day as written: ``year`` is None when the text leaves it out («15 января»).

    ``phrase`` is the span of the whole match; the days of a list («5, 6 и 7 мая») share it.
    """

    year: int | None
    month: int
    day: int
    start: int
    end: int
    phrase: tuple[int, int]
    worded: bool = False  # the month is a word («ноября»), not a number
    short_year: bool = False  # «26.11.18»

    @property
    def date(self) -> date | None:
        """The calendar day, or None when the year is missing or there is no such day."""
        return valid(self.year, self.month, self.day) if self.year is not None else None


def valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def written_dates(text: str) -> Iterator[WrittenDate]:
    """Every date the grammar reads in ``text``: worded ones in text order, then numeric, then
    ISO. Numeric and ISO dates are only yielded when they are real days between 1800 and 2199."""
    for m in WORDY.finditer(text):
        month = months.number(m.group("month"))
        year = int(m.group("year")) if m.group("year") else None
        days = list(_DAY_IN_LIST.finditer(m.group("days")))
        base = m.start("days")
        for k, dm in enumerate(days):
            d = int(re.match(r"\d+", dm.group()).group())  # type: ignore[union-attr]
            end = m.end() if k == len(days) - 1 else base + dm.end()
            yield WrittenDate(year, month, d, base + dm.start(), end, m.span(), worded=True)
    for m in NUMERIC.finditer(text):
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
        if d is None:
            d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
        year = int(y) + (2000 if len(y) == 2 else 0)
        if valid(year, int(mo), int(d)) and EARLIEST_YEAR <= year <= LATEST_YEAR:
            yield WrittenDate(year, int(mo), int(d), *m.span(), m.span(), short_year=len(y) == 2)
    for m in ISO.finditer(text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if valid(y, mo, d) and EARLIEST_YEAR <= y <= LATEST_YEAR:
            yield WrittenDate(y, mo, d, *m.span(), m.span())
