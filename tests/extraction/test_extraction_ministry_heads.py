"""«возглавила министерство культуры», «возглавлял правительство края»: heading a ministry
makes its minister («министр культуры», the ministry's own word left out of the title),
heading a government its chair; going to a ministry is no post."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Министерство культуры возглавила Ирина Лосева.", ("министр культуры", "current")),
        (
            "Ирина Лосева возглавляла правительство края.",
            ("председатель правительства края", "former"),
        ),
        (
            "Ирина Лосева прежде работала в Уфе. Она теперь возглавляет министерство спорта.",
            ("министр спорта", "current"),
        ),
    ],
)
def test_heading_a_ministry_or_government(text: str, post: tuple[str, str]) -> None:
    assert post in posts_of(text, "Лосева")


def test_going_to_a_ministry_is_no_post() -> None:
    assert posts_of("Ирина Лосева пришла в министерство культуры на приём.", "Лосева") == []
