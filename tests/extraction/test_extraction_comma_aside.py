"""A comma-bounded «вместо …» aside between a fronted post and its verb is stepped over:
«Председателем совета ветеранов, вместо ушедшего на пенсию Петра Гусева, члены совета
избрали Тамару Лыкову»; an aside of another kind («как и год назад») is not."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_instead_of_aside_before_the_voters() -> None:
    text = (
        "Председателем совета ветеранов, вместо ушедшего на пенсию Петра Гусева, члены совета "
        "избрали Тамару Лыкову."
    )
    assert [title for title, _ in posts_of(text, "Лыкова")] == ["председатель совета ветеранов"]


def test_instead_of_aside_before_a_participle() -> None:
    text = "Директором музея, вместо Петра Гусева, назначена Тамара Лыкова."
    assert ("директор музея", "current") in posts_of(text, "Лыкова")


def test_voters_with_their_body() -> None:
    text = "Заместителем председателя члены комиссии избрали Тамару Лыкову."
    assert [title for title, _ in posts_of(text, "Лыкова")] == ["заместитель председателя"]


def test_other_aside_is_not_stepped_over() -> None:
    text = "Председателем совета ветеранов, как и год назад, члены совета избрали Тамару Лыкову."
    assert "председатель совета ветеранов" not in [t for t, _ in posts_of(text, "Лыкова")]
