"""The office of the one a news item is about, said in the sentence before their name as the
object of what happens to them: «Суд вынес приговор бывшему главе поселения. Ивана Сомова
признали виновным …»."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Районный суд вынес приговор бывшему главе сельсовета. Ивана Сомова признали "
            "виновным в растрате.",
            ("глава сельсовета", "former"),
        ),
        (
            "Суд вынес приговор действующему главе района. Ивана Сомова обвиняли в "
            "превышении полномочий.",
            ("глава района", "current"),
        ),
        (
            "Против экс-мэра города возбуждено уголовное дело\n\nНа днях Иван Сомов задержан.",
            ("мэр города", "former"),
        ),
    ],
)
def test_the_office_before_the_first_name(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Сомов") == [post]


@pytest.mark.parametrize(
    "text",
    [
        # the office acts in its own sentence: someone else
        "Глава района провёл совещание. Выступил Иван Сомов.",
        # two offices before: which one is unknown
        "Прокуратура проверила главу поселения и директора школы. Иван Сомов не согласен.",
        # someone named before
        "Пётр Лунин рассказал о главе поселения. Иван Сомов не согласен.",
    ],
)
def test_no_office_taken_from_the_sentence_before(text: str) -> None:
    assert posts_of(text, "Сомов") == []


def test_a_bare_office_before_the_first_name_is_not_taken() -> None:
    text = "Стрелок пытался убить члена городской думы. Иван Сомов предстал перед судом."
    assert posts_of(text, "Сомов") == []
