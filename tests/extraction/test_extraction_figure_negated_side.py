"""A side word followed by a negated vote verb («воздержались и не голосовали четверо») gives
that side no number: those counted took no side and are other; a side with its own verb keeps
its number."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_a_negated_vote_after_abstention_takes_no_side() -> None:
    people, tallies = people_and_tallies(
        "Проект принят: «за» проголосовали 64 депутата, «против» — трое, также трое "
        "воздержались и не голосовали пятеро народных избранников."
    )
    assert people == [(64, "votes_for"), (3, "votes_against"), (3, "abstained"), (5, "other")]
    assert tallies == [(64, 3, 3)]


def test_a_negated_vote_after_for_takes_no_side() -> None:
    people, tallies = people_and_tallies(
        "За бюджет проголосовали 19 депутатов, за поправку не голосовали шестеро."
    )
    assert people == [(19, "votes_for"), (6, "other")]
    assert tallies == [(19, None, None)]


def test_an_abstention_with_its_own_number_stays() -> None:
    _, tallies = people_and_tallies(
        "За проголосовали 20 депутатов, воздержались двое и не голосовали трое."
    )
    assert tallies == [(20, None, 2)]


def test_a_negated_vote_with_nobody_is_the_sides_none() -> None:
    _, tallies = people_and_tallies(
        "Кандидатуру поддержали 26 депутатов, против не проголосовал никто."
    )
    assert tallies == [(26, 0, None)]
