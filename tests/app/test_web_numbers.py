"""Numbers in the web UI are written the Russian way."""

from __future__ import annotations

import pytest

from dumawatch.web.numbers import THIN, figure_label, grouped, ru_number


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ({"value": 3_900_000_000, "unit": "рубль"}, "3,9 млрд ₽"),
        ({"value": 12_500_000, "unit": "рубль"}, "12,5 млн ₽"),
        ({"value": 98.6, "unit": "%"}, "98,6 %"),
        ({"value": 300, "unit": "человек", "approx": "около"}, "около 300 человек"),
        ({"value": 1200, "unit": "человек", "approx": "более"}, f"более 1{THIN}200 человек"),
        ({"value": 2.75, "unit": "евро"}, "2,75 €"),
        ({"value": 5, "unit": None}, "5"),
        ({"value": 2_000_000, "unit": "доллар"}, "2 млн $"),
    ],
)
def test_figures(figure, shown) -> None:
    assert figure_label(figure) == shown


def test_counts_and_plain_numbers() -> None:
    assert grouped(12480) == f"12{THIN}480"
    assert grouped(3) == "3"
    assert ru_number(45000) == f"45{THIN}000"
    assert ru_number(None) == ""


def test_the_document_page_shows_them(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from dumawatch.api import create_app
    from search import open_index
    from tests.app.test_api_corpus import corpus

    docs = corpus()
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(docs)
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        page = client.get(f"/documents/{docs[0]['id']}")
    assert page.status_code == 200
    assert "12,5 млн" in page.text and "12500000" not in page.text
