"""«Должности заместителей главы администрации занимают Олег Пахомов (по ЖКХ) и Инна Сорокина
(по экономике)»: plural post nouns with a plural post, a verb of holding and a list of names
give each name the post; «занимали» held it before; a count instead of names is no list."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of

LISTED = (
    "Сейчас должности заместителей главы администрации района занимают Олег Пахомов "
    "(по ЖКХ), Инна Сорокина (по социальной политике) и Тимур Бекетов (по экономике)."
)


@pytest.mark.parametrize("last", ["Пахомов", "Сорокина", "Бекетов"])
def test_each_listed_name_holds_the_post(last: str) -> None:
    assert posts_of(LISTED, last) == [("заместитель главы администрации района", "current")]


def test_past_holding_is_former() -> None:
    text = "Посты заместителей мэра ранее занимали Григорий Лунёв и Вера Ястребова."
    assert ("заместитель мэра", "former") in posts_of(text, "Ястребова")


def test_a_count_is_no_list() -> None:
    text = (
        "Должности заместителей главы района занимают пять человек, рассказали Олег Пахомов "
        "и Инна Сорокина."
    )
    assert posts_of(text, "Сорокина") == []
