"""Another year's count restated with a dash for the verb («в 2015 году насчитывалось 48
жителей, в 2004-м — 96») takes the noun and role of the count before it; a money sum restated
so is no people count."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_an_earlier_years_count_after_a_dash_is_read() -> None:
    people, _ = people_and_tallies(
        "Сейчас в посёлке 31 житель. В 2015 году здесь насчитывалось 48 жителей, в 2004-м — 96."
    )
    assert people == [(31, "residents"), (48, "residents"), (96, "residents")]


def test_a_year_ago_count_after_a_dash_is_read() -> None:
    people, _ = people_and_tallies("На слёт приехали 140 делегатов, год назад — 115.")
    assert people == [(140, "participants"), (115, "participants")]


def test_an_earlier_sum_after_a_dash_is_no_people_count() -> None:
    people, _ = people_and_tallies("На ремонт выделено 7 млн рублей, в 2022 году — 5.")
    assert people == []
