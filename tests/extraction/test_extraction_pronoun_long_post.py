"""«Избран председатель оргкомитета, им стал первый заместитель главы Тверской городской
администрации Олег Рябов»: the name after «им стал» may follow a post phrase of its own of up
to nine words; a sentence end before the name still ends the search."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_name_after_a_long_own_post() -> None:
    text = (
        "Был избран председатель оргкомитета, им стал первый заместитель главы Тверской "
        "городской администрации Олег Рябов."
    )
    titles = [title for title, _ in posts_of(text, "Рябов")]
    assert "председатель оргкомитета" in titles
    assert any(t.startswith("первый заместитель главы") for t in titles)


def test_a_sentence_end_before_the_name_stops_it() -> None:
    text = (
        "Был избран председатель оргкомитета, им стал опытный специалист. Первый заместитель "
        "главы городской администрации Олег Рябов поздравил коллег."
    )
    titles = [title for title, _ in posts_of(text, "Рябов")]
    assert "председатель оргкомитета" not in titles
