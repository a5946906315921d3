"""Absence said with a negated «быть»: «На заседании не было трёх депутатов», «не хватало
шести депутатов», «троих на сессии не было». Such a count is set apart (other), like
«отсутствовали трое», though the sitting named beside it would make it attendees. So is a
count said to be away: «двое членов комиссии находятся в отпуске», «трое депутатов на
больничном», or to have missed a sitting: «Сессию пропустили пятеро депутатов».
"""

from __future__ import annotations

import re

_WORDS = r"(?:[^\S\n]+[а-яё]+){0,3}?"
_ABSENT = r"(?:не[^\S\n]+было|не[^\S\n]+хватало|недоставало|не[^\S\n]+оказалось)"
_ABSENT_BEFORE = re.compile(rf"(?<![\w-]){_ABSENT}{_WORDS}[^\S\n]+$", re.IGNORECASE)
_ABSENT_AFTER = re.compile(rf"{_WORDS}[^\S\n]+{_ABSENT}(?![\w-])", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(
    r"(?<![\w-])из[^\S\n]+$", re.IGNORECASE
)  # «Из 25 депутатов … не было троих»

# «(находятся) в отпуске», «на больничном», «в командировке», «болеют»: away, later in the
# count's clause, with no other count or contrast between («27 пришли, а двое в отпуске»)
_AWAY_AFTER = re.compile(
    r"(?P<gap>[^.!?;\n]{0,80}?)(?<![\w-])(?:в[^\S\n]+(?:отпуске|отпусках|командировке"
    r"|командировках)|на[^\S\n]+(?:больничном|лечении)|болеют|болели|заболели)(?![\w-])",
    re.IGNORECASE,
)
_GAP_BREAK = re.compile(
    r"[0-9]|(?<![\w-])(?:а|но|однако|один|одна|двое|трое|четверо|пятеро|два|две|три|четыре"
    r"|пять|шесть|семь)(?![\w-])",
    re.IGNORECASE,
)


def away(text: str, end: int) -> bool:
    """The count ending at ``end`` is of people said to be on leave, sick or on a trip."""
    m = _AWAY_AFTER.match(text, end)
    return m is not None and not _GAP_BREAK.search(m.group("gap"))


# «Сессию пропустили пятеро депутатов», «трое пропустили заседание»: missing a sitting.
_SITTING = r"(?:заседани|сесси|совещани|планерк)[а-яё]*"
_MISSED = r"пропустил[аио]?"
_MISSED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_SITTING}{_WORDS}[^\S\n]+{_MISSED}|{_MISSED}{_WORDS}[^\S\n]+{_SITTING})"
    rf"{_WORDS}[^\S\n]+$",
    re.IGNORECASE,
)
_MISSED_AFTER = re.compile(
    rf"{_WORDS}[^\S\n]+{_MISSED}{_WORDS}[^\S\n]+{_SITTING}(?![\w-])", re.IGNORECASE
)


def absent(text: str, start: int, end: int) -> bool:
    """The count ``text[start:end]`` is of those a negated «быть» says were not there, or
    who missed a sitting."""
    if _ABSENT_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _MISSED_BEFORE.search(text, max(0, start - 60), start) or _MISSED_AFTER.match(text, end):
        return True
    whole = _WHOLE_BEFORE.search(text, max(0, start - 4), start)
    return not whole and (bool(_ABSENT_AFTER.match(text, end)) or away(text, end))
