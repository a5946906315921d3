"""A number a decision needed is a threshold (role ``other``), not voters or a tally's side:
«но для принятия решения требовалось 13», «а нужно было 18»; the bare number takes the votes
or people counted before it («принят 20 голосами «за» при необходимых 17»)."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    return people_and_tallies(text)


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        (
            "На заседании думы обсуждали новый герб города. По итогам голосования проект "
            "набрал 12 голосов при 8 против и 2 воздержавшихся, но для утверждения "
            "требовалось 14.",
            [(12, "votes_for"), (8, "votes_against"), (2, "abstained"), (14, "other")],
            [(12, 8, 2)],
        ),
        (
            "На сессии совета депутаты голосовали за отзыв главы поселения. Его отзыв "
            "поддержали 9 депутатов, а нужно было 11.",
            [(9, "votes_for"), (11, "other")],
            [(9, None, None)],
        ),
        (
            "На заседании районного собрания рассматривали изменения в устав. Их поддержали 16 "
            "депутатов, хотя требовалось не менее 18.",
            [(16, "votes_for"), (18, "other")],
            [(16, None, None)],
        ),
    ],
)
def test_what_a_decision_needed_is_no_count_of_voters(
    text: str, people: list, tallies: list
) -> None:
    assert _read(text) == (people, tallies)


def test_a_count_that_merely_follows_a_need_clause_keeps_its_role() -> None:
    """Only the number right after «требовалось» is the threshold."""
    people, _ = _read(
        "Для ремонта требовалось много рук, и на субботник вышли 45 жителей улицы Садовой."
    )
    assert people == [(45, "participants")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "На сессии районного совета утверждали новый устав. Документ принят 20 голосами "
            "«за» при необходимых 17.",
            [(20, "votes_for"), (17, "other")],
        ),
        (
            "На заседании думы голосовали за отставку сити-менеджера. Её поддержали 19 голосами "
            "«за», хотя требовалось 21.",
            [(19, "votes_for"), (21, "other")],
        ),
    ],
)
def test_a_bare_threshold_takes_the_votes_counted_before(text: str, people: list) -> None:
    assert _read(text)[0] == people


def test_a_bare_threshold_after_things_is_no_count_of_people() -> None:
    people, tallies = _read("В районе открыли 3 новые школы при необходимых 5.")
    assert people == [] and tallies == []
