"""People a job fair or an employment service placed are no crowd: «387 в итоге были
трудоустроены», «256 человек договорились о трудоустройстве», «почти четыре тысячи человек
нашли работу», «предложение пройти собеседование получил каждый третий, это более 500
человек». Such a count is ``other``, while those who came to the fair stay participants
(«ярмарку посетили 4570 человек», «на ярмарке по трудоустройству побывали 300 человек»).

The outcome is read in the count's stretch of its sentence: from the count to the next number
or the sentence's end, and back to the number or the sentence start before it.
"""

from __future__ import annotations

import re

_OUTCOME = re.compile(
    r"(?<![\w-])(?:трудоустро(?!йств)[а-яё]*"  # «трудоустроены», «трудоустроились»; not the noun
    r"|договорил[аио]?(?:сь|ся)\s+о\s+трудоустройстве"
    r"|(?:нашл[аи]|наш[её]л|найдут|нашли)\s+(?:себе\s+|новую\s+|постоянную\s+)?работу"
    r"|(?:устроил[аио]?(?:сь|ся)|устроятся|принят[аыо]?|приняли)\s+на\s+работу"
    r"|(?:приглашен[аыо]?|пригласили|позвали)\s+на\s+собеседовани[ея]"
    r"|(?:получил[аио]?|получат)\s+(?:[а-яё]+\s+){0,3}?(?:предложени[ея]|приглашени[ея])"
    r"(?:\s+[а-яё]+){0,2}\s+собеседовани[ея]"
    r"|(?:предложени[ея]|приглашени[ея])(?:\s+[а-яё]+){0,3}\s+собеседовани[ея]"
    r"(?:\s+[а-яё]+){0,2}\s+(?:получил[аио]?|получат))(?![\w-])",
    re.IGNORECASE,
)
_END = re.compile(r"[.!?…](?=\s|$)|\n")
_DIGIT = re.compile(r"[0-9]")


def count_stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """From after the number or sentence start before ``start`` to the next number or the
    sentence end after ``end``."""
    lo = max(0, start - 200)
    for m in _END.finditer(text, lo, start):
        lo = m.end()
    for m in _DIGIT.finditer(text, lo, start):
        lo = m.end()
    stop = _END.search(text, end, end + 200)
    hi = stop.start() if stop else min(len(text), end + 200)
    nxt = _DIGIT.search(text, end, hi)
    return lo, nxt.start() if nxt else hi


def placed_in_jobs(text: str, start: int, end: int) -> bool:
    """The count at [start, end) names people who got jobs or job interviews."""
    lo, hi = count_stretch(text, start, end)
    return bool(_OUTCOME.search(text, lo, start) or _OUTCOME.search(text, end, hi))
