"""A vote whose count comes first and whose verb comes after the body it sits in and a word of
how it voted («14 депутатов районного собрания единогласно проголосовали за …», «12 членов
комиссии дружно поддержали проект»), and votes «given» with the object first («свои голоса
отдали 16 депутатов»): the count is those voting for."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера 14 депутатов районного собрания единогласно проголосовали за отчёт главы.",
            ([(14, "votes_for")], [(14, 0, 0)]),
        ),
        (
            "На внеочередной сессии 11 депутатов сельского совета единодушно проголосовали "
            "«за» передачу школы в собственность края.",
            ([(11, "votes_for")], [(11, 0, 0)]),
        ),
        (
            "Эту инициативу 14 депутатов единогласно поддержали.",
            ([(14, "votes_for")], [(14, 0, 0)]),
        ),
        (
            "Двенадцать членов бюджетной комиссии дружно поддержали проект.",
            ([(12, "votes_for")], [(12, None, None)]),
        ),
        (
            "Во втором туре 17 депутатов гордумы проголосовали за Сорокину, двое воздержались.",
            ([(17, "votes_for"), (2, "abstained")], [(17, None, 2)]),
        ),
    ],
)
def test_count_body_and_manner_before_the_vote(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За поправки в положение о бюджетном процессе свои голоса отдали 18 депутатов.",
            ([(18, "votes_for")], [(18, None, None)]),
        ),
        (
            "За изменение генерального плана посёлка на повторном заседании свои голоса отдали "
            "лишь 9 депутатов.",
            ([(9, "votes_for")], [(9, None, None)]),
        ),
        (
            "Свои голоса отдали 23 депутата, против высказался один.",
            ([(23, "votes_for"), (1, "votes_against")], [(23, 1, None)]),
        ),
    ],
)
def test_votes_given_with_the_object_first(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present, then a unanimous decision: those present are no count of the vote
        (
            "На сессии присутствовали 14 депутатов, решение принято единогласно.",
            ([(14, "attendees")], [(None, 0, 0)]),
        ),
        # a body's members taking part in an event, with «также» before the verb: no vote
        (
            "В субботнике 14 депутатов городского совета также приняли участие.",
            ([(14, "participants")], []),
        ),
        # a crowd giving its votes is an election's voters, not a council's tally
        ("Свои голоса отдали 300 жителей посёлка.", ([(300, "voters")], [])),
    ],
)
def test_near_misses_stay_as_they_were(text: str, expected: tuple) -> None:
    assert people_and_tallies(text) == expected
