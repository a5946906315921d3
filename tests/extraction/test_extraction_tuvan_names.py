"""Tuvan surnames in «-оол» declined like a man's noun: the ending gives the case of the name."""

import pytest

from extraction import extract
from extraction.tuvan_names import declined_ool


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(p["first"], p["last"]) for p in extract(text, "2024-03-01")["people"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Сессия созвана распоряжением главы Сайына Монгуш-оола, сообщила пресс-служба.",
            ("Сайын", "Монгуш-оол"),
        ),
        ("Благодарность вручили старшему сержанту Эресу Донгак-оолу.", ("Эрес", "Донгак-оол")),
        ("Депутаты встретились с Олегом Сат-оолом в здании хурала.", ("Олег", "Сат-оол")),
    ],
)
def test_declined_ool_surname_gives_his_nominative(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the nominative is left as it is
        ("Глава республики Сайын Монгуш-оол провёл совещание.", ("Сайын", "Монгуш-Оол")),
        # an ordinary double surname still declines in both parts
        ("Грамоту вручили Ирине Соколовой-Лебедевой.", ("Ирина", "Соколова-Лебедева")),
    ],
)
def test_near_misses_keep_their_reading(text, expected):
    assert expected in names(text)


def test_declined_ool_only_matches_a_declined_ool():
    assert declined_ool("Кара-оолу") == ("Кара-оол", "datv")
    assert declined_ool("Кара-оол") is None
    assert declined_ool("Соколова-Лебедева") is None
    assert declined_ool("Кара-оолова") is None
