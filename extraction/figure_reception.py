"""A count with no noun that opens a sentence or clause with a complaint or a request, right after a
reception of citizens: «… обратились 23 человека. Семеро пожаловались на …», «Пятеро
просили …». They are of the visitors the reception had, so participants, though their own
sentence names no event.
"""

from __future__ import annotations

import re

_OPENS = re.compile(r"(?:^|[.!?…,;]\s+|\n\s*)(?:(?:ещё|еще|и)\s+)?$", re.IGNORECASE)
_ASKED_AFTER = re.compile(
    r"\s+(?:пожаловал(?:ись|ось|ся|ась)|жаловал(?:ись|ось|ся|ась)|попросил[иао]?|просил[иао]?"
    r"|поинтересовал(?:ись|ось|ся|ась)|интересовал(?:ись|ось|ся|ась)|спрашивал[иао]?"
    r"|спросил[иао]?|пришли\s+с\s+(?:жалоб|просьб|вопрос))",
    re.IGNORECASE,
)
_RECEPTION_BEFORE = re.compile(
    r"(?<![\w-])(?:при[её]м(?:а|е|у|ом)?|принял[аи]?|обратил(?:ись|ось|ся|ась)"
    r"|пришли\s+на\s+при[её]м)(?![\w-])",
    re.IGNORECASE,
)


def reception_visitors(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens its sentence, a complaint or request verb follows, and a
    reception is told in the 400 characters before."""
    return bool(
        _OPENS.search(text, max(0, start - 8), start)
        and _ASKED_AFTER.match(text, end)
        and _RECEPTION_BEFORE.search(text, max(0, start - 400), start)
    )
