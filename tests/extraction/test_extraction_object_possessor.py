"""«Председатель ТИК … вручил Олегу Сабурову удостоверение об избрании его главой округа»: the
possessive after a named object stands for the object, not the subject."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_the_object_gets_the_post() -> None:
    text = (
        "Председатель избиркома Семён Кулагин вручил Артёму Зиновьеву удостоверение об избрании "
        "его главой поселения."
    )
    assert ("глава поселения", "current") in posts_of(text, "Зиновьев")
    assert all(title != "глава поселения" for title, _ in posts_of(text, "Кулагин"))


def test_an_object_of_the_other_gender_leaves_the_subject() -> None:
    text = "Семён Кулагин поздравил Нину Зиновьеву с избранием его главой поселения."
    assert all(title != "глава поселения" for title, _ in posts_of(text, "Зиновьева"))


def test_a_subject_named_alone_keeps_the_possessive() -> None:
    text = "Депутат Нина Зиновьева сложила мандат в связи с её назначением заместителем мэра."
    assert ("заместитель мэра", "current") in posts_of(text, "Зиновьева")


def test_an_object_named_with_an_initial() -> None:
    text = (
        "Председатель ТИК Семён Кулагин огласил решение и вручил А.Зиновьеву удостоверение об "
        "избрании его главой поселения."
    )
    assert ("глава поселения", "current") in posts_of(text, "Зиновьев")
