"""Properties of the rule extractors on any input: never raise, offsets slice the text, fast."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.dates import find_dates
from extraction.figure_roles import ROLES
from extraction.figures import find_figures
from extraction.regions import find_regions

SETTINGS = settings(max_examples=60, deadline=None)
# Text built from the characters that matter to these rules, so examples hit real paths.
RUSSIANISH = st.lists(
    st.sampled_from(
        list("0123456789 ,.-–:/%№()+\n")
        + ["человек", "тыс.", "млн", "рублей", "ноября", "года", "около", "Калуги", "области"]
        + ["Воронежской", "и", "вчера", "д.", "ул.", "Ленина", "ТОСов", "двести", "полторы"]
        + ["тысячи", "жителей", "г.", "в", "году", "участников", "Татарстан", "Республики"]
    ),
    max_size=80,
).map("".join)
ANY_TEXT = st.text(max_size=300)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)))


def check_spans(text: str, items: list[dict]) -> None:
    for item in items:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]


@SETTINGS
@given(st.one_of(ANY_TEXT, RUSSIANISH), PUBLISHED)
def test_dates_never_raise_and_slice(text: str, published: date | None) -> None:
    items = find_dates(text, published)
    check_spans(text, items)
    for item in items:
        date.fromisoformat(item["date"])


@SETTINGS
@given(st.one_of(ANY_TEXT, RUSSIANISH))
def test_figures_never_raise_and_slice(text: str) -> None:
    items = find_figures(text)
    check_spans(text, items)
    for f in items:
        assert isinstance(f["value"], int | float) and f["value"] >= 0
        assert isinstance(f["unit"], str) and f["unit"]
        assert f["role"] in (set(ROLES) if f["is_people"] else {None})


@SETTINGS
@given(st.one_of(ANY_TEXT, RUSSIANISH))
def test_regions_never_raise_and_slice(text: str) -> None:
    regions = find_regions(text)
    assert len({r["code"] for r in regions}) == len(regions)
    for r in regions:
        assert r["name"] and r["mentions"] == sorted(r["mentions"])
        for s, e in r["mentions"]:
            assert 0 <= s < e <= len(text)


def test_empty_and_punctuation_only() -> None:
    for text in ("", " ", "\n\n", "0123456789" * 3, ".,;:!?-–—()[]№%" * 5, "9" * 400 + " человек"):
        assert find_regions(text) == []
        assert find_figures(text) == []
        find_dates(text, date(2018, 11, 26))


def test_one_megabyte_page() -> None:
    """A megabyte of news-like text and one of digit noise go through whole, offsets intact.

    Timing lives in no assertion here; this test's own duration shows a slowdown.
    """
    news = (
        "23 ноября в Калуге прошёл съезд, в нём участвовали около 500 человек из Воронежской, "
        "Псковской областей и Пермского края. Бюджет программы — 1,5 млн рублей, в городе "
        "действуют 58 ТОСов. Справки по тел. 8 (4842) 22-33-44, ул. Ленина, д. 93. "
        "Депутаты обсудили отчёт администрации и план работы комиссий на следующий год. "
    )
    noise = "12 34.5 6,7 - 8:9 / 10% № 11 (12) +7 2018-11-26 26.11.2018 "
    for chunk in (news, noise):
        text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
        figures = find_figures(text)
        dates = find_dates(text, date(2018, 11, 26))
        regions = find_regions(text)
        check_spans(text, figures[:50] + figures[-50:])
        check_spans(text, dates[:50] + dates[-50:])
        for r in regions:
            assert all(0 <= s < e <= len(text) for s, e in r["mentions"])
    assert figures and dates
