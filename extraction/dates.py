"""Calendar dates in Russian news text, resolved to ISO ``YYYY-MM-DD``.

Rules rather than natasha's yargy DatesExtractor: a few regular expressions are ~100x faster
on long pages, and we also need relative words («вчера») and publication-year inference.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_MONTH = (
    r"(?:январ[яьей]|феврал[яьей]|марта?|апрел[яьей]|ма[яй]|июн[яьей]|июл[яьей]|августа?"
    r"|сентябр[яьей]|октябр[яьей]|ноябр[яьей]|декабр[яьей]"
    r"|(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.)"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:-?го|-е)?"
_YEAR = r"(?:\s+(?P<year>(?:1[89]|2[01])[0-9][0-9])(?:\s*(?:года|год|г\.|гг\.|г\b))?)?"
# «23 ноября», «с 1 по 3 декабря 2018 года», «1–3 декабря», «5, 6 и 7 мая».
_WORDY = re.compile(
    rf"(?<![\w.,:/№-])(?P<days>{_DAY}(?:\s*(?:,|и|[-–—]|по|до|на)\s*{_DAY})*)\s+(?P<month>{_MONTH})"
    rf"(?![\w]){_YEAR}",
    re.IGNORECASE,
)
_DAY_IN_LIST = re.compile(r"[0-9]{1,2}(?:-?го|-е)?", re.IGNORECASE)
# «26.11.2018», «26.11.18 г.», «26/11/2018»
_NUMERIC = re.compile(
    r"(?<![\w.,:/№-])(?:(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4}|[0-9]{2})"
    r"|(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})/(?P<y2>[0-9]{4}))"
    r"(?:\s*(?:года|г\.|г\b))?(?![\w]|[.,:/-][0-9])",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?<![\w.,:/-])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})(?![\w]|[.:/-][0-9])"
)
_RANGE_GAP = re.compile(r"\s*(?:по|до|[-–—])\s*", re.IGNORECASE)
_RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
_RELATIVE = re.compile(r"(?<![\w-])(позавчера|вчера|сегодня|послезавтра|завтра)(?![\w-])", re.I)
# «ул. 9 Мая», «проспект 50 лет Октября»: street names are not dates.
_STREET_BEFORE = re.compile(
    r"(?:\bул\.|\bулиц[аеыу]|\bпр\.|\bпр-т\.?|\bпроспект[ауе]?|\bпл\.|\bплощад[ьи]|\bпер\.|"
    r"\bпереул(?:ок|к[ауе])|\bбульвар[ауе]?|\bшоссе)\s*$",
    re.IGNORECASE,
)


def _month(word: str) -> int:
    return _MONTHS.get(word.lower()[:3], 0)


def month_number(word: str) -> int:
    """1-12 for a month name in any case form («октября», «мае»), else 0."""
    return _month(word) if re.fullmatch(_MONTH, word.lower()) else 0


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: date) -> date | None:
    """Publication year, or the year before when that would put the day >2 months ahead."""
    cand = _valid(published.year, m, d)
    if cand is not None and cand - published <= timedelta(days=62):
        return cand
    return _valid(published.year - 1, m, d)


def _as_date(value: date | str | None) -> date | None:
    """Callers pass ``published_at`` as a date, a datetime or the contract's ISO string."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _item(day: date, text: str, start: int, end: int) -> dict:
    return {"date": day.isoformat(), "text": text[start:end], "start": start, "end": end}


def find_dates(text: str, published_at: date | None) -> list[dict]:
    """Every calendar date in ``text``, ordered by position.

    Yearless dates and «вчера»/«сегодня» need ``published_at`` and are skipped without it.
    """
    published_at = _as_date(published_at)
    out: list[dict] = []
    guessed: set[int] = set()  # starts of dates whose year came from published_at
    for m in _WORDY.finditer(text):
        if _STREET_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        month = _month(m.group("month"))
        year = int(m.group("year")) if m.group("year") else None
        days = list(_DAY_IN_LIST.finditer(m.group("days")))
        base = m.start("days")
        for k, dm in enumerate(days):
            d = int(re.match(r"\d+", dm.group()).group())
            if year is not None:
                day = _valid(year, month, d)
            elif published_at is not None:
                day = _infer_year(month, d, published_at)
            else:
                day = None
            if day is None:
                continue
            if k == len(days) - 1:
                start, end = base + dm.start(), m.end()
            else:
                start, end = base + dm.start(), base + dm.end()
            out.append(_item(day, text, start, end))
            if year is None:
                guessed.add(start)
    for m in _NUMERIC.finditer(text):
        d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
        if d is None:
            d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
        year = int(y) + (2000 if len(y) == 2 else 0)
        day = _valid(year, int(mo), int(d))
        if day is not None and 1800 <= year <= 2199:
            out.append(_item(day, text, m.start(), m.end()))
    for m in _ISO.finditer(text):
        y = int(m.group("y"))
        day = _valid(y, int(m.group("m")), int(m.group("d")))
        if day is not None and 1800 <= y <= 2199:
            out.append(_item(day, text, m.start(), m.end()))
    if published_at is not None:
        for m in _RELATIVE.finditer(text):
            day = published_at + timedelta(days=_RELATIVE_DAYS[m.group(1).lower()])
            out.append(_item(day, text, m.start(), m.end()))
    out.sort(key=lambda x: (x["start"], x["end"]))
    _roll_range_ends(text, out, guessed)
    return out


def _roll_range_ends(text: str, items: list[dict], guessed: set[int]) -> None:
    """«с 30 декабря по 9 января»: a range end before its start is in the next year."""
    for a, b in zip(items, items[1:], strict=False):
        if (
            b["start"] in guessed
            and b["date"] < a["date"]
            and _RANGE_GAP.fullmatch(text, a["end"], b["start"])
        ):
            day = _valid(int(b["date"][:4]) + 1, int(b["date"][5:7]), int(b["date"][8:]))
            if day is not None:
                b["date"] = day.isoformat()
