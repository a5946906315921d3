"""A headed body's kind adjective is part of its title («Постоянный комитет … возглавил» ->
«председатель постоянного комитета …»), and a gapped list repeats it in the title's case; a
body read as a place by the tagger («Контрольно-счётную палату района возглавила») keeps its
own head; «музей, руководит которым …» heads the museum; a bare post over another kind of
place («Глава … сельского поселения доложил») is not the district head named before."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_a_kind_adjective_stays_in_the_title_and_the_gap() -> None:
    text = (
        "Постоянный комитет по транспорту возглавил Руслан Гайнуллин (избран единогласно);\n"
        "Постоянный комитет по туризму — Лидия Шварц."
    )
    assert posts_of(text, "Гайнуллин") == [
        ("председатель постоянного комитета по транспорту", "current")
    ]
    assert posts_of(text, "Шварц") == [("председатель постоянного комитета по туризму", "current")]


def test_a_time_adjective_is_no_part_of_the_title() -> None:
    text = "Новый комитет по туризму возглавила Лидия Шварц."
    assert posts_of(text, "Шварц") == [("председатель комитета по туризму", "current")]


def test_a_body_read_as_a_place_keeps_its_head() -> None:
    text = "Контрольно-счётную палату района возглавила Лидия Шварц."
    assert posts_of(text, "Шварц") == [("председатель контрольно-счётной палаты", "current")]


def test_a_district_named_before_the_verb_is_still_headed() -> None:
    assert posts_of("Северный район возглавила Лидия Шварц.", "Шварц") == [("глава", "current")]


def test_a_relative_after_its_verb() -> None:
    text = "Гордость посёлка — краеведческий музей, руководит которым Лидия Шварц."
    assert posts_of(text, "Шварц") == [("директор музея", "current")]


def test_a_bare_post_over_another_kind_of_place_is_another_person() -> None:
    text = (
        "Глава района Руслан Гайнуллин провёл планёрку с главами поселений.\n"
        "Участники обсудили текущие вопросы.\n"
        "Глава Березовского сельского поселения доложил о ремонте дорог."
    )
    assert posts_of(text, "Гайнуллин") == [("глава района", "current")]
