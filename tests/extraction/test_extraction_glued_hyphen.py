"""A hyphen glued to a capitalised word and followed by a space is read as a dash:
«председателем стал Роман Кулагин- молодой инженер завода» keeps the surname clean and the
post after it; a suspended compound hyphen («Верхне- и Нижнеудинский») stays a hyphen, and
offsets still slice the caller's text."""

from __future__ import annotations

from extraction import extract
from extraction.clean_text import clean
from extraction.glued_hyphen import glued_hyphens
from tests.extraction.post_reading import posts_of


def test_surname_with_a_glued_hyphen_keeps_its_posts() -> None:
    text = "Председателем совета молодёжи стал Роман Кулагин- молодой инженер механического завода."
    people = extract(text, "2024-05-14")["people"]
    assert [p["last"] for p in people] == ["Кулагин"]
    titles = [title for title, _ in posts_of(text, "Кулагин")]
    assert "председатель совета молодёжи" in titles
    assert "инженер механического завода" in titles


def test_glued_hyphen_before_a_former_post() -> None:
    text = (
        "Директором лицея назначена Ирина Зотова- бывший заместитель начальника "
        "управления образования."
    )
    assert ("заместитель начальника управления образования", "former") in posts_of(text, "Зотова")


def test_suspended_compound_hyphen_stays() -> None:
    text = "Обсудили ремонт Верхне- и Нижнеудинского мостов, сказала Ирина Зотова."
    assert glued_hyphens(text) == []
    assert clean(text) == (text, None)


def test_lower_case_word_before_the_hyphen_is_not_read() -> None:
    assert glued_hyphens("построили двух- трёхэтажные дома") == []


def test_offsets_after_an_inserted_dash() -> None:
    text = "Роман Кулагин- инженер завода 12 мая провёл встречу."
    cleaned, positions = clean(text)
    assert "Кулагин — инженер" in cleaned and positions is not None
    for date in extract(text, "2024-05-14")["dates"]:
        assert text[date["start"] : date["end"]] == date["text"]
