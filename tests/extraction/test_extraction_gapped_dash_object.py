"""A dash standing for a verb said once before: «депутаты выбрали председателем Совета Марину
Ветрову, а заместителем председателя — Анатолия Гурьева» makes him Анатолий Гурьев (the
accusative of «выбрали»), deputy chairman and not chairman; after «стала» or with no gap the
dash keeps the nominative reading."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of


def people(text: str) -> dict[str, tuple[str, list[str]]]:
    return {
        p["last"]: (p["first"], [q["title"] for q in p["posts"]])
        for p in extract(text, PUBLISHED)["people"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "Депутаты выбрали председателем Совета Марину Ветрову, а заместителем председателя — "
        "Анатолия Гурьева.",
        "Председателем комиссии назначили Марину Ветрову, заместителем председателя – "
        "Анатолия Гурьева.",
    ],
)
def test_gapped_accusative_object_after_dash(text: str) -> None:
    found = people(text)
    assert found["Гурьев"] == ("Анатолий", ["заместитель председателя"])


def test_after_a_link_verb_the_dash_keeps_the_nominative() -> None:
    text = (
        "Председателем Совета стала Марина Ветрова, а заместителем председателя — Анатолия Гурьева."
    )
    found = people(text)
    assert found["Гурьева"] == ("Анатолия", ["заместитель председателя"])


def test_a_plain_dash_pair_is_unchanged() -> None:
    text = "Заместитель председателя — Анатолий Гурьев."
    assert posts_of(text, "Гурьев") == [("заместитель председателя", "current")]
    text = "Председатель оргкомитета — Анатолия Гурьева."
    assert people(text)["Гурьева"][0] == "Анатолия"
