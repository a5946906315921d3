"""A count whose own words name an honour («46 почётных граждан», «пятеро почётных жителей»)
is of honorary citizens (other), not a population, as «почётными гражданами стали 45 человек»
already is."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сейчас в городе насчитывается 52 почётных гражданина.", [(52, "other")]),
        ("В районе живут пятеро почётных жителей, старшему из них 96 лет.", [(5, "other")]),
        ("В посёлке живут 4 300 граждан.", [(4300, "residents")]),
    ],
)
def test_honorary_citizens_are_other(text: str, expected: list[tuple]) -> None:
    assert _people(text) == expected
