"""A number a decision needed is a threshold, not people who did something: «но для принятия
решения требовалось 13», «а нужно было 18», «при необходимых 16», «необходимо не менее 14
голосов», «нужно присутствие минимум 40 депутатов». Like a quorum's size («кворум — 14»), such
a count is ``other`` whatever the vote or sitting around it says; said bare, it counts the votes
or people counted before it.
"""

from __future__ import annotations

import re

_NEEDED_BEFORE = re.compile(
    r"(?<![\w-])(?:требовал(?:ось|ись|ся)|требуется|требуются|требуемых|необходим[оы]?"
    r"|необходимых|нужн[оы](?:[^\S\n]+был[ои])?|нужных|недоставало|не[^\S\n]+хватило)"
    # «нужно присутствие минимум 40 депутатов», «необходимо участие не менее 14»
    r"(?:[^\S\n]+(?:присутствие|участие|голоса))?"
    r"[^\S\n]+(?:(?:не[^\S\n]+менее|минимум|как[^\S\n]+минимум|хотя[^\S\n]+бы)[^\S\n]+)?$",
    re.IGNORECASE,
)


def needed_before(text: str, start: int) -> bool:
    """The number at ``start`` is what was needed («требовалось 13», «при необходимых 16»)."""
    return bool(_NEEDED_BEFORE.search(text, max(0, start - 40), start))
