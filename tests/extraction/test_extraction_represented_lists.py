"""Names listed after a plural post may each carry what they stand for («Заместителями
председателя избраны Сергей Сухов от фракции «Единая Россия» и Олег Лямин от округа № 7»):
the list goes on past «от …» to the next name."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_each_name_of_a_represented_list_holds_the_post() -> None:
    text = (
        "Заместителями председателя избраны Сергей Сухов от фракции «Единая Россия» и Олег "
        "Лямин от Кировского одномандатного избирательного округа № 7."
    )
    assert posts_of(text, "Сухов") == [("заместитель председателя", "current")]
    assert posts_of(text, "Лямин") == [("заместитель председателя", "current")]


def test_three_represented_names() -> None:
    text = (
        "Против голосовали депутаты Сергей Сухов от КПРФ, Олег Лямин от ЛДПР и Анна Гусь "
        "от «Яблока»."
    )
    for name in ("Сухов", "Лямин", "Гусь"):
        assert posts_of(text, name) == [("депутат", "current")]


def test_a_name_after_a_represented_clause_with_its_own_verb_is_not_listed() -> None:
    text = "Заместителем избран Сергей Сухов от фракции КПРФ и Олег Лямин поздравил коллегу."
    assert posts_of(text, "Лямин") == []
