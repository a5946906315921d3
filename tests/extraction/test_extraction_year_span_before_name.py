"""A span of years between a verb phrase and the name: «ленту вручил руководивший районом с
1996 по 2008 гг. Фёдор Ломакин» headed the district before; a participle of no heading verb
before the same span gives no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Ленту вручил руководивший районом с 1996 по 2008 гг. Фёдор Ломакин.",
        "Ленту вручил возглавлявший район в 1996–2008 годах Фёдор Ломакин.",
        "Ленту вручил руководивший районом с 1996 года Фёдор Ломакин.",
    ],
)
def test_heading_participle_then_years_then_name(text: str) -> None:
    assert ("глава района", "former") in posts_of(text, "Ломакин")


@pytest.mark.parametrize(
    "text",
    [
        "Ленту вручил переехавший в район в 1996 году Фёдор Ломакин.",
        "Ленту вручил руководивший хором с 1996 по 2008 гг. Фёдор Ломакин.",
    ],
)
def test_no_heading_verb_no_post(text: str) -> None:
    assert posts_of(text, "Ломакин") == []
