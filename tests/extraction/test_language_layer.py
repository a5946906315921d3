"""The Russian language base layer (``extraction.lang``): one analyzer, one month table, one
written-date grammar, and no spaCy for anyone who only needs them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from crawler import page_dates
from extraction import dates as extraction_dates
from extraction import morph as extraction_morph
from extraction.lang import calendar, months
from extraction.lang import morph as lang_morph
from search import lemmas as search_lemmas


def _loads_spacy(statement: str) -> bool:
    """Whether running ``statement`` in a fresh interpreter imports spaCy or thinc."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{statement}; import sys; print('spacy' in sys.modules or 'thinc' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip() == "True"


@pytest.mark.parametrize(
    "statement",
    [
        "import dumawatch.api.app",
        "import monitor.watchlists, monitor.alerts, monitor.scheduler",
        "import search, search.sqlite, search.filters",
        "import extraction.lang.names, extraction.lang.calendar",
        "from extraction import Extractor, extract, EXTRACTION_VERSION",
    ],
)
def test_importing_never_loads_spacy(statement: str) -> None:
    assert not _loads_spacy(statement)


def test_extracting_does_load_spacy() -> None:
    """The check above can fail: building the pipeline imports spaCy."""
    assert _loads_spacy("from extraction import extract; extract('Мэр Иван Петров.')")


def test_one_analyzer_for_extraction_and_search() -> None:
    assert extraction_morph.analyzer() is lang_morph.analyzer()
    assert search_lemmas.parses is lang_morph.parses
    assert search_lemmas.fold("Ёлкин") == lang_morph.fold("Ёлкин") == "елкин"


@pytest.mark.parametrize(
    ("word", "number"),
    [("января", 1), ("Февраль", 2), ("марта", 3), ("мая", 5), ("май", 5), ("сент.", 9),
     ("нояб.", 11), ("ДЕКАБРЯ", 12), ("марте", 3), ("августом", 8), ("мае", 5), ("январю", 1),
     ("ноя", 0), ("мало", 0), ("маяк", 0), ("маем", 5), ("мартовский", 0)],
)  # fmt: skip
def test_month_numbers(word: str, number: int) -> None:
    assert months.month_number(word) == number
    assert extraction_dates.month_number(word) == number


def test_month_table_is_whole() -> None:
    assert len(months.NOMINATIVE) == len(months.GENITIVE) == len(months.SHORT) == 12
    assert [months.number(m) for m in months.GENITIVE] == list(range(1, 13))
    assert months.SHORT[4] == "май"


def test_one_grammar_for_the_crawler_and_extraction() -> None:
    text = (
        "Заседание прошло 26 ноября 2018 года, протокол подписан 27.11.2018, "
        "опубликован 2018-11-28; следующее — 5 дек 2018."
    )
    crawled = [(d, text[s:e]) for d, s, e in page_dates.find_dates(text, today=date(2019, 1, 1))]
    extracted = [(date.fromisoformat(d["date"]), d["text"]) for d in
                 extraction_dates.find_dates(text, None)]  # fmt: skip
    assert (
        crawled
        == extracted
        == [
            (date(2018, 11, 26), "26 ноября 2018 года"),
            (date(2018, 11, 27), "27.11.2018"),
            (date(2018, 11, 28), "2018-11-28"),
            (date(2018, 12, 5), "5 дек 2018"),
        ]
    )


def test_the_crawler_keeps_to_publication_dates() -> None:
    """Yearless, two-digit-year, too old and future dates are extraction's, not a page's."""
    text = "15 января; 26.11.18; 3 марта 1990 года; 1 июня 2031 года; 2 июня 2019 года"
    found = [d for d, _, _ in page_dates.find_dates(text, today=date(2024, 1, 1))]
    assert found == [date(2019, 6, 2)]
    grammar = {(w.year, w.month, w.day) for w in calendar.written_dates(text)}
    assert {(None, 1, 15), (2018, 11, 26), (1990, 3, 3), (2031, 6, 1)} <= grammar


def test_a_list_of_days_shares_its_month_and_year() -> None:
    found = list(calendar.written_dates("с 1 по 3 декабря 2018 года"))
    assert [(w.day, w.month, w.year) for w in found] == [(1, 12, 2018), (3, 12, 2018)]
    assert found[0].phrase == found[1].phrase


def test_a_town_adjective_gives_its_town() -> None:
    from extraction.lang.towns import town_of

    made = {
        "калужский": "калуга",  # ж ← г
        "тульский": "тула",
        "пермский": "пермь",
        "тверской": "тверь",
        "братский": "братск",  # the stem with «-ск»
        "курский": "курск",  # not the river Кура
        "донецкий": "донецк",
        "березниковский": "березники",
        "кировский": "киров",  # the big city, not Кировск or Кирово
        "самарский": "самара",
        "уфимский": "уфа",  # «-им-» inserted
        "сочинский": "сочи",
        "пензенский": "пенза",
        "вологодский": "вологда",  # a fleeting vowel
        "орловский": "орёл",
        "череповецкий": "череповец",
        "омский": "омск",  # a two-letter stem
        "нижегородский": "нижний новгород",  # two words fused
    }
    assert {adjective: town_of(adjective) for adjective in made} == made
    for word in (
        "городской",
        "российский",
        "политический",
        "областной",
        "депутатский",
        "президентский",
        "административный",
        "морской",
        "детский",
        "английский",
    ):
        assert town_of(word) is None, word
