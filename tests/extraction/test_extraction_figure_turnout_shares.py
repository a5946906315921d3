"""A bare number with its share right after it («214 (12,3%)», «58 или 4,1%»), in a sentence
about who came to vote, counts voters; a candidate's or a side's result with a share, or a
share of something else, is not read as a turnout."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("К полудню в Луговском поселении проголосовали 214 (12,3%).", [(214, "voters")]),
        (
            "На выборах главы села (1 630 избирателей) к 14 часам проголосовали 58 или 4,1%.",
            [(1630, "voters"), (58, "voters")],
        ),
        (
            "Досрочно проголосовали:\nОкруг №3: 87 (2,15%)\nОкруг №5: 102 (3,4%)",
            [(87, "voters"), (102, "voters")],
        ),
        ("Явка на дополнительных выборах в Заречном составила 406 (18,9%).", [(406, "voters")]),
    ],
)
def test_a_bare_count_with_its_turnout_share_is_voters(text: str, people: list) -> None:
    assert read(text)[0] == people


@pytest.mark.parametrize(
    "text",
    [
        # a candidate's result, not a turnout
        "По итогам голосования за Сорокину — 214 (52,3%).",
        # a share of something else, with no vote said
        "Площадь парковок в квартале выросла на 214 (12,3%).",
    ],
)
def test_near_miss_no_turnout_no_voters(text: str) -> None:
    assert (214, "voters") not in read(text)[0]
