"""A post held until lately, said in an apposition or a participle's clause after the name,
and the predicate the sentence goes on with: «Громова, до недавнего времени директор школы,
возглавила управление», «Лосев, ранее занимавший пост заместителя главы, возглавил …»."""

from __future__ import annotations

import pytest

from extraction import extract


def posts(text: str) -> dict[str, set[tuple[str, str]]]:
    return {
        p["name"]: {(q["title"], q["status"]) for q in p["posts"]} for p in extract(text)["people"]
    }


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Марина Сорокина, до недавнего времени директор гимназии № 2, возглавила отдел "
            "образования района.",
            "Марина Сорокина",
            {
                ("директор гимназии № 2", "former"),
                ("начальник отдела образования района", "current"),
            },
        ),
        (
            "Пётр Зотов, до последнего времени заместитель главы района, назначен руководителем "
            "аппарата.",
            "Пётр Зотов",
            {("заместитель главы района", "former"), ("руководитель аппарата", "current")},
        ),
        (
            "Пётр Зотов – до недавних пор депутат районного совета.",
            "Пётр Зотов",
            {("депутат районного совета", "former")},
        ),
        (
            "Марина Сорокина, ранее работавшая директором гимназии, возглавила отдел культуры.",
            "Марина Сорокина",
            {("директор гимназии", "former"), ("начальник отдела культуры", "current")},
        ),
        (
            "Пётр Зотов, прежде занимавший пост заместителя главы, возглавил администрацию "
            "поселения.",
            "Пётр Зотов",
            {("заместитель главы", "former"), ("глава администрации поселения", "current")},
        ),
    ],
)
def test_earlier_post_and_the_new_one(text: str, name: str, expected: set) -> None:
    assert posts(text)[name] == expected


def test_a_time_phrase_alone_is_no_aside() -> None:
    # an aside of time alone («, до недавнего времени,») stands between the name and its verb
    found = posts("Пётр Зотов, до недавнего времени, возглавлял школу искусств.")
    assert found["Пётр Зотов"] == {("директор школы искусств", "former")}
