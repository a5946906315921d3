"""«На пост претендовали Олег Сомов и Анна Котова. Она и стала главой города»: an emphatic
particle («и», «же», «тоже») between the subject pronoun and its link verb still leaves the
pronoun the subject; «она и её заместитель» joins two subjects and gives no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "На пост претендовали Глеб Носов и Вера Уткина. Она и стала главой поселения.",
            ("глава поселения", "current"),
        ),
        ("Вера Уткина выступила с отчётом. Она тоже избрана депутатом.", ("депутат", "current")),
    ],
)
def test_particle_before_the_verb(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, "Уткина")


def test_two_joined_subjects_give_no_post() -> None:
    text = "Вера Уткина выступила. Она и её заместитель стали почётными гражданами района."
    assert posts_of(text, "Уткина") == []
