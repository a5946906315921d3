"""A number that opens a site's name («сообщает 59.RU», «по данным портала 74.ru») is no
figure, even after a count whose noun an elliptical number could take."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_a_site_name_is_no_count() -> None:
    people, tallies = people_and_tallies(
        "Кандидатуру поддержали 17 из 21 депутата, сообщает 59.RU."
    )
    assert people == [(17, "votes_for"), (21, "attendees")]
    assert tallies == [(17, None, None)]


def test_a_site_name_in_lower_case_is_no_count() -> None:
    people, _ = people_and_tallies("По данным портала 74.ru, на митинг пришли 300 человек.")
    assert people == [(300, "participants")]


def test_a_number_before_a_sentence_end_stays_a_count() -> None:
    people, _ = people_and_tallies("Из 21 депутата на заседание пришли 17. Ru-ководство …")
    assert [value for value, _ in people] == [21, 17]
