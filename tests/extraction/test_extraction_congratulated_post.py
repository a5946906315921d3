"""«С назначением на должность руководителя администрации поздравили глава района Надежда
Малкова»: the post said after «должность» is the congratulated one's; a name after a verb that
fills no post and after its own post head is one who congratulates, not the holder."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_those_who_congratulate_do_not_take_the_post() -> None:
    text = "С назначением на должность директора лицея поздравили глава округа Инна Рябова."
    assert posts_of(text, "Рябова") == [("глава округа", "current")]


def test_an_appointment_with_the_appointees_own_post_still_gives_both() -> None:
    text = "На должность директора лицея назначена заместитель директора Инна Рябова."
    assert [t for t, _ in posts_of(text, "Рябова")] == [
        "директор лицея",
        "заместитель директора",
    ]


def test_a_verb_of_taking_the_place_keeps_the_post_with_the_name() -> None:
    text = "Освободившееся место председателя комиссии по культуре заняла депутат Инна Рябова."
    assert [t for t, _ in posts_of(text, "Рябова")][:1] == ["председатель комиссии по культуре"]
