"""Snippets mark the query's matches and nothing else: an article whose text literally says
``</mark><mark>``, ``<b>`` or ``&amp;`` shows those characters, on both backends, in the web
page and in the JSON API (where text stays escaped and only matches are in ``<mark>``), and
after a real crawl of a page that has them escaped once in its source."""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from dumawatch.api import create_app
from dumawatch.web.marking import safe_snippet
from search import open_index
from search.lemmas import lemma, words
from search.snippets import Snippet, from_html, snippet, to_html
from tests.app.test_api_corpus import make_doc

BODY = (
    "Депутаты обсудили бюджет района. В электронной версии решения по ошибке остались "
    "служебные пометки </mark><mark> и разметка <b>важно</b>, а также «Т&amp;К» вместо "
    "названия подрядчика.\n\nБюджет принят большинством голосов."
)
ARTICLE = make_doc(
    501,
    "Бюджет района и служебные </mark> пометки",
    BODY,
    "2021-03-25",
    source="duma-pogranichny",
)
SNIPPET_HTML = re.compile(r'<p class="snippet">(.*?)</p>', re.S)


def _sqlite(request, tmp_path) -> tuple[str, dict]:
    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert([ARTICLE])
    return target, {}


def _elastic(request, tmp_path) -> tuple[str, dict]:
    from tests.es_server import elastic_backend, server_url

    name = f"marks-{uuid.uuid4().hex[:8]}"
    backend = elastic_backend(request, name)
    backend.upsert([ARTICLE])
    backend.refresh()
    backend.close()
    return server_url(), {"index": name, "spool_dir": tmp_path / "spool"}


@pytest.fixture(params=["sqlite", "elasticsearch"])
def client(request, tmp_path):
    target, options = (_sqlite if request.param == "sqlite" else _elastic)(request, tmp_path)
    app = create_app(target, str(tmp_path / "state.db"), index_options=options)
    with TestClient(app) as c:
        yield c


def test_the_web_page_marks_only_the_matches(client) -> None:
    r = client.get("/", params={"q": "бюджет"})
    assert r.status_code == 200
    (shown,) = SNIPPET_HTML.findall(r.text)
    assert re.findall(r"<mark>(.*?)</mark>", shown) == ["бюджет", "Бюджет"]
    assert re.sub(r"</?mark>", "", shown).count("<") == 0  # no other tag, none injected
    assert "пометки &lt;/mark&gt;&lt;mark&gt; и разметка &lt;b&gt;важно&lt;/b&gt;" in shown
    assert "«Т&amp;amp;К»" in shown  # the text's own "&amp;", escaped once more


def test_the_api_snippet_is_escaped_text_with_matches_marked(client) -> None:
    (hit,) = client.get("/api/search", params={"q": "бюджет"}).json()["hits"]
    text = hit["snippet"]
    assert text.count("<mark>") == 2 and text.count("</mark>") == 2
    assert "&lt;/mark&gt;&lt;mark&gt;" in text and "&lt;b&gt;важно&lt;/b&gt;" in text
    marked = [t for t, is_match in from_html(text) if is_match]
    assert marked == ["бюджет", "Бюджет"]
    plain = "".join(t for t, _ in from_html(text))
    assert "пометки </mark><mark> и разметка <b>важно</b>, а также «Т&amp;К»" in plain


def test_a_snippet_keeps_its_pieces_through_copies() -> None:
    import copy
    import pickle

    made = snippet(BODY, {lemma("бюджет")})
    for again in (copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert isinstance(again, Snippet) and again == made and again.pieces == made.pieces
    assert str(safe_snippet(made)) == str(made)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"аб вг<>&;/\"'\n", "mark", "</mark>", "<mark>", "&lt;", "&amp;"]),
        max_size=40,
    ).map("".join),
    st.integers(0, 5),
)
def test_pieces_survive_the_html_round_trip(text: str, pick: int) -> None:
    lemmas = {lemma(m.group()) for m in list(words(text))[:pick]}
    made = snippet(text, lemmas)
    assert from_html(str(made)) == list(made.pieces)  # as the API's clients read it back
    assert str(made) == to_html(made.pieces)
    assert all(lemma(t) in lemmas for t, is_match in made.pieces if is_match)
    assert str(safe_snippet(str(made))) == str(made)


@pytest.mark.slow
def test_a_crawled_article_that_says_mark_shows_it(tmp_path) -> None:
    """The same through a real crawl: the page's source escapes the tags once (``&lt;b&gt;``),
    the index holds them as text, the web page escapes them again."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    from tests.crawler.test_crawler_hostile import run_crawl
    from tests.sites import hostile

    story = hostile.Story(
        "/novosti/2021/04/byudzhet-pometki.html",
        "02.04.2021",
        "Бюджет района: поправки <b>приняты</b>",
        (
            "Депутаты Совета рассмотрели поправки к бюджету района. В опубликованном проекте "
            "решения остались служебные пометки </mark><mark> и разметка <b>важно</b>, их "
            "уберут из окончательного текста.",
            "За поправки к бюджету проголосовали 15 депутатов, против двое.",
        ),
    )
    pages = {
        "/novosti/": hostile.listing([story, *hostile.GOOD], "Новости"),
        **{s.path: hostile.story_page(s) for s in (story, *hostile.GOOD)},
    }

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            body = pages.get(self.path.split("?")[0])
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    Thread(target=httpd.serve_forever, daemon=True).start()
    target = f"sqlite:///{tmp_path / 'crawled.db'}"
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        off = {"SITEMAPS_ENABLED": False, "FEEDS_ENABLED": False}
        assert run_crawl(base + "/novosti/", target, off)["articles"] == 1 + len(hostile.GOOD)
    finally:
        httpd.shutdown()
        httpd.server_close()
    with open_index(target) as index:
        (doc,) = [d for d in index.iter_documents() if d["url"].endswith(story.path)]
    assert (doc["title"], doc["body"]) == (story.title, story.body)
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as c:
        page = c.get("/", params={"q": "пометки"}).text
    (shown,) = SNIPPET_HTML.findall(page)
    assert re.findall(r"<mark>(.*?)</mark>", shown) == ["пометки"]
    assert "&lt;/mark&gt;&lt;mark&gt; и разметка &lt;b&gt;важно&lt;/b&gt;" in shown
    assert "Бюджет района: поправки &lt;b&gt;приняты&lt;/b&gt;" in page
