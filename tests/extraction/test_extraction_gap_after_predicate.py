"""«Председателем комиссии по бюджету избран Дятлов, Ершова – комиссии по экономике»: in a
gapped list whose first post is said before the first name, the next name takes that post with
the complement after its dash."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Председателем комиссии по бюджету избран Тимур Сабиров, Инна Лаптева – "
            "комиссии по социальной политике.",
            "председатель комиссии по социальной политике",
        ),
        (
            "Комиссию по бюджету возглавил Тимур Сабиров, Инна Лаптева – по ЖКХ.",
            "председатель комиссии по ЖКХ",
        ),
    ],
)
def test_the_second_name_takes_the_post_said_before_the_first(text: str, title: str) -> None:
    assert posts_of(text, "Лаптева") == [(title, "current")]


def test_a_dash_with_no_complement_of_the_title_gives_nothing() -> None:
    text = "Главой поселения избран Тимур Сабиров, Инна Лаптева – в прошлом году."
    assert posts_of(text, "Лаптева") == []


def test_a_post_far_before_the_name_is_not_gapped() -> None:
    # the title and the first name are apart: «… провела заседание …»
    text = (
        "Председатель комиссии по бюджету провела заседание, на нём выступили Тимур Сабиров, "
        "Инна Лаптева – от комиссии по ЖКХ."
    )
    assert posts_of(text, "Лаптева") == []
