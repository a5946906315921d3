"""Tuvan surnames in «-оол» («son»): «Кара-оол», «Намчыл-оол», «Монгуш-оол».

The second part declines like a Russian masculine noun («указом Шолбана Кара-оола», «сержанту
Аяну Намчыл-оолу»); a declined «-оол» is a man's surname and its ending gives the case of the
whole name, which pymorphy3 cannot read from the hyphenated, unknown word.
"""

from __future__ import annotations

import re

# «Кара-оола»: a capitalised first part, «оол» (its case kept as written), a case ending
OOL = re.compile(r"^([А-ЯЁ][а-яё]+-)(оол)(а|у|ом|е)$", re.I)
ENDING_CASE = {"а": "gent", "у": "datv", "ом": "ablt", "е": "loct"}


def declined_ool(word: str) -> tuple[str, str] | None:
    """«Кара-оола» -> («Кара-оол», "gent"); None for any other word («Кара-оол» included)."""
    m = OOL.match(word)
    if m is None:
        return None
    return m.group(1) + m.group(2), ENDING_CASE[m.group(3).lower()]
