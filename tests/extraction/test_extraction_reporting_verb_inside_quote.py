"""Initials and a surname read as his genitive («и. о. главы поселения Н. А. Рыбакова») are
hers when the same words elsewhere close the author's words of a quote after a woman's verb,
also when the quote goes on after them («– …, – сказала, встречая гостей, Н. А. Рыбакова, –
…»). Near misses: a man's verb there keeps his reading; a name followed by a comma and no dash
is no author of a quote."""

from __future__ import annotations

import pytest

from extraction import extract


def people(text: str) -> list[tuple]:
    return sorted((p["last"], p["first"], p["middle"]) for p in extract(text)["people"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Встречу проводят и. о. главы поселения Н. А. Рыбакова и заместитель главы "
            "В. И. Осипов. – Мы рады гостям, – сказала, встречая делегацию, Н. А. Рыбакова, "
            "– и ждём всех снова.",
            [("Осипов", "В.", "И."), ("Рыбакова", "Н.", "А.")],
        ),
    ],
)
def test_her_reporting_verb_before_dash(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Встречу проводят и. о. главы поселения Н. А. Рыбакова и заместитель главы "
            "В. И. Осипов. – Мы рады гостям, – сказал, встречая делегацию, Н. А. Рыбаков, "
            "– и ждём всех снова.",
            [("Осипов", "В.", "И."), ("Рыбаков", "Н.", "А.")],
        ),
    ],
)
def test_near_misses(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
