"""«члены фракции «Яблоко» Пронина и фракции КПРФ Шевченко, Сидорко и Казаков»: the names
listed after one with a complement of its own share that complement."""

from __future__ import annotations

from extraction import extract
from tests.extraction.post_reading import PUBLISHED


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """(title, place or body) of each person's posts: the tagger reads a place as either."""
    return {
        p["last"]: [(q["title"], q["place"] or q["org"]) for q in p["posts"]]
        for p in extract(text, PUBLISHED)["people"]
    }


def test_the_names_after_the_second_complement_share_it() -> None:
    text = (
        "Выступили главы Сосновского сельсовета Лидия Шварц и Озёрного сельсовета "
        "Руслан Гайнуллин, Павел Ёлкин и Тимур Сабиров."
    )
    found = _posts(text)
    assert found["Шварц"] == [("глава", "Сосновский сельсовет")]
    for last in ("Гайнуллин", "Ёлкин", "Сабиров"):
        assert found[last] == [("глава", "Озёрный сельсовет")]


def test_a_name_after_the_list_sentence_gets_nothing() -> None:
    text = (
        "Выступили главы Сосновского сельсовета Лидия Шварц и Озёрного сельсовета "
        "Руслан Гайнуллин. Павел Ёлкин задал вопрос."
    )
    assert _posts(text)["Ёлкин"] == []
