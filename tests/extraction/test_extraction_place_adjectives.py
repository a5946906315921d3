"""A lone capitalised word in -ский/-цкий that pymorphy3 does not know as a surname, followed by
a lower-case adjective in the same ending, is a place's adjective agreeing with the noun after
it («Ишкинским сельским Домом культуры»), not a person. Near misses: a known surname before an
adjective («Вишневскому главному врачу») and a lone surname before a verb stay people."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Грамоту получила Алла Петрова, заведующая Ишкинским сельским Домом культуры.",
            ["Алла Петрова"],
        ),
        ("Слово дали Вишневскому главному врачу.", ["Вишневский"]),
        ("Выступление Островского стало главным событием вечера.", ["Островский"]),
    ],
)
def test_place_adjectives_are_no_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected
