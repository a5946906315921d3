"""Regions: every federal subject and district, any case form, coordination, cities."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest

from extraction.regions import find_regions

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed"
DATA = Path(__file__).resolve().parents[2] / "extraction" / "data" / "regions.json"


def codes(text: str, locs: list[tuple[int, int]] | None = None) -> dict[str, list[str]]:
    return {r["code"]: [text[s:e] for s, e in r["mentions"]] for r in find_regions(text, locs)}


def test_table_covers_every_subject_pycountry_knows() -> None:
    table = json.loads(DATA.read_text(encoding="utf-8"))["regions"]
    iso = {s.code for s in pycountry.subdivisions.get(country_code="RU")}
    assert iso <= set(table)
    assert {"RU-CR", "RU-SEV"} <= set(table)
    assert sum(c.startswith("RU-") for c in table) == 85
    assert sum(c.startswith("FD-") for c in table) == 8


def test_coordinated_adjectives_share_the_noun() -> None:
    text = "доклады о работе в Воронежской, Псковской, Калужской областях и Пермском крае"
    assert codes(text) == {
        "RU-VOR": ["Воронежской"],
        "RU-PSK": ["Псковской"],
        "RU-KLU": ["Калужской областях"],
        "RU-PER": ["Пермском крае"],
    }
    assert codes("Калужской и Тульской областей") == {
        "RU-KLU": ["Калужской"],
        "RU-TUL": ["Тульской областей"],
    }


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("в Воронежской области", "RU-VOR", "Воронежской области"),
        ("губернатор Калужской области", "RU-KLU", "Калужской области"),
        ("Республики Татарстан", "RU-TA", "Республики Татарстан"),
        ("в Татарстане", "RU-TA", "Татарстане"),
        ("Чувашской Республикой", "RU-CU", "Чувашской Республикой"),
        ("в Ханты-Мансийском автономном округе", "RU-KHM", "Ханты-Мансийском автономном округе"),
        ("Еврейской автономной области", "RU-YEV", "Еврейской автономной области"),
        ("в Москве", "RU-MOW", "Москве"),
        ("Санкт-Петербурга", "RU-SPE", "Санкт-Петербурга"),
        ("в Крыму", "RU-CR", "Крыму"),
        ("в Севастополе", "RU-SEV", "Севастополе"),
        ("муниципалитеты ЦФО", "FD-CFD", "ЦФО"),
        ("Приволжского федерального округа", "FD-VFD", "Приволжского федерального округа"),
        ("в Подмосковье", "RU-MOS", "Подмосковье"),
        ("на Кубани", "RU-KDA", "Кубани"),
        ("в Прикамье", "RU-PER", "Прикамье"),
        ("Глава Калуги", "RU-KLU", "Калуги"),
        ("в Нижнем Новгороде", "RU-NIZ", "Нижнем Новгороде"),
        ("из Ростова-на-Дону", "RU-ROS", "Ростова-на-Дону"),
        ("в Казани", "RU-TA", "Казани"),
        ("делегация из Перми", "RU-PER", "Перми"),
    ],
)
def test_single_mentions(text: str, code: str, mention: str) -> None:
    assert codes(text) == {code: [mention]}


def test_canonical_names_and_order() -> None:
    regions = find_regions("Из Тулы — в Республику Башкортостан, затем в Пермский край.")
    assert [(r["code"], r["name"]) for r in regions] == [
        ("RU-TUL", "Тульская область"),
        ("RU-BA", "Республика Башкортостан"),
        ("RU-PER", "Пермский край"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Московский район и калужские ТОСы",  # adjectives without a region noun
        "центральный офис, пермские предприятия",
        "Владимир Иванов поздравил коллег",  # a first name, not the city
        "орёл и сокол",
        "область применения, край стола, республика",
    ],
)
def test_not_regions(text: str) -> None:
    assert find_regions(text) == []


def test_ambiguous_city_needs_a_loc_span() -> None:
    text = "Делегация побывала во Владимире."
    assert find_regions(text) == []
    at = text.index("Владимире")
    assert codes(text, [(at, at + len("Владимире"))]) == {"RU-VLA": ["Владимире"]}


def test_mentions_are_sorted_and_slice_text() -> None:
    text = "Калуга. В Калужской области и в Калуге"
    (region,) = find_regions(text)
    assert region["mentions"] == sorted(region["mentions"])
    assert [text[s:e] for s, e in region["mentions"]] == ["Калуга", "Калужской области", "Калуге"]


def test_seed_page() -> None:
    page = SEED / "000_935f10b1ebf22383.txt"
    if not page.exists():
        pytest.skip(f"shared seed page not found at {page}")
    found = codes(page.read_text(encoding="utf-8"))
    assert {"RU-VOR", "RU-PSK", "RU-KLU", "RU-PER"} <= set(found)
    assert "Калуги" in found["RU-KLU"]
    assert "Калужской областях" in found["RU-KLU"]


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("Депутаты ивановской области приняли бюджет.", "RU-IVA", "ивановской области"),
        ("Снег выпал в пермском крае.", "RU-PER", "пермском крае"),
        ("Сессия калужской областной думы прошла в среду.", "RU-KLU", "калужской областной"),
        ("Мост открыли в еврейской автономной области.", "RU-YEV", "еврейской автономной области"),
    ],
)
def test_region_adjective_in_lower_case_before_its_noun(text: str, code: str, mention: str) -> None:
    found = find_regions(text)
    assert [r["code"] for r in found] == [code]
    start, end = found[0]["mentions"][0]
    assert text[start:end] == mention


@pytest.mark.parametrize(
    "text",
    ["На севере области и в центральной части края прошли дожди.", "Московский поезд прибыл."],
)
def test_lower_case_words_without_a_region_adjective(text: str) -> None:
    assert find_regions(text) == []
