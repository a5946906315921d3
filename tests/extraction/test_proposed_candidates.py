"""«На должность … X предложил кандидатуры Y и Z», «… X предлагает утвердить Y»: the post
goes to the names proposed (a nomination, ``elect``), not to the one who proposes."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "proposer", "proposer_posts", "candidates", "post"),
    [
        (
            "На должность вице-спикера председатель собрания Тарас Белоусов предложил "
            "кандидатуры Глеба Арсеньева и Нины Фоминой.",
            "Белоусов",
            [("председатель собрания", "current")],
            ("Арсеньев", "Фомина"),
            ("вице-спикер", "elect"),
        ),
        (
            "На должность первого заместителя главы округа Тарас Белоусов предлагает "
            "утвердить Глеба Арсеньева.",
            "Белоусов",
            [],
            ("Арсеньев",),
            ("первый заместитель главы округа", "elect"),
        ),
    ],
)
def test_the_candidates_get_the_post(
    text: str,
    proposer: str,
    proposer_posts: list[tuple[str, str]],
    candidates: tuple[str, ...],
    post: tuple[str, str],
) -> None:
    assert posts_of(text, proposer) == proposer_posts
    for last in candidates:
        assert posts_of(text, last) == [post]


def test_a_name_that_takes_the_post_itself_keeps_it() -> None:
    text = "На должность первого заместителя главы округа Тарас Белоусов был назначен в марте."
    assert posts_of(text, "Белоусов") == [("первый заместитель главы округа", "current")]


def test_a_proposer_with_no_candidate_named_gets_nothing() -> None:
    text = "На должность первого заместителя главы округа Тарас Белоусов предложил двух кандидатов."
    assert posts_of(text, "Белоусов") == []
