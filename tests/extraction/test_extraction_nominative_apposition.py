"""A surname-first name with a nominative post after a comma is nominative: «приняли участие
Гребенкина О. В., начальник отдела культуры» is Гребенкина, a woman, not the accusative of
Гребенкин; an accusative apposition («избрали Гребенкина О. В., начальника отдела») keeps the
man."""

from __future__ import annotations

from extraction import extract


def _lasts(text: str) -> list[str]:
    return [p["last"] for p in extract(text, "2024-05-14")["people"]]


def test_participants_list_with_a_nominative_post() -> None:
    text = (
        "В совещании приняли участие Гребенкина О. В., начальник отдела культуры "
        "администрации округа."
    )
    assert _lasts(text) == ["Гребенкина"]


def test_initials_first_with_a_nominative_post() -> None:
    text = (
        "В работе комиссии приняли участие О. В. Гребенкина, заместитель главы "
        "администрации района."
    )
    assert _lasts(text) == ["Гребенкина"]


def test_accusative_apposition_keeps_the_man() -> None:
    text = "Депутаты избрали Гребенкина О. В., начальника отдела культуры, председателем комиссии."
    assert _lasts(text) == ["Гребенкин"]
