"""A count of people in brackets right after deputies restates how many they are: «пополнила
список независимых депутатов (4 человека)», «депутаты-единороссы (18 человек)». Such a count
takes its role as a count of deputies would: the size of a group of a body (members) when it
says no action, attendees when the deputies were present at a sitting. Not a count in brackets
after other people («жители улицы (40 человек)»).
"""

from __future__ import annotations

import re

_DEPUTIES_BRACKET = re.compile(
    r"(?<![\w-])(?:депутат|парламентари|избранник|единоросс|коммунист|справоросс|лдпровц)"
    r"[а-яё-]*[^\S\n]*\([^\S\n]*$",
    re.IGNORECASE,
)


def deputies_in_brackets(text: str, start: int) -> bool:
    """The count at ``start`` opens brackets right after a plural of deputies."""
    return bool(_DEPUTIES_BRACKET.search(text, max(0, start - 40), start))
