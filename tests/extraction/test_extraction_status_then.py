"""«тогдашний глава» was the head then, no more; «временное исполнение обязанностей мэра» is
acting; «Ранее министром работал …» puts the post behind the person."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_then_holder_is_former() -> None:
    text = "Указ подписал тогдашний глава округа Семён Дроздов."
    assert posts_of(text, "Дроздов") == [("глава округа", "former")]


def test_current_holder_stays_current() -> None:
    text = "Указ подписал нынешний глава округа Семён Дроздов."
    assert posts_of(text, "Дроздов") == [("глава округа", "current")]


def test_temporary_performance_of_duties_is_acting() -> None:
    text = "Временное исполнение обязанностей главы округа возложено на Семёна Дроздова."
    assert posts_of(text, "Дроздов") == [("глава округа", "acting")]


def test_worked_as_before_the_name_is_former() -> None:
    text = "Прежде директором лицея работал Семён Дроздов."
    assert posts_of(text, "Дроздов") == [("директор лицея", "former")]


def test_works_as_before_the_name_is_current() -> None:
    text = "Директором лицея работает Семён Дроздов."
    assert posts_of(text, "Дроздов") == [("директор лицея", "current")]
