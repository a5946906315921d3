"""A refusal after the infinitive it refuses («Участвовать в опросе отказались 40 жителей»,
«Принять участие в субботнике отказались 15 человек») denies that infinitive as «отказались
участвовать» does: those counted took no part (other). Agreeing after it («согласились»), or a
refusal of something else, leaves the reading alone."""

from __future__ import annotations

import pytest

from tests.extraction.figure_reading import people_and_tallies as read


@pytest.mark.parametrize(
    "text",
    [
        "Участвовать в анкетировании по новой схеме маршрутов отказались 38 горожан.",
        "В публичных слушаниях участвовать отказались 38 жителей микрорайона.",
        "Принять участие в уборке берега отказались 38 человек.",
    ],
)
def test_a_refused_infinitive_before_is_no_taking_part(text: str) -> None:
    assert read(text)[0] == [(38, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Участвовать в уборке берега согласились 38 жителей.",
        "Принять участие в уборке берега решили 38 жителей.",
    ],
)
def test_near_miss_agreeing_after_the_infinitive_is_taking_part(text: str) -> None:
    assert read(text)[0] == [(38, "participants")]
