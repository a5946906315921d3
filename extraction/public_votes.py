"""A public vote is no council tally: after «Жители посёлка собрались на сход», «за обращение к
губернатору проголосовали 104 человека, против – 3» counts voters, as «За самообложение
проголосовали 58 человек» does.

The figure reader has already read such counts as voters; a sentence where it did, in a text
that names a meeting of residents and, up to there, no deputies or sitting, holds no tally, so
its bare «против – 3» is one of those voters too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_SITTING = re.compile(
    r"депутат|заседани|сесси|(?<![\w-])дум[аеуы]|(?<![\w-])совет[аеу]?(?![\w-])"
    r"|парламентари|избранник|фракци",
    re.IGNORECASE,
)
_PUBLIC = re.compile(
    r"(?<![\w-])(?:сход[аеуом]?|слушани[яйиях]+|референдум|опрос"
    r"|собрани[ияе]\s+(?:жител|граждан|собственник))",
    re.IGNORECASE,
)


class PublicVotes:
    """Which sentences of one text count a crowd's vote, not a council's.

    Built once a text: a page with thousands of tallies asks for every sentence, and each
    question used to walk all figures and search the text up to it again (34 s for 4,000
    sentences of 158,000 characters). A sentence ends with punctuation or a line break, so
    a word before its end is one that ends there in the whole text too.
    """

    def __init__(self, text: str, figures: list[dict]) -> None:
        self.voters = sorted(f["start"] for f in figures if f.get("role") == "voters")
        self.meeting = _first_end(_PUBLIC, text)  # where a residents' meeting is first named
        self.sitting = _first_end(_SITTING, text)  # where deputies or a sitting first are

    def __call__(self, lo: int, hi: int) -> bool:
        """The sentence ``text[lo:hi]`` counts a crowd's vote, not a council's."""
        if not self.meeting <= hi < self.sitting:
            return False
        first = bisect_left(self.voters, lo)
        return first < len(self.voters) and self.voters[first] < hi


def _first_end(pattern: re.Pattern[str], text: str) -> float:
    return min((m.end() for m in pattern.finditer(text)), default=float("inf"))
