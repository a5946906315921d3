"""A count joined to the one before by «и» with no verb of its own shares its role («Депутатами
стали 12 самовыдвиженцев и 13 представителей партий»), but only where its own reading found no
role (guests beside deputies stay participants); and a group named among a body's members
before a dash («Женщин среди депутатов – 7») is part of that body."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures


def people(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]


@pytest.mark.parametrize(
    "text",
    [
        "Депутатами стали 11 самовыдвиженцев и 14 представителей партий.",
        "В новый состав совета вошли 11 единороссов и 14 представителей других партий.",
    ],
)
def test_a_count_joined_by_and_shares_the_role(text: str) -> None:
    assert people(text) == [(11, "members"), (14, "members")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В зале 20 депутатов и 15 гостей.", [(20, "attendees"), (15, "participants")]),
        (
            "Пришли 40 жителей и 6 депутатов, 2 депутата отсутствовали.",
            [(40, "participants"), (6, "attendees"), (2, "other")],
        ),
    ],
)
def test_a_count_with_a_role_of_its_own_keeps_it(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Женщин среди депутатов нового созыва – 8.", [(8, "members")]),
        (
            "Предпринимателей среди депутатов – 9, бюджетников – 12.",
            [(9, "members"), (12, "members")],
        ),
    ],
)
def test_a_group_among_members_before_a_dash_is_members(text: str, expected: list) -> None:
    assert people(text) == expected


def test_a_list_a_colon_opens_after_other_words_breaks_the_count_down() -> None:
    text = "В администрации поселения работают шестеро: глава, трое специалистов и два водителя."
    assert people(text) == [(6, "members"), (3, "members"), (2, "members")]
