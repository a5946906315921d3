"""The imperfective past of the appointing verbs links an instrumental post to its accusative
name as the perfective does: «директором комбината назначали Игоря Сапожникова»; a scheduling
«назначали» with no instrumental post gives none."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_imperfective_appointed_object() -> None:
    text = "Летом директором комбината благоустройства назначали Игоря Сапожникова."
    titles = [title for title, _ in posts_of(text, "Сапожников")]
    assert titles == ["директор комбината благоустройства"]


def test_imperfective_elected_object_after_the_post() -> None:
    text = "Геннадия Мухина дважды избирали председателем районного совета ветеранов."
    assert "председатель районного совета ветеранов" in [t for t, _ in posts_of(text, "Мухин")]


def test_scheduling_verb_gives_no_post() -> None:
    text = "Слушания назначали на март, напомнил журналистам Игорь Сапожников."
    assert posts_of(text, "Сапожников") == []
