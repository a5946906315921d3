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
