"""Children who start school or kindergarten («в первый класс пришли 82 ученика», «за парты
сядут 1 200 первоклассников») are other, not participants; a count at a school's event stays
participants."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    "text",
    [
        "В прошлом году в первый класс пришли 74 ученика.",
        "В этом году за парты сядут около 1 200 первоклассников.",
        "После открытия нового корпуса в детские сады города пришли 310 малышей.",
    ],
)
def test_children_starting_school_are_other(text: str) -> None:
    assert [role for _, role in people_and_tallies(text)[0]] == ["other"]


def test_a_crowd_at_a_school_event_stays_participants() -> None:
    people, _ = people_and_tallies("На торжественную линейку в школе пришли 420 человек.")
    assert people == [(420, "participants")]


@pytest.mark.parametrize(
    "text",
    [
        "Первого сентября школы района примут 640 первоклассников.",
        "Новый детский сад в микрорайоне примет 180 малышей.",
    ],
)
def test_children_a_school_takes_in_are_other(text: str) -> None:
    assert [role for _, role in people_and_tallies(text)[0]] == ["other"]


def test_visitors_a_museum_or_a_deputy_received_stay_participants() -> None:
    people, _ = people_and_tallies(
        "За лето музей принял 8 тысяч посетителей, а депутат принял 14 избирателей."
    )
    assert people == [(8000, "participants"), (14, "participants")]


def test_schoolchildren_who_took_part_stay_participants() -> None:
    people, _ = people_and_tallies("Две сотни школьников приняли участие в акции у обелиска.")
    assert people == [(200, "participants")]
