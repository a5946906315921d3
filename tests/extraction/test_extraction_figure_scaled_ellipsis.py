"""A number with its own scale word and no noun, a clause after a scaled count, takes that
count's noun («около 12 тысяч человек, ещё 3 тысячи присоединились онлайн»): no scale is lost,
as it would be for a bare «80» after «250 млн»."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def _read(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["unit"], f["role"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По набережной прошли около 15 тысяч горожан, ещё 2 тысячи присоединились у "
            "вечного огня.",
            [
                ("около 15 тысяч горожан", 15000, "горожанин", "participants"),
                ("2 тысячи", 2000, "горожанин", "participants"),
            ],
        ),
        (
            "В районе живут 38 тысяч человек, в райцентре проживают 21 тысяча.",
            [
                ("38 тысяч человек", 38000, "человек", "residents"),
                ("21 тысяча", 21000, "человек", "residents"),
            ],
        ),
    ],
)
def test_scaled_ellipsis_takes_the_scaled_count_before(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Шествие собрало более тысячи человек, митинг на площади — около 700.",
            [
                ("более тысячи человек", 1000, "человек", "participants"),
                ("около 700", 700, "человек", "participants"),
            ],
        ),
        (
            "На ремонт дорог направят 250 млн рублей, а на благоустройство — 800.",
            [("250 млн рублей", 250000000, "рубль", None)],
        ),
    ],
)
def test_a_whole_crowd_count_after_a_scaled_one(text: str, expected: list[tuple]) -> None:
    """A bare count of a hundred or more after a scaled crowd is a crowd too; after a scaled
    sum it would lose its scale and stays no figure."""
    assert _read(text) == expected
