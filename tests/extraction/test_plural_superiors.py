"""«помощники депутатов» + genitive names: the names are the deputies, not the aides."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of

GENITIVE = "Приём граждан вели помощники депутатов Тараса Кулешова и Виктора Ломакина."


def test_genitive_names_after_plural_aides_are_the_deputies() -> None:
    assert posts_of(GENITIVE, "Кулешов") == [("депутат", "current")]
    assert posts_of(GENITIVE, "Ломакин") == [("депутат", "current")]


def test_nominative_names_after_plural_aides_are_the_aides() -> None:
    # near miss: the names in the nominative are the aides themselves
    text = "Приём граждан вели помощники депутатов Дарья Пестова и Инна Галкина."
    assert ("помощник депутата", "current") in posts_of(text, "Пестова")
    assert ("депутат", "current") not in posts_of(text, "Пестова")


def test_plural_deputies_of_a_nominative_head_are_unchanged() -> None:
    # near miss: «заместители главы» + nominative names keep the head's post
    text = "На совещании выступили заместители главы Тарас Кулешов и Виктор Ломакин."
    assert ("заместитель главы", "current") in posts_of(text, "Кулешов")
