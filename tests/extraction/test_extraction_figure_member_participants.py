"""Participants counted with a verb of membership («в организации состоят 92 тысячи
участников», «движение насчитывает 800 участников») are members of it; participants of an event
stay participants."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_participants_who_belong_to_a_movement_are_members() -> None:
    people, _ = people_and_tallies(
        "Более 40 тысяч участников состоят в областном волонтёрском движении «Рядом»."
    )
    assert people == [(40000, "members")]


def test_a_movement_that_numbers_its_participants_counts_members() -> None:
    people, _ = people_and_tallies("Сегодня клуб насчитывает 850 участников.")
    assert people == [(850, "members")]


def test_participants_of_an_event_stay_participants() -> None:
    people, _ = people_and_tallies("В слёте волонтёров приняли участие 600 участников.")
    assert people == [(600, "participants")]
