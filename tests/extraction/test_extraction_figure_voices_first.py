"""«Свои голоса за бюджет отдали 19 депутатов»: the votes named before what they were for and
the verb, then the deputies counted, are a vote for; a crowd giving its votes is no tally."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Свои голоса за отчёт председателя отдали 16 депутатов.", (16, None, None)),
        ("Голоса «за» отдали 21 депутат, против были трое.", (21, 3, None)),
    ],
)
def test_votes_named_first_are_for(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]


def test_a_crowds_votes_are_no_tally() -> None:
    assert _tallies("Свои голоса за проект сквера отдали 3 150 жителей.") == []
