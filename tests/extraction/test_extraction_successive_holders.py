"""Holders of one post told in turn («Комиссию возглавлял Гусев, затем Лыков»), an adverb
between the verb and the name («Главой района избран единогласно …»), and a negated election."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Управление культуры возглавляла Нина Фомичёва, затем Олеся Карпова.",
            ("начальник управления культуры", "former"),
        ),
        (
            "Главой поселения был Ильдар Хасанов, после него — Олеся Карпова.",
            ("глава поселения", "former"),
        ),
        (
            "Обязанности главы района исполнял сначала Ильдар Хасанов, а с 5 марта — "
            "Олеся Карпова.",
            ("глава района", "acting"),
        ),
    ],
)
def test_the_later_holder_takes_the_post(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Карпова") == [post]


def test_an_apposition_is_not_told_in_turn() -> None:
    text = "Глава поселения Ильдар Хасанов, затем Олеся Карпова выступили на сходе."
    assert posts_of(text, "Карпова") == []


def test_a_later_speaker_is_no_later_holder() -> None:
    text = "Отчёт главы поселения представил Ильдар Хасанов, затем выступила Олеся Карпова."
    assert posts_of(text, "Карпова") == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Главой поселения избран единогласно Ильдар Хасанов.", ("глава поселения", "current")),
        (
            "Комиссию по бюджету возглавил вновь Ильдар Хасанов.",
            ("председатель комиссии по бюджету", "current"),
        ),
    ],
)
def test_an_adverb_between_verb_and_name(text: str, post: tuple[str, str]) -> None:
    assert posts_of(text, "Хасанов") == [post]


def test_a_negated_election_is_no_post() -> None:
    assert posts_of("Главой поселения так и не избран Ильдар Хасанов.", "Хасанов") == []
