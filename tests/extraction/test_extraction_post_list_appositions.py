"""Lists of those present, each name with its own apposition: «Л.В. Зеленская, глава
администрации поселения, заместитель главы Л.И. Чуркина». The phrase after the first name's
comma is hers; the name after the next phrase takes only that one. The initial «И.» of a name
is no «и» closing a list of remits."""

from __future__ import annotations

import pytest

from extraction import extract

from .post_reading import PUBLISHED


def _posts(text: str) -> dict[str, list[str]]:
    people = extract(text, PUBLISHED)["people"]
    return {p["last"]: [q["title"] for q in p["posts"]] for p in people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На встрече присутствовали: Н.В. Горелова, глава администрации Сосновского "
            "сельского поселения, заместитель главы администрации поселения Т.И. Жаркова, "
            "председатели ТОС.",
            {
                "Горелова": ["глава администрации"],
                "Жаркова": ["заместитель главы администрации поселения"],
            },
        ),
        (
            "Слово взял Пётр Гуров, депутат гордумы, председатель комиссии по бюджету Анна "
            "Лосева ответила ему.",
            {"Гуров": ["депутат гордумы"], "Лосева": ["председатель комиссии по бюджету"]},
        ),
    ],
)
def test_each_name_keeps_its_own_apposition(text: str, expected: dict[str, list[str]]) -> None:
    assert _posts(text) == expected


def test_two_posts_before_one_name_stay_his() -> None:
    """Near miss: no name before the first post, so both posts are the one name's."""
    text = "Депутат городской думы, сопредседатель движения Михаил Вельмакин выступил."
    assert _posts(text) == {"Вельмакин": ["депутат городской думы", "сопредседатель движения"]}
