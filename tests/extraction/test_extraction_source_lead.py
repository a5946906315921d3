"""«По данным СМИ, экс-глава … станет …»: a sentence opening with a source lead and then a
bare post as its subject passes the person on to a later pronoun like one opening with the post."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of

START = (
    "Олег Пронин занял место мэра после того, как Ирина Котова подала в отставку. "
    "Осенью она получила мандат депутата. "
)
END = " Она руководила городом с 2012 года."


def test_a_source_lead_before_a_bare_post_passes_the_person_on() -> None:
    text = START + "По данным газеты, экс-глава Городца возглавит думу." + END
    assert ("глава города", "former") in posts_of(text, "Котова")


def test_another_source_lead() -> None:
    text = START + "Как стало известно, экс-глава Городца возглавит думу." + END
    assert ("глава города", "former") in posts_of(text, "Котова")


def test_a_sentence_with_no_post_subject_still_breaks_the_chain() -> None:
    text = START + "Газета пишет о переменах в думе." + END
    assert ("глава города", "former") not in posts_of(text, "Котова")


def test_a_lead_naming_someone_is_not_stepped_over() -> None:
    text = START + "По словам Петра Зотова, экс-глава Городца возглавит думу." + END
    assert ("глава города", "former") not in posts_of(text, "Котова")
