"""A candidate's votes said count first at a sitting («15 голосов получила Анна Белова») are a
tally of votes for, and so is a rival said after it count first («…, 5 – Нина Крылова»); a side
after a decision («…, 2 – против») stays a side."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Депутаты избирали главу района. 15 голосов получила Анна Белова, 5 – Нина Крылова.",
            ([(15, "votes_for"), (5, "votes_for")], [(15, None, None), (5, None, None)]),
        ),
        (
            "По итогам тайного голосования 13 голосов набрал Виктор Зайцев, его соперник – 4.",
            ([(13, "votes_for"), (4, "votes_for")], [(13, None, None), (4, None, None)]),
        ),
        (
            "Кандидатуру Ломова поддержали 11 депутатов, 8 – Карпову.",
            ([(11, "votes_for"), (8, "votes_for")], [(11, None, None), (8, None, None)]),
        ),
    ],
)
def test_candidates_votes_count_first(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected


def test_a_side_after_a_decision_stays_a_side() -> None:
    assert people_and_tallies("Проект поддержали 20 депутатов, 2 – против.")[1] == [(20, 2, None)]


def test_votes_at_a_popular_election_are_no_sitting_tally() -> None:
    text = "На выборах главы поселения 1 240 голосов набрал Сергей Кротов."
    assert people_and_tallies(text)[1] == []
