"""Her nominative or his genitive («Александра Сергеева») is told by a past-tense verb a few
adverbial words after the name («… многие годы проработала»). Near misses: a masculine verb
keeps his reading, a noun before the name («Дочь …») is the verb's subject, a noun subject
between the name and the verb («… жена Мария прочитала») breaks the link."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[tuple]:
    return [(p["last"], p["first"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Позднее Александра Сергеева многие годы проработала на малой родине дояркой.",
            [("Сергеева", "Александра")],
        ),
        (
            "Потом Александра Бирюкова долгое время возглавляла сельскую библиотеку.",
            [("Бирюкова", "Александра")],
        ),
    ],
)
def test_her_verb_after_adverbial(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Позднее Александра Сергеева многие годы проработал на заводе.",
            [("Сергеев", "Александр")],
        ),
        (
            "Дочь Александра Бирюкова долгое время работала в школе.",
            [("Бирюков", "Александр")],
        ),
        (
            "Поздравление Александра Бирюкова жена Мария прочитала вслух.",
            [("Бирюков", "Александр")],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
