"""A hyphenated first name of Tuva or Buryatia after a rank or post («старшине Ай-Хааку
Ооржаку») that slovnet leaves out of the person joins the surname after it; a monarch's name
with a Latin numeral («Карл III») names no one with a surname. Near misses: a hyphenated town
(«Улан-Удэ») before surnames stays a place; a surname with initials stays a person."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return sorted(p["name"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Награды вручили старшине Ай-Хааку Ооржаку и рядовому Айдыну Кужугету.",
            ["Ай-Хаак Ооржак", "Айдын Кужугет"],
        ),
        ("Поздравление направил король Карл III.", []),
        ("Указ подписала императрица Екатерина II в 1775 году.", []),
    ],
)
def test_compound_first_names_and_monarchs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жители города Улан-Удэ Петров и Сидоров пришли на приём.", ["Петров", "Сидоров"]),
        ("Доклад сделал И.И. Петров.", ["И. И. Петров"]),
    ],
)
def test_near_misses(text: str, expected: list[str]) -> None:
    assert names(text) == expected
