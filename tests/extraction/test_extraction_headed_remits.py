"""A body with a long remit before «возглавил»: «Комиссию по бюджету, налогам и финансам
возглавил Иван Петров». The search back for what is headed passes a remit list (lower-case
words, commas and «и») however long, and stops at six words otherwise."""

from __future__ import annotations

import pytest

from .post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Комитет по вопросам местного самоуправления, законности и правопорядка возглавила "
            "Нина Орлова.",
            "Орлова",
            "председатель комитета по вопросам местного самоуправления, законности и правопорядка",
        ),
        (
            "Комиссию по бюджету, налогам и финансам возглавил Глеб Тихонов.",
            "Тихонов",
            "председатель комиссии по бюджету, налогам и финансам",
        ),
        (
            "Управление жилищно-коммунального хозяйства, транспорта и связи возглавил Глеб "
            "Тихонов.",
            "Тихонов",
            "начальник управления жилищно-коммунального хозяйства, транспорта и связи",
        ),
    ],
)
def test_a_long_remit_before_the_verb(text: str, last: str, title: str) -> None:
    assert posts_of(text, last) == [(title, "current")]


def test_a_long_run_that_heads_no_body_names_nothing() -> None:
    """Near miss: a remit-like list before the verb, but what is headed is a march."""
    text = "В честь юбилея района, села и школы праздничное шествие возглавил Глеб Тихонов."
    assert posts_of(text, "Тихонов") == []
