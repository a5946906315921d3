"""Would-be candidates of an election are «other» (like «64 кандидата»): those refused
registration, those who wish to stand, self-nominees who were refused. Those who vote keep
being voters, and deputies counted at a sitting keep being attendees."""

from __future__ import annotations

import pytest

from extraction.figure_candidates import would_be_candidates
from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Окружная избирательная комиссия отказала в регистрации четырём желающим "
            "баллотироваться в районное собрание.",
            [(4, "other")],
        ),
        (
            "Больше всего желающих принять участие в выборах оказалось в округе №7 (12 человек).",
            [(12, "other")],
        ),
        ("Три самовыдвиженца получили отказ в регистрации.", [(3, "other")]),
    ],
)
def test_would_be_candidates_are_other(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Желающих проголосовать на выборах досрочно оказалось 40 человек.", "40", "человек"),
        ("К регистрации на избирательном участке подошли 300 человек.", "300", "человек"),
        ("В регистрации на выборах пришли 900 избирателей.", "900", "избиратель"),
        ("На регистрацию пришли 18 депутатов, затем начались выборы главы.", "18", "депутат"),
        ("В округе победили три самовыдвиженца.", "три", "самовыдвиженец"),
    ],
)
def test_voters_deputies_and_winners_are_no_would_be_candidates(
    text: str, count: str, unit: str
) -> None:
    start = text.index(count)
    assert not would_be_candidates(text, start, start + len(count), unit)


def test_registration_of_a_crowd_away_from_an_election_keeps_its_role() -> None:
    text = "На регистрации участников забега побывали 400 человек."
    assert people_and_tallies(text)[0] == [(400, "participants")]
