"""Numbers with their noun left out in shapes the older rules skipped: a word numeral after a
digit tally («против – 4, один не голосовал»), the whole after «из» followed by a participle
(«из 175 тысяч включённых в списки»), a number with only an adjective after it («316
устных»), and a body sized with «из» («отряд из 24 человек»). Each with look-alikes."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def read(text: str) -> list[tuple[float, str | None]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(round(f["value"], 3), f["role"]) for f in figures]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("За решение проголосовали 11 депутатов, против – 3, один не голосовал.", (1, "other")),
        ("«За» – 14, «против» – 2, двое не голосовали.", (2, "other")),
        ("Поддержали проект 9 депутатов, против – 5, один воздержался.", (1, "abstained")),
    ],
)
def test_a_word_numeral_after_a_digit_tally_is_counted(text: str, last: tuple) -> None:
    assert read(text)[-1] == last


def test_a_list_of_digits_and_words_is_still_no_count() -> None:
    assert read("Рассмотрены пункты 3, 4 и пять повестки.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Проголосовали 38 тысяч избирателей из 142 тысяч включённых в списки.",
            [(38000, "voters"), (142000, "other")],
        ),
        (
            "На сессию пришли 18 депутатов из 25 избранных в сентябре.",
            [(18, "attendees"), (25, "members")],
        ),
    ],
)
def test_the_whole_after_from_is_counted_whatever_follows(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рассмотрено 40 обращений из 52 поступивших.", [(40, None), (52, None)]),
        (
            "С повестки сессии сняли 3 вопроса из 14 заявленных фракциями.",
            [(3, None), (14, None)],
        ),
        (
            "К осени подрядчик отремонтировал 12 дворов из 20 запланированных на этот год.",
            [(12, None), (20, None)],
        ),
        ("Жители собрали 300 рублей из 1000 нужных на краску.", [(300, None), (1000, None)]),
    ],
)
def test_a_whole_after_from_with_a_count_of_things_before_is_a_figure(
    text: str, expected: list
) -> None:
    """duma-dev's README "Figures": every number that counts something is a figure, and an
    elliptical whole («(29 из 31)», «из 45 35 депутатов») takes its unit from context; so the
    whole after a count of appeals, items or yards is a figure with that count's unit, not only
    after a count of people."""
    figures = find_figures(text)
    assert [(f["value"], f["role"]) for f in figures] == expected
    assert figures[1]["unit"] == figures[0]["unit"]
    assert not figures[1]["is_people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Один из пяти районов остался без денег на ремонт дорог.", [(5, None)]),
        ("Одна из 12 школ района закрыта на карантин.", [(12, None)]),
        ("Проверка прошла в одной из 7 поликлиник города.", [(7, None)]),
    ],
)
def test_one_of_a_counted_whole_keeps_its_reading(text: str, expected: list) -> None:
    assert read(text) == expected


def test_a_scaled_sum_leaves_its_unscaled_whole_out() -> None:
    """«из 12 запрошенных» after «5 млн рублей» means 12 million, a scale the text leaves out."""
    assert read("Району выделили 5 млн рублей из 12 запрошенных.") == [(5000000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За полугодие поступило 1 140 письменных обращений и 285 устных.",
            [(1140, None), (285, None)],
        ),
        ("В районе 14 муниципальных школ и 2 частных.", [(14, None), (2, None)]),
        (
            "На приём пришли 30 городских жителей, а также 12 сельских.",
            [(30, "participants"), (12, "participants")],
        ),
    ],
)
def test_a_number_with_only_an_adjective_counts_the_noun_before(text: str, expected: list) -> None:
    assert read(text) == expected


def test_hours_still_are_no_count_and_private_is_no_hour() -> None:
    assert read("Заседание длилось 3 часа.") == []
    assert read("В районе 3 частных детских сада.") == [(3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Студенческий отряд из 24 человек помог восстановить ограду храма.",
        "Делегация из 24 человек посетила город-побратим.",
    ],
)
def test_a_group_sized_with_from_counts_its_members(text: str) -> None:
    assert read(text) == [(24, "members")]


@pytest.mark.parametrize(
    "text",
    [
        "С повестки сессии сняли 3 вопроса из 14 заявленных фракциями.",
        "Комиссия одобрила 6 проектов из 9 предложенных жителями.",
    ],
)
def test_the_agent_of_a_participle_is_not_the_counted_noun(text: str) -> None:
    """«из 14 заявленных фракциями»: the instrumental noun says who put the items forward; the
    whole still counts the items of the count before."""
    first, whole = find_figures(text)
    assert whole["unit"] == first["unit"] and not whole["is_people"]
