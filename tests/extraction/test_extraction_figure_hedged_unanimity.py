"""A hedged «единогласно» («практически единогласно», «почти единодушно», «не единогласно»)
says nearly all were for: it gives no unanimous tally of its own; a bare «единогласно» does."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "Поправку в устав поселения депутаты приняли практически единогласно.",
        "Отчёт главы округа народные избранники одобрили почти единодушно.",
        "Решение о переименовании сквера принято не единогласно.",
    ],
)
def test_a_hedged_unanimity_gives_no_tally(text: str) -> None:
    assert read(text)[1] == []


def test_a_hedged_unanimity_keeps_the_tally_said_after_it() -> None:
    text = (
        "Решение о тарифах на вывоз мусора приняли почти единогласно. «За» проголосовали "
        "23 депутата, против — 1."
    )
    assert read(text)[1] == [(23, 1, None)]


def test_near_miss_a_plain_unanimity_is_a_tally() -> None:
    assert read("Поправку в устав поселения депутаты приняли единогласно.")[1] == [(None, 0, 0)]
