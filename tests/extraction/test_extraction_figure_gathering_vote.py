"""Those who came to a gathering that then voted («На сход пришли 112 жителей, за
самообложение проголосовали 97») took part in it (participants); the part that voted, also
«97 из них», are voters and no deputies' tally; a real election's turnout stays voters."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "На сход пришли 86 жителей деревни, за самообложение проголосовали 71.",
        "В сходе граждан приняли участие 86 человек, за самообложение проголосовали 71 из них.",
        "В собрании жителей приняли участие 86 человек, за проект благоустройства "
        "проголосовали 71.",
    ],
)
def test_a_gathering_then_its_vote(text: str) -> None:
    assert people_and_tallies(text) == ([(86, "participants"), (71, "voters")], [])


def test_a_gathering_in_another_sentence_then_its_vote() -> None:
    people, tallies = people_and_tallies(
        "Сход собрал 86 человек. За самообложение проголосовали 71 из них."
    )
    assert people == [(86, "participants"), (71, "voters")]
    assert tallies == []


def test_an_election_turnout_stays_voters() -> None:
    people, _ = people_and_tallies(
        "На выборы пришли 14 тысяч жителей, за мэра проголосовали 9 тысяч."
    )
    assert people == [(14000, "voters"), (9000, "voters")]
