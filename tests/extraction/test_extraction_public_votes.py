"""A vote of residents at a meeting is no council tally, even when the meeting was named a few
sentences before and its «против – 3» stands bare; a council's tally in the same words stays."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_a_meeting_of_residents_named_before_holds_no_tally() -> None:
    text = (
        "Жители посёлка Луговое собрались на сход из-за закрытия аптеки. В клуб пришли около 90 "
        "человек. Собравшиеся решили обратиться к главе района: за обращение с просьбой сохранить "
        "аптеку проголосовали 84 человека, против – 2."
    )
    people, tallies = people_and_tallies(text)
    assert tallies == []
    assert people == [(90, "participants"), (84, "voters"), (2, "voters")]


def test_hearings_hold_no_tally() -> None:
    text = (
        "Публичные слушания по проекту планировки прошли в школе. По итогам участники приняли "
        "резолюцию: за неё проголосовали 130 человек, против – 8, воздержались 5."
    )
    people, tallies = people_and_tallies(text)
    assert tallies == []
    assert [role for _, role in people] == ["voters"] * 3


def test_a_council_tally_after_a_meeting_stays() -> None:
    text = (
        "Вопрос обсуждали на сходе жителей. Затем его рассмотрели депутаты на сессии: за решение "
        "проголосовали 14 депутатов, против – 2."
    )
    assert people_and_tallies(text)[1] == [(14, 2, None)]
