"""A bare count opening a sentence or clause with a complaint or a request right after a
reception of citizens counts its visitors (participants); elsewhere it keeps its reading."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Депутат провела приём граждан в общественной приёмной. К ней обратились 19 "
            "человек. Большинство вопросов касалось дорог. Шестеро пожаловались на работу "
            "управляющей компании.",
            [(19, "participants"), (6, "participants")],
        ),
        (
            "Глава района принял 18 жителей. Пятеро просили помочь с ремонтом крыши, трое "
            "поинтересовались сроками газификации.",
            [(18, "participants"), (5, "participants"), (3, "participants")],
        ),
    ],
)
def test_those_who_complained_at_a_reception_are_its_visitors(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_a_complaint_at_a_sitting_keeps_its_reading() -> None:
    text = "На сессии было 20 депутатов. Трое пожаловались на духоту в зале."
    assert people_and_tallies(text)[0] == [(20, "attendees"), (3, "attendees")]
