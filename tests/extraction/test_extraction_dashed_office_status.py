"""One office of two names joined by a dash («исполняющий обязанности первого заместителя
мэра — руководителя аппарата», «бывший заместитель главы – начальник управления») is held in
the same way under both names; «а ныне» still separates a past post from a present one."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Об этом сообщила исполняющая обязанности первого заместителя главы — "
            "руководителя аппарата Лидии Грачёвой.",
            "acting",
        ),
        (
            "На вопросы ответила бывший заместитель мэра – начальник финансового управления "
            "Лидия Грачёва.",
            "former",
        ),
        (
            "Слово дали временно исполняющей обязанности главы округа — председателю "
            "комиссии Лидии Грачёвой.",
            "acting",
        ),
    ],
)
def test_both_names_of_a_dashed_office_share_the_status(text: str, status: str) -> None:
    posts = posts_of(text, "Грачёва")
    assert len(posts) == 2 and {s for _, s in posts} == {status}


def test_a_dashed_office_without_status_words_is_current() -> None:
    text = "На вопросы ответила заместитель мэра – начальник финансового управления Лидия Грачёва."
    assert {s for _, s in posts_of(text, "Грачёва")} == {"current"}


def test_now_still_parts_a_past_post_from_a_present_one() -> None:
    text = (
        "На вопросы ответила бывший заместитель мэра, а ныне руководитель аппарата Лидия Грачёва."
    )
    assert posts_of(text, "Грачёва") == [
        ("заместитель мэра", "former"),
        ("руководитель аппарата", "current"),
    ]
