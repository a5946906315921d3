"""Whatever the text, extract never raises and every offset slices the input."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract
from tests.extraction.test_extraction_api import check_contract

RUSSIAN = st.text(
    alphabet=st.sampled_from(
        list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗИКЛМНОПРСТУФ.,—«»\n")
    ),
    max_size=300,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    check_contract(text, extract(text))


@settings(max_examples=60, deadline=None)
@given(RUSSIAN)
def test_russian_like_noise(text: str) -> None:
    check_contract(text, extract(text))


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,;:!?-—()[]«»%№\n\t")), max_size=300))
def test_only_digits_and_punctuation(text: str) -> None:
    result = extract(text)
    check_contract(text, result)
    assert result["people"] == []


def test_whitespace_only() -> None:
    for text in ["", " ", "\n\n", "\u00a0\u2028\t "]:
        check_contract(text, extract(text))


@pytest.mark.slow
def test_one_megabyte_text() -> None:
    rng = random.Random(7)
    sentences = [
        "Глава города Сергей Павлов встретился с жителями.",
        "В Воронежской области открыли 12 новых школ.",
        "Депутаты городской думы утвердили бюджет на 2025 год.",
        "«Мы продолжим работу», — сказала Анна Кузнецова, директор библиотеки.",
    ]
    parts, size = [], 0
    while size < 1_000_000:
        part = rng.choice(sentences) + rng.choice([" ", "\n\n"])
        parts.append(part)
        size += len(part)
    text = "".join(parts)
    result = extract(text)
    check_contract(text, result)
    assert any(p["last"] == "Павлов" for p in result["people"])


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cs", "Lu", "Ll", "Zs", "Po"]), max_size=200))
def test_lone_surrogates(text: str) -> None:
    """json.loads lets lone surrogates through; spaCy's string store cannot hold them."""
    check_contract(text, extract(text))


def test_surrogate_next_to_a_name() -> None:
    text = "Мэр Твери Иван \ud800 Петров, а также Иван Петров\udfff выступили."
    result = extract(text)
    check_contract(text, result)
    assert any(p["last"] == "Петров" for p in result["people"])


# Characters pymorphy3 cannot name (it raises ValueError on them): Tangut, Khitan, Nüshu,
# variation selectors, Linear B; glued to Russian words, numbers and units.
RARE = ["\U00017000", "\U00018b00", "\U0001b170", "\U000e0100", "\U00010000", "\U00016fe0"]
PIECES = ["12", "3,5", " ", "человек", "тысяч", "рублей", "Иван", "Петров", "Калужской",
          "области", "Твери", "мая", "2024", "года", "ов", "глава", ".", ",", "\n"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(RARE) | st.sampled_from(PIECES), max_size=40).map("".join))
def test_characters_pymorphy3_cannot_name(text: str) -> None:
    check_contract(text, extract(text))


def test_rare_characters_reach_every_fact_finder() -> None:
    from extraction import figures, morph, regions

    tangut = "\U00017000"
    assert morph.parses(tangut) == ()
    text = f"В Калужской{tangut} области{tangut} собрались 12 {tangut}человек и 3 {tangut}ов."
    figures.find_figures(text)
    regions.find_regions(text, [])
    check_contract(text, extract(text))
