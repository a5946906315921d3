"""A council's secret ballot has ballot papers too: «По итогам тайного голосования Орлов
набрал 13 голосов, Жуков — 6, один бюллетень признан недействительным» gives the candidates'
tallies; an election of a head by voters with a spoilt ballot gives none."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_a_secret_ballot_of_deputies_gives_candidate_tallies() -> None:
    people, tallies = people_and_tallies(
        "По итогам тайного голосования Орлов набрал 13 голосов, Жуков — 6, один бюллетень"
        " признан недействительным."
    )
    assert people == [(13, "votes_for"), (6, "votes_for")]
    assert tallies == [(13, None, None), (6, None, None)]


def test_an_election_by_voters_gives_no_tally() -> None:
    people, tallies = people_and_tallies(
        "На выборах главы поселения Орлов набрал 812 голосов, Жуков — 507, один бюллетень испорчен."
    )
    assert tallies == []
    assert [role for _, role in people if role and role.startswith("votes")] == []
