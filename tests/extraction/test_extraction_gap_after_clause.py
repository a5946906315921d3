"""A gapped sentence («Комиссию по ЖКХ — Смирнова.») after a sentence that does not end with
its name («… возглавит Петров, который был её председателем.») takes the post of the last
person named in that sentence."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_gapped_sentence_after_a_relative_clause() -> None:
    text = (
        "Комиссию по бюджету возглавил Игорь Мамонтов, который руководил ею и прежде. "
        "Комиссию по транспорту - Лидия Сурина. Комиссию по культуре - Пётр Ухов."
    )
    assert posts_of(text, "Сурина") == [("председатель комиссии по транспорту", "current")]
    assert posts_of(text, "Ухов") == [("председатель комиссии по культуре", "current")]


def test_a_dash_after_a_sentence_with_no_matching_post_gives_nothing() -> None:
    text = (
        "Комиссию по бюджету возглавил Игорь Мамонтов, сообщила пресс-служба. "
        "Лучшие ученики - Лидия Сурина."
    )
    assert posts_of(text, "Сурина") == []
