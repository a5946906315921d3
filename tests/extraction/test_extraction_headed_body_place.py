"""«Фракцию «…» в городской думе возглавил …», «Школу в посёлке Лесном возглавила …»: the body
or place a headed body sits in, said between it and the verb, is where the post is, never
what is headed; an election commission of a district is headed by its chair."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.post_reading import PUBLISHED, posts_of


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Фракцию «Новые люди» в городской думе возглавил Глеб Тарасов.",
            "Тарасов",
            "руководитель фракции «Новые люди»",
        ),
        (
            "Фракцией «Справедливая Россия» в районном совете теперь руководит Инна Гусева.",
            "Гусева",
            "руководитель фракции «Справедливая Россия»",
        ),
        (
            "Комиссию по культуре в Совете депутатов района возглавила Алла Рябова.",
            "Рябова",
            "председатель комиссии по культуре",
        ),
    ],
)
def test_the_body_it_sits_in_is_left_out(text: str, last: str, title: str) -> None:
    assert posts_of(text, last) == [(title, "current")]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        ("Школу в посёлке Лесном с осени возглавила Алла Рябова.", "Рябова", "директор школы"),
        ("МУП «Теплосеть» Озёрного района возглавил Глеб Тарасов.", "Тарасов", "директор"),
    ],
)
def test_a_place_after_the_body_is_not_what_is_headed(text: str, last: str, title: str) -> None:
    assert posts_of(text, last) == [(title, "current")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # near misses: the place or body right before the verb is what is headed
        ("Озёрный район возглавил Глеб Тарасов.", "глава"),
        ("Администрацию Озёрного района возглавил Глеб Тарасов.", "глава администрации"),
    ],
)
def test_a_place_itself_is_still_headed(text: str, title: str) -> None:
    person = next(p for p in extract(text, PUBLISHED)["people"] if p["last"] == "Тарасов")
    assert [(p["title"], p["place"]) for p in person["posts"]] == [(title, "Озёрный район")]


def test_a_district_election_commission_has_a_chair() -> None:
    text = "Ранее ТИК Заречного района возглавила Алла Рябова."
    person = next(p for p in extract(text, PUBLISHED)["people"] if p["last"] == "Рябова")
    assert [(p["title"], p["org"], p["place"]) for p in person["posts"]] == [
        ("председатель", "ТИК Заречного района", "Заречный район")
    ]


def test_a_genitive_after_a_body_is_not_what_the_verb_heads() -> None:
    # «района» depends on «депутатов»: no «глава района» from it
    text = "Комиссию по делам молодёжи в Совете депутатов района возглавила Алла Рябова."
    assert all(not title.startswith("глава") for title, _ in posts_of(text, "Рябова"))
