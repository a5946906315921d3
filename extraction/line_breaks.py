"""Soft line breaks: text wrapped at a fixed width or by ``<br>`` inside sentences.

Many rules read a line break as the end of a phrase (a signature line, a list, a heading),
so «заместитель главы\\nадминистрации Иван Петров» lost its post, and a whole passage wrapped
at 60 characters lost half of its person–post pairs. A break inside a sentence becomes a
space of the same length, so every offset still slices the caller's text.
"""

from __future__ import annotations

import re

# one line break with the spaces around it, not a blank line
BREAK = re.compile(r"[ \t]*(\r\n|\n|\r)[ \t]*")
ENDS = frozenset(".!?…:;")
JOINING = frozenset(",-–—(«")
SENTENCE_ENDS = frozenset(".!?…")
OPENING = frozenset('«"„“(—–-')
# short words a line cannot end a sentence on: «в», «на», «и», «по», «для»
FUNCTION_WORD = re.compile(
    r"(?:^|\s)(в|во|на|и|а|но|с|со|к|ко|по|о|об|от|до|из|у|за|для|при|не)$", re.IGNORECASE
)


def _soft(before: str, after: str, wrapped: bool) -> bool:
    """Whether a break between the text ``before`` it and the text ``after`` it is inside a
    sentence: the next line opens in lower case, or the line ends on a comma, a dash or a
    function word; in a text wrapped that way elsewhere, any line that ends without a
    sentence's end."""
    prev = before.rstrip()[-1:] if before.strip() else ""
    nxt = after[:1]
    if not prev or not nxt or nxt in "\r\n":
        return False
    opens = nxt.isalnum() or nxt in OPENING
    if prev in ENDS:
        # a wrapped text breaks between sentences too; a colon or a semicolon may open a list
        return wrapped and prev in SENTENCE_ENDS and opens
    if nxt.isalpha() and nxt.islower():
        return True
    if prev in JOINING or FUNCTION_WORD.search(before.rstrip()[-12:]):
        return True
    return wrapped and (prev.isalnum() or prev in '»"”)') and opens


def unwrap(text: str) -> str:
    """``text`` with each line break inside a sentence replaced by spaces (same length)."""
    if "\n" not in text and "\r" not in text:
        return text
    breaks = [
        m
        for m in BREAK.finditer(text)
        if not (m.end() < len(text) and text[m.end()] in "\r\n")  # a blank line follows
        and not (m.start() > 0 and text[m.start() - 1] in "\r\n")  # a blank line precedes
    ]
    around = [
        (text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 1]) for m in breaks
    ]
    evident = [_soft(before, after, False) for before, after in around]
    wrapped = sum(evident) >= 2
    out = list(text)
    for m, (before, after), soft in zip(breaks, around, evident, strict=True):
        if soft or (wrapped and _soft(before, after, True)):
            for k in range(m.start(1), m.end(1)):
                out[k] = " "
    return "".join(out)
