"""Deputies who meet people at their polling stations are no voters; ordinary people who came
to the polling stations of an election still are."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_deputies_meeting_at_polling_stations_are_no_voters() -> None:
    text = (
        "Все 30 депутатов городской думы встретятся с жителями на своих избирательных "
        "участках и отчитаются о работе."
    )
    roles = [role for _, role in people_and_tallies(text)[0]]
    assert roles and "voters" not in roles


def test_people_at_polling_stations_of_an_election_are_voters() -> None:
    text = "На выборах главы поселения избирательные участки к полудню посетили 2 300 человек."
    assert people_and_tallies(text)[0] == [(2300, "voters")]
