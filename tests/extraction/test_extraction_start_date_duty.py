"""A start date between a fronted duty and «будет»: «Исполнять обязанности директора
библиотеки с 3 марта будет Олеся Крылова» is acting; a date before a verb of no duty
(«Заявки с 3 марта будет принимать …») gives no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize("date", ["с 3 марта", "с 3 марта 2025 года", "с 03.03.2025"])
def test_duty_with_a_start_date(date: str) -> None:
    text = f"Исполнять обязанности директора городской библиотеки {date} будет Олеся Крылова."
    assert ("директор городской библиотеки", "acting") in posts_of(text, "Крылова")


def test_duty_with_a_start_date_and_own_post() -> None:
    text = (
        "Временно исполнять полномочия начальника управления с 3 марта будет главный специалист "
        "управления Олеся Крылова."
    )
    assert ("начальник управления", "acting") in posts_of(text, "Крылова")


def test_no_duty_before_the_date() -> None:
    assert posts_of("Заявки с 3 марта будет принимать Олеся Крылова.", "Крылова") == []
