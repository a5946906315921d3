"""A count out of a whole with no noun after the whole, set off by dashes before the side
(«Более половины депутатов — 15 из 27 — голосовали против»), is that side, as «трое из пяти
членов комиссии проголосовали за» is."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "Более половины депутатов — 15 из 27 — голосовали против переименования улицы.",
            (None, 15, None),
        ),
        ("Большинство членов совета — 9 из 13 — проголосовали за отставку.", (9, None, None)),
    ],
)
def test_count_out_of_a_whole_takes_the_side(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
