"""A bare number with its share of the electorate right after it, in a sentence about who
came to vote, counts voters: «проголосовали на 10 часов 144 (14,6%)», «проголосовали 46 или
3,6%», «Досрочно проголосовали: округ №8: 291 (5,45%)». The share says the number counts the
people the turnout is made of; a candidate's result («за Иванова — 291 (45%)») is not a
turnout and keeps its own reading."""

from __future__ import annotations

import re

_SHARE_AFTER = re.compile(
    r"(?:[^\S\n]*\([^\S\n]*[0-9]+(?:[,.][0-9]+)?[^\S\n]*%[^\S\n]*\)"
    r"|,?[^\S\n]+или[^\S\n]+[0-9]+(?:[,.][0-9]+)?[^\S\n]*%)",
    re.IGNORECASE,
)
# Who came to vote: «проголосовали», «явка», «пришли к урнам», «приняли участие в голосовании».
_TURNOUT = re.compile(
    r"(?<![\w-])(?:проголосовал[аио]?|явк[аеиу]|пришл[аио]\s+к\s+урнам"
    r"|принял[аио]?\s+участие\s+в\s+голосовании)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”]?\s+(?=[А-ЯЁA-Z«\"„])")
# A side or a candidate right before: «за Иванова — 291 (45%)», «против — 12 (3%)».
_SIDE_BEFORE = re.compile(r"(?<![\w-])(?:за|против)(?![\w-])[^.;\n]{0,40}$", re.IGNORECASE)


def turnout_share(text: str, start: int, end: int) -> bool:
    """The bare number [start, end) is followed by its share, in a sentence about turnout."""
    if not _SHARE_AFTER.match(text, end):
        return False
    window = max(0, start - 160)
    for stop in _SENTENCE_END.finditer(text, window, start):
        window = stop.end()  # «час. утра» is no end: a capital must follow
    if _SIDE_BEFORE.search(text, max(window, start - 40), start):
        return False
    return bool(_TURNOUT.search(text, window, start))
