"""«руководитель фракции в районе Надежда Самойлова»: slovnet reads a place word and the known
first name and surname after it as one place; the first name and surname are a person (the
place word left out), while a place named after the word stays a place."""

from __future__ import annotations

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of


def _people(text: str) -> list[str]:
    return [p["last"] for p in extract(text, PUBLISHED)["people"]]


def test_name_after_a_place_word_is_a_person() -> None:
    text = "Слово взял руководитель фракции в районе Надежда Самойлова."
    assert "Самойлова" in _people(text)
    assert [t.split()[0] for t, _ in posts_of(text, "Самойлова")] == ["руководитель"]


def test_name_after_a_town_word_is_a_person() -> None:
    assert "Белова" in _people("Награду в городе Ирина Белова получила из рук мэра.")


def test_place_named_after_the_word_stays_a_place() -> None:
    assert _people("Встреча прошла в районе Марьина Роща.") == []
    assert _people("Жители в селе Надежда собрались у клуба.") == []
