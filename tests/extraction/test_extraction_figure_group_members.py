"""People counted in a verbless relative clause right after a count of groups that took part in
something are participants («выступили 46 коллективов, в которых более 700 артистов»); groups
that only exist somewhere leave the people's role as it was."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На празднике села выступили 9 самодеятельных коллективов, в которых почти 150 "
            "артистов.",
            [(150, "participants")],
        ),
        (
            "В районной спартакиаде участвовали 14 команд предприятий, где 170 спортсменов.",
            [(170, "participants")],
        ),
    ],
)
def test_people_of_groups_that_took_part(text: str, expected: list[tuple]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В районе созданы 12 ТОСов, в которых 3 тысячи жителей.", [(3000, "residents")]),
        ("При Доме культуры работают 11 кружков, в которых 240 детей.", [(240, "other")]),
    ],
)
def test_people_of_groups_that_only_exist_keep_their_role(text: str, expected: list[tuple]) -> None:
    assert _people(text) == expected
