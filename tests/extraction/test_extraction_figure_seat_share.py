"""A bracketed «(N из M)» is a tally only in a sentence that speaks of voting itself: «которых в
гордуме большинство (17 из 30)» counts a party's seats, not votes for."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


@pytest.mark.parametrize(
    "text",
    [
        "Коммунисты, которых в горсовете большинство (13 из 24), выступили с заявлением.",
        "Фракция, у которой в думе большинство (19 из 35), потребовала отчёта мэра.",
    ],
)
def test_a_share_of_seats_is_no_tally(text: str) -> None:
    figures = find_figures(text)
    assert find_votes(text, figures) == []
    assert not any(f["role"] == "votes_for" for f in figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Решение принято (13 из 24).", (13, None, None)),
        ("Отставку председателя поддержало большинство депутатов (19 из 35).", (19, None, None)),
        ("Депутаты приняли отчёт мэра (21 из 23).", (21, None, None)),
    ],
)
def test_beside_a_vote_the_bracket_is_still_a_tally(text: str, expected: tuple) -> None:
    votes = find_votes(text, find_figures(text))
    assert [(v["for"], v["against"], v["abstained"]) for v in votes] == [expected]
