"""«Главой района и председателем совета избран Олег Сомов», «Главой города – председателем
Думы выбран …»: two predicate posts in the instrumental joined by «и» or a dash before one
link verb are two posts of the name after the verb; «и» inside one body's remit («комиссии по
бюджету и налогам») joins no second post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "Главой района и председателем совета депутатов избран Глеб Тихонов.",
            ["глава", "председатель"],
        ),
        (
            "Главой поселения – председателем сельской думы на сессии избран Глеб Тихонов.",
            ["глава", "председатель"],
        ),
        (
            "Главой округа и первым заместителем председателя совета выбран Глеб Тихонов.",
            ["глава", "первый"],
        ),
    ],
)
def test_two_joined_predicates(text: str, heads: list[str]) -> None:
    assert [title.split()[0] for title, _ in posts_of(text, "Тихонов")] == heads


def test_and_inside_a_remit_is_one_post() -> None:
    text = "Председателем комиссии по бюджету и налогам избран Глеб Тихонов."
    assert posts_of(text, "Тихонов") == [("председатель комиссии по бюджету и налогам", "current")]
