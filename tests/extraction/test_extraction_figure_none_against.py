"""«Против не был никто» (a negation before the zero) names no question of its own, so a sentence
opening with it completes the tally of the sentence before («Решение приняли 19 депутатов.
Против не был никто, воздержался один.»), as «Против были двое.» does."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "Поправки в устав поддержали 17 депутатов. Против не был никто, воздержался "
            "один депутат.",
            (17, 0, 1),
        ),
        (
            "За отчёт главы района проголосовали 22 депутата. Против не голосовал никто.",
            (22, 0, None),
        ),
        (
            "Бюджет на следующий год приняли 15 депутатов. Против не был ни один, двое "
            "воздержались.",
            (15, 0, 2),
        ),
    ],
)
def test_negated_zero_against_joins_the_tally_before(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
