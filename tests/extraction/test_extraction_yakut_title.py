"""«Ил Дархан», the title of the Head of Yakutia, stands for him in quotes and reports; it is
no person of its own. Near miss: the head named by his name stays a person."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[str]:
    return sorted(p["last"] for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Школа заслужила эту награду», – отметил Ил Дархан на встрече с учителями.", []),
        ("Обращение Ил Дархана зачитал министр Сергей Попов.", ["Попов"]),
    ],
)
def test_title_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_near_miss() -> None:
    assert people("Глава Якутии Айсен Николаев вручил награды учителям.") == ["Николаев"]
