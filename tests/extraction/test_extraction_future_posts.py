"""A post its holder is yet to take, by a perfective verb in the future between the name and
the post, is `elect`; the past and acting keep their status."""

from __future__ import annotations

import pytest

from extraction import extract


def statuses(text: str) -> list[tuple[str, str]]:
    return [(q["title"], q["status"]) for p in extract(text)["people"] for q in p["posts"]]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Пост главы поселения займёт Вадим Кольцов, его кандидатуру одобрил совет.",
            "глава поселения",
        ),
        (
            "Новым председателем районного совета станет Лидия Фомина.",
            "председатель районного совета",
        ),
        ("Вадим Кольцов вступит в должность главы округа 1 октября.", "глава округа"),
        ("Вадим Кольцов приступит к обязанностям мэра после инаугурации.", "мэр"),
        ("Комитет по экономике возглавит Лидия Фомина.", "председатель комитета по экономике"),
    ],
)
def test_a_post_yet_to_be_taken_is_elect(text: str, title: str) -> None:
    assert statuses(text) == [(title, "elect")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вадим Кольцов занял пост главы поселения.", [("глава поселения", "current")]),
        (
            "Новым председателем районного совета стала Лидия Фомина.",
            [("председатель районного совета", "current")],
        ),
        ("С понедельника обязанности главы будет исполнять Вадим Кольцов.", [("глава", "acting")]),
        # the verb is the holder's, but the post is said before it, not taken by it
        (
            "Глава поселения Вадим Кольцов станет почётным гостем праздника.",
            [("глава поселения", "current")],
        ),
        (
            "Ремонт займёт месяц, сообщил глава поселения Вадим Кольцов.",
            [("глава поселения", "current")],
        ),
    ],
)
def test_held_and_acting_posts_keep_their_status(text: str, expected: list) -> None:
    assert statuses(text) == expected
