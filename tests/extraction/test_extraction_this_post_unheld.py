"""«Сокращена должность заместителя мэра. Ранее этот пост занимал Игорь Рябцев»: «этот пост /
эту должность» with a verb of holding stands for a post said by «должность / пост» in the
sentence before even when no one holds it now; a post said as someone's company («совещание
с главой поселения») is no antecedent."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "В администрации упразднена должность заместителя мэра по туризму. Ранее этот пост "
            "занимал Игорь Рябцев.",
            "заместитель мэра по туризму",
        ),
        (
            "Вакантной осталась должность главы поселения. Эту должность прежде занимал Игорь "
            "Рябцев.",
            "глава поселения",
        ),
    ],
)
def test_this_post_is_the_vacant_office(text: str, title: str) -> None:
    assert posts_of(text, "Рябцев") == [(title, "former")]


def test_a_post_not_said_as_an_office_is_no_antecedent() -> None:
    text = "Мэр провёл совещание с главой поселения. Ранее эту должность занимал Игорь Рябцев."
    assert posts_of(text, "Рябцев") == []
