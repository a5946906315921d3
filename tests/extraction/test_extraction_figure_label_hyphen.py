"""A hyphen spaced on both sides after a labelled number is a dash, as «—» is: «округ №3 - 8
кандидатов» counts eight candidates in district three. An unspaced hyphen keeps joining labels
(«дома № 3-5»), and after a plural noun the labels still make a range («в округах № 4 - 7»)."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Меньше всего претендентов в округе № 9 - 3 кандидата.", [(3, "other")]),
        (
            "Больше всего заявок в округе №11 - 6 кандидатов, в округе №2 - 5 кандидатов.",
            [(6, "other"), (5, "other")],
        ),
    ],
)
def test_spaced_hyphen_after_a_label_is_a_dash(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["Жильцов домов № 3-5 и 7 расселят до осени.", "В округах № 4 - 7 прошли встречи."],
)
def test_joined_or_plural_labels_give_no_count(text: str) -> None:
    assert extract(text, None)["figures"] == []
