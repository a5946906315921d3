"""«Олег Денисов, назначенный исполняющим обязанности главы города»: one appointed to act is
acting now, not elect; one appointed to the post itself («назначенный главой города») stays
elect, and «бывший и.о.» stays former."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Отчёт зачитал Олег Денисов, назначенный исполняющим обязанности главы города.",
        "Отчёт зачитал Олег Денисов, назначенный врио главы города.",
    ],
)
def test_appointed_to_act_is_acting(text: str) -> None:
    assert posts_of(text, "Денисов") == [("глава города", "acting")]


def test_appointed_to_the_post_is_elect() -> None:
    text = "Отчёт зачитал Олег Денисов, назначенный главой города."
    assert posts_of(text, "Денисов") == [("глава города", "elect")]


def test_former_acting_stays_former() -> None:
    assert [s for _, s in posts_of("Бывший и.о. главы Олег Денисов выступил.", "Денисов")] == [
        "former"
    ]
