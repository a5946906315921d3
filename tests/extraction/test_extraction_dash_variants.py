"""The horizontal bar «―» and the figure dash «‒» typed for a dash read as the em dash:
«назначен новый заместитель министра ― Илья Сорокин» holds the post, and offsets still slice
the caller's text."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.clean_text import clean
from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize("dash", ["―", "‒", "—"])
def test_post_before_a_bar_dash(dash: str) -> None:
    text = f"Недавно был назначен новый заместитель министра финансов {dash} Илья Сорокин."
    assert ("заместитель министра финансов", "current") in posts_of(text, "Сорокин")


def test_gapped_acting_post_after_a_bar() -> None:
    text = (
        "Исполняющим обязанности главы Минфина назначен Олег Дронов, исполняющим обязанности "
        "главы Минтранса ― Вера Лапина."
    )
    assert [status for _, status in posts_of(text, "Лапина")] == ["acting"]


def test_same_length_and_offsets() -> None:
    text = "Заместитель мэра ― Илья Сорокин ― провёл приём 12 мая."
    cleaned, positions = clean(text)
    assert len(cleaned) == len(text) and positions is None
    for date in extract(text, "2024-05-14")["dates"]:
        assert text[date["start"] : date["end"]] == date["text"]


def test_a_bar_between_words_of_no_post_gives_none() -> None:
    assert posts_of("Погода ― главная тема, сказал Илья Сорокин.", "Сорокин") == []
