"""A post said without a name as the subject of a sentence («Глава города подписал …») is not
the person of the sentence before when that person is named again in the same sentence: the
post acts on them («… об увольнении Дмитрия Ершова»)."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_the_bare_subject_post_acts_on_the_person_named_after_it() -> None:
    text = (
        "Дмитрий Ершов уезжает из Ачинска. Глава города подписал распоряжение об "
        "увольнении Дмитрия Ершова."
    )
    assert posts_of(text, "Ершов") == []


def test_the_bare_subject_post_still_names_the_person_of_the_sentence_before() -> None:
    text = "Дмитрий Ершов приехал в Ачинск. Глава города подписал распоряжение о ремонте."
    assert posts_of(text, "Ершов") == [("глава города", "current")]
