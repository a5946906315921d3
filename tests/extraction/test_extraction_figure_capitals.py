"""Words written in capitals: a tally in capitals with no commas («ЗА – 20 ПРОТИВ – 0
ВОЗДЕРЖАЛСЯ – 1») and a counted noun in capitals («20 ДЕПУТАТОВ») are read as the words they
are, while short abbreviations the dictionary does not know («ТОС», «МФЦ», «СНТ») still name
what is counted."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import figures_and_tallies as read


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Голосовали: ЗА – 17 ПРОТИВ – 2 ВОЗДЕРЖАЛСЯ – 1.", (17, 2, 1)),
        ("Итоги: ЗА – 17 ПРОТИВ – нет ВОЗДЕРЖАЛИСЬ – 1", (17, 0, 1)),
    ],
)
def test_a_tally_in_capitals_without_commas(text: str, tally: tuple) -> None:
    found, tallies = read(text)
    assert tallies == [tally]
    assert all(unit not in {"против", "воздержался"} for _, unit, _ in found)


def test_a_counted_noun_in_capitals_is_that_noun() -> None:
    assert read("Решение приняли 20 ДЕПУТАТОВ.") == (
        [(20, "депутат", "votes_for")],
        [(20, None, None)],
    )


def test_abbreviations_still_name_what_is_counted() -> None:
    found, _ = read("В районе 12 ТОС, 3 МФЦ, 14 СНТ и 2 ГБУЗ.")
    assert [unit for _, unit, _ in found] == ["тос", "мфц", "снт", "гбуз"]
