"""A bare number coordinated with a count by «и» takes that count's noun when the words around
it repeat the count's frame: «выбрать 14 депутатов по партийным спискам и 14 – по одномандатным
округам» (a dash stands for the noun and the same preposition follows it), «"Единая Россия" с
тремя депутатами и КПРФ с четырьмя» (the same preposition stands before both numbers and the
clause ends after the bare one). Not a bare number whose preposition differs («14 депутатов по
спискам и 3 – в комиссию») or that runs on into more words («с 6 депутатами и с 4 до 6 вечера»).
"""

from __future__ import annotations

import re

_PREP = r"(?:в|во|на|по|из|от|для|с|со|у|к|ко|за)"
# between the count and the bare number: its prepositional phrase and «и»
_PHRASE_AND = re.compile(
    rf"[^\S\n]+(?P<prep>{_PREP})[^\S\n]+[^0-9.!?\n,;:()«»\"]{{1,50}}?[^\S\n]+и[^\S\n]+",
    re.IGNORECASE,
)
# after the bare number: a dash and a preposition
_DASH_PREP = re.compile(rf"[^\S\n]*[—–-][^\S\n]*(?P<prep>{_PREP})[^\S\n]", re.IGNORECASE)
# between the count and the bare number: «и», at most three words, a preposition
_AND_PREP = re.compile(
    rf"[^\S\n]+и[^\S\n]+(?:[^\s0-9.!?,;:]+[^\S\n]+){{0,3}}(?P<prep>{_PREP})[^\S\n]+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;!?)]|$)")


def coordinated_with(text: str, previous: dict | None, start: int, end: int) -> bool:
    """The bare number at [start, end) repeats the frame of the count ``previous`` it is
    coordinated with, and so counts what it counts."""
    if previous is None or not 0 < start - previous["end"] <= 80:
        return False
    gap_lo, gap_hi = previous["end"], start
    if m := _PHRASE_AND.fullmatch(text, gap_lo, gap_hi):
        dash = _DASH_PREP.match(text, end)
        return dash is not None and dash["prep"].lower() == m["prep"].lower()
    if m := _AND_PREP.fullmatch(text, gap_lo, gap_hi):
        before = re.compile(rf"(?<![\w-]){m['prep']}[^\S\n]+$", re.IGNORECASE)
        return bool(
            before.search(text, max(0, previous["start"] - 6), previous["start"])
            and _CLAUSE_END.match(text, end)
        )
    return False
