"""A commission's long remit list — four or five items, or items in two cases after
«по вопросам» — stays inside the post's title."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Председателем комиссии по транспорту, связи, дорожному хозяйству, туризму и "
            "торговле стала Нина Орешкина.",
            "председатель комиссии по транспорту, связи, дорожному хозяйству, туризму и торговле",
        ),
        (
            "Председателем комиссии по вопросам местного самоуправления, общественным "
            "организациям и международным связям стала Нина Орешкина.",
            "председатель комиссии по вопросам местного самоуправления, общественным "
            "организациям и международным связям",
        ),
        (
            "Нина Орешкина, председатель комитета по земле, имуществу, экологии, "
            "природопользованию и архитектуре, выступила с докладом.",
            "председатель комитета по земле, имуществу, экологии, природопользованию и архитектуре",
        ),
    ],
)
def test_long_remit_lists(text: str, title: str) -> None:
    assert posts_of(text, "Орешкина") == [(title, "current")]


def test_a_clause_after_the_comma_ends_the_remit() -> None:
    text = "Председатель комиссии по транспорту, как сообщила Нина Орешкина, собрался в мае."
    assert posts_of(text, "Орешкина") == []


def test_a_remit_list_with_no_closing_conjunction_ends_at_the_comma() -> None:
    text = "Председатель комиссии по транспорту, связи Нина Орешкина выступила."
    assert [t for t, _ in posts_of(text, "Орешкина")] != [
        "председатель комиссии по транспорту, связи"
    ]
