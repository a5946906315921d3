"""A candidate's votes said count first, then the next candidate's with the verb left out:
«12 человек проголосовали за Ивана Петрова, 9 – за Сергея Котова» are two tallies, one a
candidate; a side's dash after a count («…, 3 – против») is not a candidate."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_the_next_candidates_votes_count_first() -> None:
    text = (
        "В голосовании участвовали 21 депутат. 12 человек проголосовали за Ивана Петрова,"
        " 9 – за Сергея Котова."
    )
    people, tallies = people_and_tallies(text)
    assert people == [(21, "attendees"), (12, "votes_for"), (9, "votes_for")]
    assert tallies == [(12, None, None), (9, None, None)]


def test_three_candidates() -> None:
    text = "14 депутатов проголосовали за Анну Лебедеву, 6 – за Олега Ткача, 2 – за Юрия Сомова."
    assert people_and_tallies(text)[1] == [(14, None, None), (6, None, None), (2, None, None)]


def test_a_side_after_a_vote_for_a_decision_is_no_candidate() -> None:
    text = "18 депутатов проголосовали за изменения в устав, 3 – против."
    assert people_and_tallies(text)[1] == [(18, 3, None)]
