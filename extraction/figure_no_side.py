"""A count its own verb says took no side in a vote is set apart, whatever the sentences
before it were about: «трое не голосовали», «ещё двое не участвовали в голосовании».

The role reader weighs cues in and around the sentence, so a sitting or a tally said just
before can pull such a count to the attendees; the negated vote right after it decides.
"""

from __future__ import annotations

import re

_NO_SIDE_AFTER = re.compile(
    r"[^\S\n]+(?:[а-яё]+[^\S\n]+)?не[^\S\n]+(?:голосовал[иао]?|проголосовал[иао]?"
    r"|участвовал[иао]?[^\S\n]+в[^\S\n]+голосовании"
    r"|принимал[иао]?[^\S\n]+участи[ея][^\S\n]+в[^\S\n]+голосовании)(?![\w-])",
    re.IGNORECASE,
)


def took_no_side(text: str, end: int) -> bool:
    """The count ending at ``end`` is followed by its own negated vote verb."""
    return bool(_NO_SIDE_AFTER.match(text, end))


# A vote record's line of those who took no side, its count in votes: «Не голосовало:
# 98 голосов», «не голосовали — 3 голоса».
_NO_SIDE_LABEL = re.compile(
    r"(?<![\w-])не[^\S\n]+(?:голосовал[иао]?|проголосовал[иао]?)[^\S\n]*[—–:-][^\S\n]*$",
    re.IGNORECASE,
)


def no_side_label(text: str, start: int) -> bool:
    """The count starting at ``start`` follows a «Не голосовало:» label."""
    return bool(_NO_SIDE_LABEL.search(text, max(0, start - 30), start))
