"""A count after a labelled district and a spaced dash («избирательный округ № 3 – 57
избирателей») is read even though «округ» has a rare plural reading («округа»): the likeliest
reading of the noun before the label decides; after a plural noun the labels still make a
range («в округах № 2 — 6»)."""

from __future__ import annotations

from tests.extraction.figure_reading import people_and_tallies


def test_a_count_after_a_singular_district_label_is_read() -> None:
    people, _ = people_and_tallies(
        "К полудню явка составила: избирательный округ № 3 – 57 избирателей, округ № 9 – "
        "114 избирателей."
    )
    assert people == [(57, "voters"), (114, "voters")]


def test_a_count_after_a_labelled_polling_station_is_read() -> None:
    people, _ = people_and_tallies("На избирательный участок № 214 – 389 человек.")
    assert [value for value, _ in people] == [389]


def test_labels_after_a_plural_noun_still_make_a_range() -> None:
    people, _ = people_and_tallies("Довыборы пройдут в округах № 2 — 6 кандидатов пока нет.")
    assert people == []
