"""A span of years between a verb phrase and the name it belongs to: «флаг вручил
руководивший областью с 1991 по 2010 гг. Владимир Чуб», «возглавлял район в 2004–2010 годах
Иван Сомов», «руководит думой с 2016 года Сергей Белов».

The name after the span is the holder of the post the verb phrase names; the span says when
it was held. Read: an optional preposition (с, со, в, по, до), a year in digits or a range of
years («2004–2010»), optionally a second preposition and year («с 1991 по 2010»), then «год»
in any form or its abbreviation «г.»/«гг.». Anything else is no span.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .morph import lemma
from .word_steps import next_word

YEAR = re.compile(r"(1[89]|20)\d\d")
YEAR_RANGE = re.compile(r"(1[89]|20)\d\d[-–—](1[89]|20)\d\d")
PREPOSITIONS = frozenset({"с", "со", "в", "во", "по", "до"})
ABBREVIATIONS = frozenset({"г", "гг"})
DASHES = frozenset({"-", "–", "—"})


def year_span_end(doc: Doc, i: int) -> int:
    """The token after a span of years starting at token ``i``; ``i`` when none starts there."""
    j = i
    years = 0
    for _ in range(2):
        k = j
        if k < len(doc) and doc[k].text.lower() in PREPOSITIONS:
            k = next_word(doc, k + 1)
        if k < len(doc) and YEAR_RANGE.fullmatch(doc[k].text):
            j, years = next_word(doc, k + 1), years + 1
            continue
        if k < len(doc) and YEAR.fullmatch(doc[k].text):
            k = next_word(doc, k + 1)
            if k + 1 < len(doc) and doc[k].text in DASHES and YEAR.fullmatch(doc[k + 1].text):
                k = next_word(doc, k + 2)  # «2004 – 2010»
            j, years = k, years + 1
            continue
        break
    if years == 0 or j >= len(doc):
        return i
    word = doc[j].text.lower()
    if word in ABBREVIATIONS:
        j = next_word(doc, j + 1)
        if j < len(doc) and doc[j].text == ".":
            j = next_word(doc, j + 1)
        return j
    if word.isalpha() and lemma(word) == "год":
        return next_word(doc, j + 1)
    return i
