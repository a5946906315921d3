"""A start date between a fronted duty and its verb: «Временно исполнять полномочия
руководителя предприятия с 14 февраля будет главный инженер Юрий Коркин».

«до выборов», «на время отпуска» and «временно» were already stepped over on the way from
«исполнять обязанности X» to «будет»; «с 14 февраля», «с 1 июля 2024 года» and «с 01.03.2024»
(the day the duty starts) are stepped over the same way.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .dates import month_number

_NUMERIC_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}$")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_YEAR_WORDS = frozenset({"года", "г.", "г"})


def start_date_end(doc: Doc, i: int) -> int | None:
    """The token after «с <day> <month> [<year> года]» or «с <dd.mm.yyyy>» starting at token
    ``i``; None when no such date starts there."""
    if i + 1 >= len(doc) or doc[i].text.lower() != "с":
        return None
    day = doc[i + 1].text
    if _NUMERIC_DATE.match(day):
        j = i + 2
    elif day.isdigit() and len(day) <= 2 and i + 2 < len(doc) and month_number(doc[i + 2].text):
        j = i + 3
    else:
        return None
    if j < len(doc) and _YEAR.match(doc[j].text):
        j += 1
        if j < len(doc) and doc[j].text.lower() in _YEAR_WORDS:
            j += 1
    return j
