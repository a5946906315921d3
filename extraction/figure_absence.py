"""Absence said with a negated «быть»: «На заседании не было трёх депутатов», «не хватало
шести депутатов», «троих на сессии не было». Such a count is set apart (other), like
«отсутствовали трое», though the sitting named beside it would make it attendees.
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


def absent(text: str, start: int, end: int) -> bool:
    """The count ``text[start:end]`` is of those a negated «быть» says were not there."""
    if _ABSENT_BEFORE.search(text, max(0, start - 60), start):
        return True
    whole = _WHOLE_BEFORE.search(text, max(0, start - 4), start)
    return not whole and bool(_ABSENT_AFTER.match(text, end))
