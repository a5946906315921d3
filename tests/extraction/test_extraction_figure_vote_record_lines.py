"""A vote record set out line by line: «Не голосовало: 7 голосов» counts deputies who took no
side (people, other), and «Кворум: 21 депутат» — the word with a colon right after it — is the
quorum's size, a threshold (other), never those present."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies as read

RECORD = (
    "Итоги поимённого голосования по поправке.\n"
    "За: 34 голоса, 40,5%\n"
    "Против: 19 голосов, 22,6%\n"
    "Воздержалось: 4 голоса, 4,8%\n"
    "Не голосовало: 27 голосов, 32,1%\n"
    "Кворум: 43 депутата"
)


def test_a_record_counts_the_no_side_line_and_the_quorum_apart() -> None:
    people, tallies = read(RECORD)
    assert people == [
        (34, "votes_for"),
        (19, "votes_against"),
        (4, "abstained"),
        (27, "other"),
        (43, "other"),
    ]
    assert tallies == [(34, 19, 4)]


def test_a_quorum_with_a_colon_alone_is_a_threshold() -> None:
    assert read("Кворум: 21 депутат.")[0] == [(21, "other")]


def test_near_miss_deputies_registered_after_a_colon_are_present() -> None:
    # not the quorum: those the roll call found at the sitting
    assert read("На сессии районного совета зарегистрировались: 21 депутат.")[0] == [
        (21, "attendees")
    ]


def test_near_miss_votes_without_the_negation_are_not_set_apart() -> None:
    # «Голосовало:» with no «не» labels those who voted, no line of those apart
    people, _ = read("Голосовало: 27 депутатов из 30.")
    assert (27, "other") not in people
