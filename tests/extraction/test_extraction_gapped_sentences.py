"""Gapped posts beyond a comma: «Комиссию по бюджету возглавил Пётр Соколов. Комиссию по
транспорту – Ольга Белова.» (a sentence of only a complement, a dash and a name takes the verb
and the post of the sentence before) and «Председателем ТИК Ленинского района назначена Анна
Зуева, ТИК Советского района — Инна Лосева» (the complement names another body of the same
abbreviation: the same office there)."""

from __future__ import annotations

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of


def test_gapped_sentences_after_a_full_stop() -> None:
    text = (
        "Как и прежде, комиссию по бюджету возглавил Пётр Соколов. Комиссию по транспорту – "
        "Ольга Белова. Комиссию по культуре – Игорь Лаптев."
    )
    assert posts_of(text, "Белова") == [("председатель комиссии по транспорту", "current")]
    assert posts_of(text, "Лаптев") == [("председатель комиссии по культуре", "current")]


def test_a_dash_sentence_with_a_verb_after_the_name_is_no_gap() -> None:
    text = (
        "Комиссию по бюджету возглавил Пётр Соколов. Главный вопрос – Ольга Белова рассказала "
        "о дорогах."
    )
    assert posts_of(text, "Белова") == []


def test_a_lower_case_sentence_start_is_no_gap() -> None:
    text = "Комиссию по бюджету возглавил Пётр Соколов. а вот по дорогам – Ольга Белова."
    assert posts_of(text, "Белова") == []


def test_another_body_of_the_same_abbreviation() -> None:
    text = (
        "Председателем ТИК Ленинского района назначена Анна Зуева, ТИК Советского района — "
        "Инна Лосева, ТИК Центрального района — Зоя Пчёлкина."
    )
    people = {p["last"]: p["posts"] for p in extract(text, PUBLISHED)["people"]}
    for last, body in [
        ("Лосева", "ТИК Советского района"),
        ("Пчёлкина", "ТИК Центрального района"),
    ]:
        [post] = people[last]
        assert (post["title"], post["org"], post["status"]) == ("председатель", body, "current")


def test_a_lower_case_complement_does_not_copy_the_body() -> None:
    text = "Председателем ТИК Ленинского района назначена Анна Зуева, секретарём — Инна Лосева."
    assert posts_of(text, "Лосева") == [("секретарь", "current")]


def test_name_before_the_dash_complement_after_it() -> None:
    text = (
        "Антон Дятлов встал во главу комиссии по бюджету, Павел Ершов - комиссии по экономике, "
        "а Роман Седых - комиссии по законности."
    )
    assert posts_of(text, "Ершов") == [("председатель комиссии по экономике", "current")]
    assert posts_of(text, "Седых") == [("председатель комиссии по законности", "current")]


def test_name_before_the_dash_with_a_post_of_its_own() -> None:
    text = "Комиссию по бюджету возглавил Антон Дятлов, а Павел Ершов – заместитель главы района."
    assert posts_of(text, "Ершов") == [("заместитель главы района", "current")]
