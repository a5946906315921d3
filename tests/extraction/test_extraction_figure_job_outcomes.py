"""People a job fair placed («трудоустроены», «нашли работу», «договорились о трудоустройстве»,
«получили приглашение на собеседование») are other; those who came to the fair stay
participants."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На ярмарке вакансий в Доме культуры побывали 640 человек, 112 из них в итоге "
            "трудоустроены.",
            [(640, "participants"), (112, "other")],
        ),
        (
            "В ярмарке приняли участие 900 человек, и уже 140 человек договорились о "
            "трудоустройстве.",
            [(900, "participants"), (140, "other")],
        ),
        (
            "Приглашение на собеседование получил каждый пятый соискатель, это около 300 человек.",
            [(300, "other")],
        ),
        ("За полгода с помощью службы занятости нашли работу 1 250 жителей района.",
         [(1250, "other")]),
    ],
)  # fmt: skip
def test_people_placed_in_jobs_are_other(text: str, expected: list) -> None:
    assert people_and_tallies(text)[0] == expected


def test_visitors_of_a_job_fair_stay_participants() -> None:
    people, _ = people_and_tallies(
        "На ярмарке вакансий по трудоустройству молодёжи побывали 420 человек."
    )
    assert people == [(420, "participants")]
