"""«решили N депутатов» is a vote for, like «решение приняли N депутатов», when deputies are
counted («Перенести сессию решили 19 депутатов»); «решили 5 вопросов» or a crowd deciding is no
tally."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


def _roles(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in predict(text)[0] if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Перенести очередную сессию на октябрь решили 18 депутатов.", (18, None, None)),
        (
            "Обратиться к губернатору с просьбой о капремонте школы решили 21 депутат, "
            "против были двое.",
            (21, 2, None),
        ),
        (
            "Лишить председателя комиссии полномочий решили 12 народных избранников, "
            "трое воздержались.",
            (12, None, 3),
        ),
    ],
)
def test_decided_by_deputies_is_a_vote_for(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
    assert _roles(text)[0] == (tally[0], "votes_for")


@pytest.mark.parametrize(
    "text",
    [
        "На выездном совещании депутаты решили 5 вопросов из 7.",
        "Создать ТОС на своей улице решили 40 жителей частного сектора.",
    ],
)
def test_deciding_without_deputies_counted_is_no_tally(text: str) -> None:
    assert _tallies(text) == []
