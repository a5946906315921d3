"""Tallies and roles in wordings the older rules missed: a unanimous vote whose count stands
after «все присутствовавшие», a majority named by its people before a dash («большинство
депутатов – 19 человек»), a public vote by a bare number after a village meeting (voters, no
council tally), and guests set beside a sitting by a dash («приглашённые – 30 человек»)."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def read(text: str) -> tuple[list[tuple[float, str]], list[tuple]]:
    figures = find_figures(text)
    votes = find_votes(text, figures)
    people = [(f["value"], f["role"]) for f in figures if f["is_people"]]
    return people, [(v["for"], v["against"], v["abstained"], v["unanimous"]) for v in votes]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Кандидатуру Ольги Сафиной поддержали единогласно все присутствовавшие 21 депутат.", 21),
        ("Все присутствующие 18 депутатов единогласно одобрили поправки в устав.", 18),
    ],
)
def test_a_unanimous_count_after_all_present(text: str, n: int) -> None:
    assert read(text) == ([(n, "votes_for")], [(n, 0, 0, True)])


def test_unanimity_and_a_later_attendance_stay_apart() -> None:
    text = "Депутаты единогласно избрали Смирнова. На сессии были все 20 депутатов."
    assert read(text) == ([(20, "attendees")], [(None, 0, 0, True)])


@pytest.mark.parametrize(
    "text",
    [
        "За данное решение проголосовало большинство депутатов – 19 человек.",
        "Решение поддержало большинство депутатов – 19.",
    ],
)
def test_a_majority_named_before_a_dash_is_the_votes_for(text: str) -> None:
    assert read(text) == ([(19, "votes_for")], [(19, None, None, False)])


def test_a_majority_of_residents_is_no_council_tally() -> None:
    text = "За предложение проголосовало большинство жителей – 340 человек."
    assert read(text) == ([(340, "voters")], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сход граждан собрал 87 человек, решение о самообложении поддержали 80.",
            [(87, "participants"), (80, "voters")],
        ),
        (
            "На сходе жителей самообложение поддержали 64 человека из 70.",
            [(64, "voters"), (70, "participants")],
        ),
    ],
)
def test_a_public_vote_counts_voters_and_is_no_tally(text: str, expected: list) -> None:
    assert read(text) == (expected, [])


def test_a_petition_backed_by_residents_stays_other() -> None:
    assert read("Петицию о сохранении сквера поддержали 900 жителей.") == ([(900, "other")], [])


@pytest.mark.parametrize(
    "text",
    [
        "Присутствовали 17 депутатов из 20 избранных, а также приглашённые – около 30 человек.",
        "На сессии работали 17 депутатов, приглашённые – 30 человек.",
    ],
)
def test_guests_beside_a_sitting_take_part(text: str) -> None:
    assert read(text)[0][0] == (17, "attendees")
    assert read(text)[0][-1] == (30, "participants")


@pytest.mark.parametrize(
    "text",
    [
        "Петицию против закрытия бани поддержали и 6 депутатов районного Совета.",
        "Обращение к губернатору подписали 6 депутатов.",
    ],
)
def test_deputies_who_sign_a_petition_are_no_body_count(text: str) -> None:
    assert read(text) == ([(6, "other")], [])


@pytest.mark.parametrize(
    "text",
    [
        "Во время паводка на дежурство выходили по 35 человек ежедневно.",
        "В рейде по частному сектору участвовали 35 человек.",
    ],
)
def test_those_on_duty_or_a_raid_take_part(text: str) -> None:
    assert read(text)[0] == [(35, "participants")]


@pytest.mark.parametrize(
    "text",
    [
        "За Семёнова проголосовали 15 депутатов, за его соперницу Ольгу Ким – 4.",
        "«За» Семёнова высказались 15 депутатов, за Ольгу Ким – 4.",
    ],
)
def test_a_rival_named_after_a_for_tally_is_a_tally_of_its_own(text: str) -> None:
    assert read(text) == (
        [(15, "votes_for"), (4, "votes_for")],
        [(15, None, None, False), (4, None, None, False)],
    )


def test_those_living_there_are_the_whole_of_a_village_meeting() -> None:
    text = "На сходе присутствовали 112 человек из 860 проживающих."
    assert read(text)[0] == [(112, "participants"), (860, "residents")]
