"""«исполнять обязанности будет …» with no post after «обязанности»: the post said last
before it, held by someone else or by nobody, taken over as acting."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Глава Сосновского округа Тимур Бекетов подал в отставку. До избрания нового "
            "главы округа исполнять обязанности будет Лариса Орехова.",
            ("глава округа", "acting"),
        ),
        (
            "Директор департамента Тимур Бекетов уволился по собственному желанию. Вместо "
            "него теперь будет исполнять обязанности Лариса Орехова.",
            ("директор департамента", "acting"),
        ),
    ],
)
def test_bare_duties_take_the_post_said_before(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, "Орехова")


def test_duties_done_are_no_post() -> None:
    text = (
        "Глава округа Тимур Бекетов поблагодарил вахтёра. "
        "Лариса Орехова честно исполняет обязанности."
    )
    assert posts_of(text, "Орехова") == []


def test_a_remit_is_no_post() -> None:
    text = (
        "Глава округа Тимур Бекетов ушёл. "
        "Лариса Орехова будет исполнять обязанности по охране труда."
    )
    assert posts_of(text, "Орехова") == []
