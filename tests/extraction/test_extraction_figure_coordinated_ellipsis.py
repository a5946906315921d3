"""A bare number coordinated with a count by «и» counts what the count counts when it repeats
the count's frame: a dash and the same preposition after it, or the same preposition before
both numbers with the clause ending after the bare one."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В новый совет изберут 10 депутатов по партийным спискам и 12 — по одномандатным "
            "округам.",
            [(10, "members"), (12, "members")],
        ),
        (
            "В районном собрании две фракции: «Единая Россия» с девятью депутатами и ЛДПР с двумя.",
            [(9, "members"), (2, "members")],
        ),
        (
            "В думе фракция КПРФ с 7 депутатами и «Новые люди» с 3.",
            [(7, "members"), (3, "members")],
        ),
    ],
)
def test_coordinated_bare_number_takes_the_count_noun(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # another preposition after the dash: no repeated frame
        "Совет избрал 11 депутатов по партийным спискам и 2 – в контрольную комиссию.",
        # the bare number runs on into more words
        "Глава встретился с 8 депутатами и с 3 до 5 часов вёл приём.",
    ],
)
def test_other_frames_lend_no_noun(text: str) -> None:
    counts = people_and_tallies(text)[0]
    assert len(counts) == 1
