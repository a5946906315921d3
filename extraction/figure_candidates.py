"""Would-be candidates of an election are no voters and no members: «Центризбирком отказал в
регистрации шести желающим принять участие в выборах», «Меньше всего желающих принять участие в
выборах в округе №132 (7 человек)», «Два самовыдвиженца получили отказ». A count in a sentence
about an election that speaks of registration or of those who wish to stand, or self-nominees
who were refused, is ``other`` (like «64 кандидата»). Not those who vote: a sentence with a
vote, a ballot, a turnout or a polling station («желающих проголосовать досрочно было 40
человек», «к регистрации на избирательном участке подошли 300 человек») keeps its role, and
electors («избирателей») are never candidates.
"""

from __future__ import annotations

import re

from .figure_sentence import sentence_around

_ELECTION = re.compile(
    r"(?<![\w-])(?:выбор(?:ы|ах|ов|ам)|избирательн|избирком|баллотир)", re.IGNORECASE
)
_STANDING = re.compile(r"(?<![\w-])(?:регистрац|желающ)", re.IGNORECASE)
# a vote, a ballot, a turnout, a polling station: those counted may be voters
_VOTING = re.compile(
    r"(?<![\w-])(?:проголос|голосова|голосу|бюллетен|явк|участк[аеиоу]|участок)", re.IGNORECASE
)
_REFUSED = re.compile(r"(?<![\w-])(?:отказ|отказа[лн]|отказыва)", re.IGNORECASE)
# electors are never candidates; deputies counted at a sitting («на регистрацию пришли 18
# депутатов, выборы главы прошли») are its attendees
_VOTER_UNITS = {"избиратель", "избирательница"}
_DEPUTIES = {"депутат", "член", "парламентарий", "избранник"}
_SELF_NOMINEES = {"самовыдвиженец"}


def would_be_candidates(text: str, start: int, end: int, unit: str) -> bool:
    """The count at [start, end) counting ``unit`` names people standing (or refused) in an
    election."""
    unit = unit.lower().replace("ё", "е")
    if unit in _VOTER_UNITS or unit in _DEPUTIES:
        return False
    sentence = sentence_around(text, start, end)
    if unit in _SELF_NOMINEES and _REFUSED.search(sentence):
        return True  # «Два самовыдвиженца получили отказ»
    if _VOTING.search(sentence):
        return False
    return bool(_ELECTION.search(sentence) and _STANDING.search(sentence))
