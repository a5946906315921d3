"""Server-rendered pages without a browser: markup, escaping, form errors, missing things."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from dumawatch.web.marking import marked_paragraphs, safe_snippet, spans
from search import open_index
from tests.app.test_api_corpus import BELOVA, corpus, make_doc


@pytest.fixture
def client(tmp_path):
    target = f"sqlite:///{tmp_path}/index.db"
    hostile = make_doc(
        99,
        "<script>alert('title')</script> Заседание",
        "Депутат <b>Иван Орлов</b> & <script>alert(1)</script> выступил.",
        "2019-05-01",
        people=(("orlov_ivan", "Орлов", "Иван", None, ("Иван Орлов",), []),),
    )
    with open_index(target) as index:
        index.upsert([*corpus(), hostile])
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as c:
        yield c, hostile


def test_search_page_lists_hits_facets_and_histogram(client) -> None:
    c, _ = client
    r = c.get("/", params={"q": "депутат", "person": BELOVA})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Найдено документов: <strong>2</strong>" in html
    assert 'class="active"' in html and "снять фильтр" in html
    assert html.count('class="bar"') == 5  # ноя 2018 … мар 2019, empty months included


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": "31.12.2018"}, "since"),
        ({"participants": "много"}, "participants_min"),
        ({"participants_min": "-5"}, "participants_min"),
        ({"peson": "Белова"}, "неизвестный параметр"),
        ({"q": "x" * 600}, "q"),
    ],
)
def test_search_form_errors_are_400_with_a_message(client, params, message) -> None:
    c, _ = client
    r = c.get("/", params=params)
    assert r.status_code == 400 and 'class="error"' in r.text and message in r.text


def test_empty_form_fields_are_ignored(client) -> None:
    c, _ = client
    r = c.get("/", params={"q": "", "since": "", "until": "", "participants": ""})
    assert r.status_code == 200 and "Найдено документов: <strong>7</strong>" in r.text


def test_document_page_escapes_text_and_marks_entities(client) -> None:
    c, hostile = client
    r = c.get(f"/documents/{hostile['id']}")
    assert r.status_code == 200
    assert "<script>" not in r.text.replace('<script src="/static/app.js"></script>', "")
    assert "&lt;script&gt;" in r.text
    assert (
        'class="ent ent-per"' in r.text and '<a href="/people/orlov_ivan">Иван Орлов</a>' in r.text
    )


def test_missing_document_and_person_pages_are_404_html(client) -> None:
    c, _ = client
    r = c.get("/documents/ffffffffffffffff")
    assert r.status_code == 404 and "Документ не найден" in r.text
    r = c.get("/people/nobody")
    assert r.status_code == 404 and "Персона не найдена" in r.text


def test_people_page_finds_a_name_in_any_case_form(client) -> None:
    c, _ = client
    r = c.get("/people", params={"q": "Беловой"})
    assert r.status_code == 200 and f'href="/people/{BELOVA}"' in r.text
    assert "/people/sokolov" not in r.text
    assert c.get("/people").text.count('<li><a href="/people/') == 4


def test_overlapping_spans_keep_the_first_and_longest() -> None:
    body = "Около 300 жителей Калужской области пришли 23 ноября."
    doc = {
        "body": body,
        "entities": [
            {"type": "LOC", "start": 18, "end": 35, "text": "Калужской области", "normal": ""},
        ],
        "dates": [{"date": "2018-11-23", "text": "23 ноября", "start": 43, "end": 52}],
        "figures": [
            {"value": 300, "role": "participants", "start": 0, "end": 17, "text": ""},
            {"value": 300, "role": None, "start": 6, "end": 9, "text": "300"},  # inside
            {"value": 23, "role": None, "start": 43, "end": 45, "text": "23"},  # inside date
        ],
    }
    kinds = [(s, e, k) for s, e, k, _, _ in spans(doc)]
    assert kinds == [(0, 17, "num"), (18, 35, "loc"), (43, 52, "date")]
    (para,) = marked_paragraphs(doc)
    assert para.count("<mark") == 3 and para.count("</mark>") == 3


def test_paragraphs_follow_blank_lines() -> None:
    doc = {"body": "Первый абзац.\n\nВторой абзац.\n\n\nТретий.", "entities": []}
    assert [str(p) for p in marked_paragraphs(doc)] == ["Первый абзац.", "Второй абзац.", "Третий."]


def test_snippet_keeps_only_mark_tags() -> None:
    out = str(safe_snippet("a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; <i>c</i>"))
    assert out == "a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &lt;i&gt;c&lt;/i&gt;"
