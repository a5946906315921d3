"""Her possessive surname in an oblique case that pymorphy3 knows both as a surname and as an
adjective with the same score («Басовой»: Басова, or басовый -> «Басовая») is the surname.
Near misses: a surname pymorphy3 knows only as an adjective keeps the adjective's reading
rules («Толстой» -> Толстая), and a true adjective surname stays («Береговая»)."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Почётную грамоту вручили Светлане Басовой, учителю музыки.", "Светлана Басова"),
        ("По предложению Ирины Басовой конкурс перенесли на май.", "Ирина Басова"),
        ("Благодарность объявлена Марине Ивановой.", "Марина Иванова"),
    ],
)
def test_her_possessive_surname(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча с Софьей Толстой прошла в библиотеке.", "Софья Толстая"),
        ("Слово взяла Ирина Береговая.", "Ирина Береговая"),
    ],
)
def test_adjective_surnames_stay(text: str, name: str) -> None:
    assert name in names(text)
