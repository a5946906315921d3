"""A fraction is no count and no side of a tally («две трети депутатов», «три пятых депутатов»);
when the share is said again as a number after a dash or a comma, that number is the side
(«Против выступили две трети депутатов — 18 человек»)."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


def _people(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in predict(text)[0] if f["is_people"]]


@pytest.mark.parametrize(
    "text",
    [
        "Против переноса выборов проголосовали две трети депутатов.",
        "Три пятых депутатов поддержали обращение к губернатору.",
    ],
)
def test_a_fraction_alone_is_no_count(text: str) -> None:
    assert _tallies(text) == []
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Против нового герба выступили две трети депутатов — 16 человек.", (None, 16, None)),
        ("За отставку высказались три четверти депутатов, 24 из 32.", (24, None, None)),
    ],
)
def test_the_share_said_again_is_the_side(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
