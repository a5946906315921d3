"""«На пост главы района губернатор Олег Зуев рекомендовал Ивана Лапина»: after the post a
«пост / должность» noun governs comes the clause's subject with a post of its own in the
nominative; the phrase does not run on into it, and the subject does not hold the post he
recommends for. Two posts joined by «и» after the post noun, or a passive verb after it, keep
the old reading."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_subject_after_the_post_keeps_only_its_own_post() -> None:
    text = "На пост главы района губернатор Олег Зуев рекомендовал Ивана Лапина."
    assert posts_of(text, "Зуев") == [("губернатор", "current")]


def test_chair_recommending_for_a_committee() -> None:
    text = (
        "На должность председателя комитета по культуре руководитель фракции Сергей Рябов "
        "предложил Ивана Лапина."
    )
    assert posts_of(text, "Рябов") == [("руководитель фракции", "current")]


def test_passive_appointment_keeps_the_post() -> None:
    assert posts_of("На пост главы района назначен Иван Лапин.", "Лапин") == [
        ("глава района", "current")
    ]
