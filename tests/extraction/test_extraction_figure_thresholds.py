"""A number a decision needed is a threshold (role ``other``), not voters or a tally's side:
«но для принятия решения требовалось 13», «а нужно было 18»."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    figures = find_figures(text)
    votes = find_votes(text, figures)
    people = [(f["value"], f["role"]) for f in figures if f["is_people"]]
    return people, [(v["for"], v["against"], v["abstained"]) for v in votes]


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
