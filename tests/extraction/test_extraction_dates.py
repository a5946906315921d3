"""Calendar dates: day-month forms, numeric forms, ranges, relative words and year inference."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from extraction.dates import find_dates

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed"
PUB = date(2018, 11, 26)


def found(text: str, published: date | None = PUB) -> list[tuple[str, str]]:
    return [(d["date"], d["text"]) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 ноября прошёл съезд", [("2018-11-23", "23 ноября")]),
        ("23 ноября 2017 года прошёл съезд", [("2017-11-23", "23 ноября 2017 года")]),
        ("26 Ноября 2018", [("2018-11-26", "26 Ноября 2018")]),
        ("решение от 26.11.2018 г.", [("2018-11-26", "26.11.2018 г.")]),
        ("дата: 2018-11-26", [("2018-11-26", "2018-11-26")]),
        ("опубликовано 26/11/2018", [("2018-11-26", "26/11/2018")]),
        ("с 1 по 3 декабря", [("2018-12-01", "1"), ("2018-12-03", "3 декабря")]),
        ("1–3 декабря 2019 г.", [("2019-12-01", "1"), ("2019-12-03", "3 декабря 2019 г.")]),
        ("5, 6 и 7 мая", [("2018-05-05", "5"), ("2018-05-06", "6"), ("2018-05-07", "7 мая")]),
        ("к 23-го ноября", [("2018-11-23", "23-го ноября")]),
        ("с 30 ноября по 2 декабря", [("2018-11-30", "30 ноября"), ("2018-12-02", "2 декабря")]),
        ("вчера", [("2018-11-25", "вчера")]),
        ("Сегодня", [("2018-11-26", "Сегодня")]),
        ("позавчера", [("2018-11-24", "позавчера")]),
        ("завтра", [("2018-11-27", "завтра")]),
        ("до 15 дек. подать заявки", [("2018-12-15", "15 дек.")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_year_missing_uses_publication_year_or_the_one_before() -> None:
    # Two months after publication is too far ahead: the article looks back.
    assert found("20 декабря", date(2019, 1, 10)) == [("2018-12-20", "20 декабря")]
    assert found("15 февраля", date(2019, 1, 10)) == [("2019-02-15", "15 февраля")]
    assert found("1 мая", date(2019, 1, 10)) == [("2018-05-01", "1 мая")]


def test_range_end_rolls_into_next_year() -> None:
    got = found("с 30 декабря по 9 января", date(2021, 12, 28))
    assert got == [("2021-12-30", "30 декабря"), ("2022-01-09", "9 января")]


def test_without_publication_date_yearless_take_a_dated_neighbours_year() -> None:
    # The yearless «23 ноября» takes its year from the dated «26.11.2018» beside it (it used
    # to be dropped: real pages without a publication date often give the year once).
    text = "Вчера, 23 ноября, и 26.11.2018 и 1 декабря 2018 года"
    assert found(text, None) == [
        ("2018-11-23", "23 ноября"),
        ("2018-11-26", "26.11.2018"),
        ("2018-12-01", "1 декабря 2018 года"),
    ]
    assert found("Вчера, 23 ноября, прошло заседание.", None) == []


def test_published_at_as_datetime_or_iso_string() -> None:
    assert found("вчера", datetime(2018, 11, 26, 15, 30)) == [("2018-11-25", "вчера")]
    assert found("вчера", "2018-11-26") == [("2018-11-25", "вчера")]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "в 2018 году",
        "с 2005 года",
        "в 10:00 и в 18.30",
        "тел. 22-33-44, 8 (4842) 56-00-00",
        "№ 131-ФЗ, решение № 45",
        "31 февраля 2018 года",
        "31.02.2018",
        "ул. 9 Мая, 5",
        "сегодняшний день, завтрашний",
        "версия 1.2.3, адрес 192.168.1.1",
        "1 500 человек",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_offsets_slice_text() -> None:
    text = "Вчера, 25.11.2018, обсудили планы на 1–3 декабря и 2018-12-10."
    for d in find_dates(text, PUB):
        assert text[d["start"] : d["end"]] == d["text"]


def test_seed_page() -> None:
    page = SEED / "000_935f10b1ebf22383.txt"
    if not page.exists():
        pytest.skip(f"shared seed page not found at {page}")
    text = page.read_text(encoding="utf-8")
    got = found(text, PUB)
    assert ("2018-11-23", "23 ноября") in got
    assert ("2018-11-26", "26 Ноября 2018") in got
    assert not any(d.startswith(("2005", "2009", "2024")) for d, _ in got)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a future event announced in December is next January's
        ("Публичные слушания состоятся 15 января.", date(2017, 12, 1), "2018-01-15"),
        ("Заседание думы пройдёт 20 января в малом зале.", date(2021, 12, 20), "2022-01-20"),
        ("Конкурс назначен на 12 февраля.", date(2019, 11, 28), "2020-02-12"),
        ("Приём заявок будет открыт до 10 января.", date(2022, 12, 27), "2023-01-10"),
        # a past one told in January is last December's
        ("Сессия прошла 24 декабря.", date(2020, 1, 9), "2019-12-24"),
        ("25 декабря депутаты утвердили бюджет.", date(2020, 1, 3), "2019-12-25"),
        # the tense does not move a date over half a year: the publication date is off
        ("Решение депутаты должны принять 7 июня.", date(2005, 7, 1), "2005-06-07"),
        ("Ярмарка пройдёт 2 октября.", date(2018, 6, 1), "2018-10-02"),
        # no verb: the publication year, or the year before when over two months ahead
        ("Итоги года: 20 декабря — отчёт главы.", date(2019, 1, 10), "2018-12-20"),
    ],
)
def test_year_from_tense_and_publication(text: str, published: date, expected: str) -> None:
    assert [d["date"] for d in find_dates(text, published)] == [expected]


def test_yearless_dates_take_the_year_of_a_dated_one_without_publication() -> None:
    text = "Отставку приняли 10 марта 2023 года. С 11 марта обязанности исполняет заместитель."
    assert found(text, None) == [("2023-03-10", "10 марта 2023 года"), ("2023-03-11", "11 марта")]
