"""«Руководителем комиссии стал Пётр Соколов. Первым заместителем — Олег Рыбаков»: the gapped
half of a link-verb appointment may open a sentence of its own right after the one with the
verb and the first name; without such a sentence before it, nothing is read."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_gapped_post_opens_the_next_sentence() -> None:
    text = (
        "Руководителем комиссии по экологии стал Пётр Соколов. Первым заместителем — "
        "Олег Рыбаков, заместителями — Ирина Гусева и Юрий Карпов."
    )
    assert posts_of(text, "Рыбаков") == [("первый заместитель", "current")]
    assert posts_of(text, "Гусева") == [("заместитель", "current")]


def test_without_a_link_sentence_before_it_is_no_post() -> None:
    text = "Депутаты долго спорили с Петром Соколовым. Первым заместителем — Олег Рыбаков."
    assert posts_of(text, "Рыбаков") == []
