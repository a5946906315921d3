"""«Олег Денисов назначен главой района вместо Александра Басова», «Главой района вместо
Александра Басова назначен Олег Денисов»: the one replaced held the post the other is given in
the same sentence, named before «вместо» too; the post said before «вместо + name» is not the
replaced one's own title, and standing in for someone at a meeting gives no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Кирилл Маслов назначен главой поселения вместо Игната Рожкова.",
        "Главой поселения вместо Игната Рожкова назначен Кирилл Маслов.",
        "Главой поселения вместо ушедшего в отставку Игната Рожкова избран Кирилл Маслов.",
    ],
)
def test_replaced_held_the_post(text: str) -> None:
    assert posts_of(text, "Маслов") == [("глава поселения", "current")]
    assert posts_of(text, "Рожков") == [("глава поселения", "former")]


def test_standing_in_gives_no_post() -> None:
    text = "Депутат Кирилл Маслов голосовал вместо Игната Рожкова."
    assert posts_of(text, "Рожков") == []
