"""«Приняли участие в работе по очистке берега» is taking part, not being hired: the count is
participants, even when a dashed list of who they were stands between it and the verb;
«на работу приняты 40 человек» stays other."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_taking_part_in_community_work_is_participation() -> None:
    people, _ = people_and_tallies(
        "В субботу около 700 человек – сотрудники предприятий, учителя, жители посёлков – "
        "приняли участие в работе по уборке парков."
    )
    assert people == [(700, "participants")]


def test_being_hired_stays_other() -> None:
    people, _ = people_and_tallies("За месяц на работу в управление приняты 16 человек.")
    assert people == [(16, "other")]
