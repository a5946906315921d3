"""Calendar dates in Russian news text, resolved to ISO ``YYYY-MM-DD``.

Rules rather than natasha's yargy DatesExtractor: a few regular expressions are ~100x faster
on long pages, and we also need relative words («вчера») and publication-year inference.

A day and month without a year take the year the tense implies: «слушания состоятся 15 января»
published on 2017-12-01 is 2018-01-15, «заседание прошло 20 декабря» published on 2019-01-10
is 2018-12-20. The tense is that of the verb nearest the date in its sentence; with no verb,
a date more than two months after publication is taken to be in the year before, and one
more than ten months before it in the year after when that is at most two months ahead. A
present tense that plans («документы принимаются до 1 февраля») moves forward like the
future; recurring days («ежегодно 12 декабря») keep the publication year. Without a
publication date, the nearest date in the text that has a year stands in for it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from extraction.lang.calendar import valid, written_dates
from extraction.lang.months import month_number
from extraction.morph import lemma, parses

__all__ = ["find_dates", "month_number"]

_RANGE_GAP = re.compile(r"\s*(?:по|до|[-–—])\s*", re.IGNORECASE)
_RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
_RELATIVE = re.compile(r"(?<![\w-])(позавчера|вчера|сегодня|послезавтра|завтра)(?![\w-])", re.I)
# «ул. 9 Мая», «проспект 50 лет Октября»: street names are not dates.
_STREET_BEFORE = re.compile(
    r"(?:\bул\.|\bулиц[аеыу]|\bпр\.|\bпр-т\.?|\bпроспект[ауе]?|\bпл\.|\bплощад[ьи]|\bпер\.|"
    r"\bпереул(?:ок|к[ауе])|\bбульвар[ауе]?|\bшоссе)\s*$",
    re.IGNORECASE,
)


_valid = valid

# «с 20.04 по 20.05»: day.month pairs without a year, read only as the two ends of a range.
_NUMERIC_RANGE = re.compile(
    r"(?<![\w-])с\s+(?P<d1>[0-3]?[0-9])\.(?P<m1>[01]?[0-9])\s*(?:по|до)\s*"
    r"(?P<d2>[0-3]?[0-9])\.(?P<m2>[01]?[0-9])(?![0-9]|\.[0-9])",
    re.IGNORECASE,
)
_ENDS = (("d1", "m1"), ("d2", "m2"))


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"А-ЯЁA-Z0-9])|\n")
_VERB_WORD = re.compile(r"[А-Яа-яЁё]+")
# Short participles that schedule an event: «заседание назначено на 15 января».
_SCHEDULED = {"назначить", "запланировать", "наметить", "перенести", "намечать", "планировать"}
_FUTURE_WORDS = {"предстоит", "предстоят", "планируется", "планируют", "намерены"}
# «будет открыт», «был назначен»: a short participle takes the tense of its auxiliary.
_AUXILIARY = {
    "будет": "future", "будут": "future", "будем": "future", "был": "past", "была": "past",
    "было": "past", "были": "past",
}  # fmt: skip
_SLACK = timedelta(days=7)  # publication dates and «на днях» are not exact to the day
_TURN = timedelta(days=120)  # how far across New Year a tense may move a date
_AHEAD = timedelta(days=62)  # a yearless date further ahead than this looks back
_PRESENT_SLACK = timedelta(days=30)  # «принимаются до …»: a present that plans ahead
_FAR_BACK = timedelta(days=300)  # a yearless date with no verb this far back looks ahead
# Words of a recurring date: «ежегодно 12 декабря», «каждый год», «традиционно».
_RECURRING = re.compile(
    r"(?<![\w-])(?:ежегодн\w*|каждый\s+год|каждого\s+года|традиционн\w*|отмечается|отмечают"
    r"|празднуется|празднуют)(?![\w-])",
    re.IGNORECASE,
)


def _tense(text: str, start: int, end: int) -> str | None:
    """ "past", "future" or "present" of the verb nearest [start, end) in its sentence."""
    lo = max(0, start - 200)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    hi = stop.start() if stop else min(len(text), end + 200)
    best: tuple[int, str] | None = None
    before: list[str] = []  # the words before the current one, for «будет открыт»
    for m in _VERB_WORD.finditer(text, lo, hi):
        word = m.group().lower()
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            tense = _word_tense(word)
            if tense == "participle":
                auxiliary = _AUXILIARY.get(before[-1] if before else "")
                auxiliary = auxiliary or _AUXILIARY.get(before[-2] if len(before) > 1 else "")
                tense = auxiliary or ("future" if lemma(word) in _SCHEDULED else "past")
            if tense is not None:
                best = (dist, tense)
        before.append(word)
    return best[1] if best else None


def _word_tense(word: str) -> str | None:
    if word in _FUTURE_WORDS:
        return "future"
    found = parses(word)
    if not found:
        return None
    top = found[0]
    if top.tag.POS == "VERB":
        return {"past": "past", "futr": "future", "pres": "present"}.get(top.tag.tense)
    if top.tag.POS == "PRTS":
        return "participle"
    return None


def _infer_year(m: int, d: int, published: date, tense: str | None = None) -> date | None:
    """The publication year, unless the tense moves the day across New Year: a future event
    a week or more before the publication day is next year's when that is at most four
    months ahead («в декабре: состоится 15 января»), a past one a week or more after it last
    year's when that is at most four months back. The present tense of a plan («документы
    принимаются до 1 февраля») moves a day a month or more back to next year's when that is
    at most four months ahead. With no tense, a day over two months ahead is last year's, and
    a day over ten months back next year's when that is at most two months ahead («Старт — 10
    января» in late December); a date too far off for its tense, or a recurring one
    («ежегодно отмечается 12 декабря», tense "recurring"), keeps the publication year (the
    publication date is the likelier mistake)."""
    cand = _valid(published.year, m, d)
    if cand is None:  # 29 February
        return _valid(published.year - 1, m, d)
    nxt = _valid(published.year + 1, m, d)
    if tense == "present" and cand < published - _PRESENT_SLACK:
        return nxt if nxt is not None and nxt - published <= _TURN else cand
    if tense is None and published - cand > _FAR_BACK:
        return nxt if nxt is not None and nxt - published <= _AHEAD else cand
    if tense == "future" and cand < published - _SLACK:
        nxt = _valid(published.year + 1, m, d)
        return nxt if nxt is not None and nxt - published <= _TURN else cand
    ahead = cand - published
    if tense == "past" and ahead > _SLACK:
        prev = _valid(published.year - 1, m, d)
        if prev is not None and (published - prev <= _TURN or ahead > _AHEAD):
            return prev
        return cand
    if tense is None and ahead > _AHEAD:
        return _valid(published.year - 1, m, d)
    return cand


def _recurring(text: str, start: int, end: int) -> bool:
    """«Ежегодно 12 декабря…», «День Конституции отмечается 12 декабря»: a recurring day."""
    lo = max(0, start - 200)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    return bool(_RECURRING.search(text, lo, stop.start() if stop else min(len(text), end + 200)))


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

    Yearless dates need ``published_at`` or a date with a year elsewhere in the text;
    «вчера»/«сегодня» need ``published_at``.
    """
    published_at = _as_date(published_at)
    out: list[dict] = []
    yearless: list[tuple[int, int, int, int, str | None]] = []  # month, day, start, end, tense
    tenses: dict[tuple[int, int], str | None] = {}  # one tense per worded phrase
    for w in written_dates(text):
        lo, hi = w.phrase
        if w.worded and _STREET_BEFORE.search(text, max(0, lo - 20), lo):
            continue
        if w.year is None:
            if w.phrase not in tenses:
                tenses[w.phrase] = "recurring" if _recurring(text, lo, hi) else _tense(text, lo, hi)
            yearless.append((w.month, w.day, w.start, w.end, tenses[w.phrase]))
        elif (day := w.date) is not None:
            out.append(_item(day, text, w.start, w.end))
    for m in _NUMERIC_RANGE.finditer(text):
        ends = [(int(m.group(d)), int(m.group(mo)), m.start(d), m.end(mo)) for d, mo in _ENDS]
        if all(1 <= mo <= 12 and _valid(2000, mo, d) is not None for d, mo, _, _ in ends):
            tense = _tense(text, m.start(), m.end())  # both ends are days: «с 9.05 до 10.30» no
            yearless.extend((mo, d, a, b, tense) for d, mo, a, b in ends)
    guessed = _resolve_yearless(text, yearless, out, published_at)
    if published_at is not None:
        for m in _RELATIVE.finditer(text):
            day = published_at + timedelta(days=_RELATIVE_DAYS[m.group(1).lower()])
            out.append(_item(day, text, m.start(), m.end()))
    out.sort(key=lambda x: (x["start"], x["end"]))
    _roll_range_ends(text, out, guessed)
    return out


def _resolve_yearless(
    text: str,
    yearless: list[tuple[int, int, int, int, str | None]],
    out: list[dict],
    published_at: date | None,
) -> set[int]:
    """Add the yearless dates to ``out``; their starts are returned (their year is a guess)."""
    guessed: set[int] = set()
    anchors = sorted((x["start"], x["date"]) for x in out)  # dates that give their year
    for month, d, start, end, tense in yearless:
        reference = published_at
        if reference is None:
            if not anchors:
                continue
            before = [a for a in anchors if a[0] < start]
            reference = date.fromisoformat((before[-1] if before else anchors[0])[1])
        day = _infer_year(month, d, reference, tense)
        if day is not None:
            out.append(_item(day, text, start, end))
            guessed.add(start)
    return guessed


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
