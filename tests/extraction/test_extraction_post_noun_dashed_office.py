"""«назначен на должность заместителя мэра – руководителя аппарата»: after a post noun, a
dash and a second post head in the genitive continue the office under a second name."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_the_second_name_of_the_office_is_a_post_too() -> None:
    text = (
        "Тимофей Рябцев назначен на должность заместителя главы округа – руководителя "
        "аппарата администрации."
    )
    assert posts_of(text, "Рябцев") == [
        ("заместитель главы округа", "current"),
        ("руководитель аппарата администрации", "current"),
    ]


def test_a_left_office_is_left_under_both_names() -> None:
    text = "Тимофей Рябцев оставил должность заместителя главы округа – руководителя аппарата."
    assert {s for _, s in posts_of(text, "Рябцев")} == {"former"}


def test_a_clause_after_the_dash_is_no_post() -> None:
    text = (
        "Тимофей Рябцев назначен на должность заместителя главы округа – такое решение принял мэр."
    )
    assert posts_of(text, "Рябцев") == [("заместитель главы округа", "current")]
