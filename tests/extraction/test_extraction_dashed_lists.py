"""A list of offices set out one item a line after a colon, each line opened by a dash:
«Избраны заместителями председателей следующих комиссий:\n- по бюджету - Иванов;\n- по ЖКХ -
Петров.» Each name takes the post of the heading with its own line's complement."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of

TEXT = (
    "Избраны заместителями председателей следующих комиссий:\n"
    "- по бюджету и налогам - Кравцов Игорь Петрович;\n"
    "- по жилищно-коммунальному хозяйству - Лунёва Ольга Сергеевна;\n"
    "-по местному самоуправлению - Тарасенко Павел Ильич."
)


def test_each_line_of_a_dashed_list_holds_the_heading_post() -> None:
    assert posts_of(TEXT, "Кравцов") == [
        ("заместитель председателя комиссии по бюджету и налогам", "current")
    ]
    assert posts_of(TEXT, "Лунёва") == [
        ("заместитель председателя комиссии по жилищно-коммунальному хозяйству", "current")
    ]
    assert posts_of(TEXT, "Тарасенко") == [
        ("заместитель председателя комиссии по местному самоуправлению", "current")
    ]


def test_a_dashed_list_under_a_heading_of_no_post_gives_none() -> None:
    text = (
        "На встрече выступили следующие гости:\n"
        "- от ветеранов - Кравцов Игорь Петрович;\n"
        "- от молодёжи - Лунёва Ольга Сергеевна."
    )
    assert posts_of(text, "Лунёва") == []
