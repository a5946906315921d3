"""Dates by the annotation guideline's rules, on sentences written for them: the year a tense
implies across New Year, recurring days, lists and ranges of days, numeric forms."""

from __future__ import annotations

from datetime import date

import pytest

from extraction.dates import find_dates


def dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(d["text"], d["date"]) for d in find_dates(text, date.fromisoformat(published))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # future and planning present in December point to January of the next year
        ("Публичные слушания состоятся 15 января.", "2017-12-01", [("15 января", "2018-01-15")]),
        ("Документы принимаются до 1 февраля.", "2018-12-25", [("1 февраля", "2019-02-01")]),
        ("Решение вступает в силу 1 января.", "2018-12-20", [("1 января", "2019-01-01")]),
        ("Старт - 10 января.", "2018-12-28", [("10 января", "2019-01-10")]),
        # past in January points to December of the year before
        ("Заседание прошло 20 декабря.", "2019-01-10", [("20 декабря", "2018-12-20")]),
        # recurring days keep the publication year
        (
            "Ежегодно 12 декабря отмечается День Конституции.",
            "2019-12-20",
            [("12 декабря", "2019-12-12")],
        ),
        # the present of the day itself keeps it
        ("Сессия проходит 25 марта.", "2019-03-26", [("25 марта", "2019-03-25")]),
        # both days of a list or a range
        (
            "Приём граждан пройдёт 12 и 26 апреля.",
            "2019-03-01",
            [("12", "2019-04-12"), ("26 апреля", "2019-04-26")],
        ),
        (
            "В ночь с 18 на 19 января прошли купания.",
            "2020-01-20",
            [("18", "2020-01-18"), ("19 января", "2020-01-19")],
        ),
        (
            "Приём заявок с 20.04 по 20.05.",
            "2019-04-01",
            [("20.04", "2019-04-20"), ("20.05", "2019-05-20")],
        ),
        ("Решение от 03.09.15 отменено.", "2015-10-01", [("03.09.15", "2015-09-03")]),
        # times are not dates
        ("Приём ведётся с 9.05 до 10.30.", "2019-04-01", []),
    ],
)
def test_guideline_dates(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected
