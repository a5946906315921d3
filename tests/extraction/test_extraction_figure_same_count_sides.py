"""«против — 2, воздержались тоже 2»: a side followed by «тоже»/«также» and then its number
is that side's count, like «лишь»/«только» between them."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("За проект бюджета проголосовали 19 депутатов, против — 2, воздержались тоже 2.",
         (19, 2, 2)),
        ("«За» высказались 14 членов совета, против — 3, воздержались также 3.", (14, 3, 3)),
    ],
)  # fmt: skip
def test_also_between_a_side_and_its_number(text: str, tally: tuple) -> None:
    people, tallies = read(text)
    assert tallies == [tally]
    assert people[-1] == (tally[2], "abstained")


def test_near_miss_also_before_a_verb_is_no_count() -> None:
    # «тоже» ties «против» to a verb, not to a number
    text = "Против тоже выступили жители соседних улиц, их было 40."
    assert read(text)[1] == []
