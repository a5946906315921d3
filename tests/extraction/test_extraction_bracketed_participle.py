"""A heading participle in brackets after the name, maybe after «до сегодняшнего дня»:
«Олег Резвый (до сегодняшнего дня возглавлявший комиссию по бюджету)» headed it before."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Первым заместителем избран Тимур Байков (возглавлявший комиссию по экологии).",
        "Тимур Байков (до сегодняшнего дня возглавлявший комиссию по экологии) выступил.",
        "Тимур Байков, до сегодняшнего дня возглавлявший комиссию по экологии, выступил.",
    ],
)
def test_bracketed_heading_participle(text: str) -> None:
    assert ("председатель комиссии по экологии", "former") in posts_of(text, "Байков")


def test_a_bracket_of_another_subject_is_not_the_names() -> None:
    text = "Тимур Байков выступил (комиссию по экологии возглавлял Семён Ларин)."
    assert posts_of(text, "Байков") == []
