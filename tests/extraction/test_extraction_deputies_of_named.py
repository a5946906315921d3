"""«Заместителями Мутовкина стали Иван Краснов и Олег Шаляпин»: a capitalised plural post
opening the sentence is no first name of the surname after it, and the names after the
link verb are the deputies of the one named."""

from __future__ import annotations

from extraction import extract
from tests.extraction.post_reading import posts_of


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract(text, "2024-06-01")["people"]]


def test_a_plural_post_is_no_first_name() -> None:
    text = "Заместителями Ладыгина стали Эдуард Корнев и Инна Вяземская."
    assert "Заместителями Ладыгина" not in _names(text)
    assert posts_of(text, "Корнев") == [("заместитель", "current")]
    assert posts_of(text, "Вяземская") == [("заместитель", "current")]


def test_past_a_phrase_of_terms_too() -> None:
    text = "Замами Ладыгина на штатной основе стали Эдуард Корнев и Инна Вяземская."
    assert posts_of(text, "Вяземская") == [("заместитель", "current")]


def test_a_first_name_stays() -> None:
    text = "Любовь Ладыгина и Эдуард Корнев стали заместителями."
    assert "Любовь Ладыгина" in _names(text)
