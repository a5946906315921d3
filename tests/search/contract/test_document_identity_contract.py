"""Both backends keep one document per article when told to (``one_per_article``, as crawls
do): a document whose article is stored under another id (the same URL, or the same title,
date and body) updates that one in place."""

from __future__ import annotations

import hashlib

TITLE = "Депутаты приняли отчёт главы города"
BODY = (
    "На заседании Городской Думы депутаты заслушали отчёт главы города Андрея Морозова о "
    "работе администрации за 2025 год. Отчёт принят единогласно."
)


def article(url: str, *, doc_id: str | None = None, body: str = BODY, day: str = "2026-03-12"):
    return {
        "id": doc_id or hashlib.sha1(url.encode()).hexdigest()[:16],
        "url": url,
        "source": "Городская Дума",
        "title": TITLE,
        "published_at": f"{day}T11:00:00+03:00",
        "body": body,
        "fetched_at": "2026-03-12T12:00:00+00:00",
        "content_hash": hashlib.sha1(f"{TITLE}\n{body}".encode()).hexdigest(),
        "extraction_version": "test-1",
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [],
        "figures": [],
    }


def stored(backend) -> list[dict]:
    if hasattr(backend, "refresh"):
        backend.refresh()
    return list(backend.iter_documents())


def test_same_title_date_and_body_under_another_url_updates_in_place(empty_backend):
    first = article("http://duma.example.ru:8001/news/otchet-glavy/")
    moved = article("https://duma.example.ru/archive/2026/otchet-glavy")
    assert empty_backend.upsert([first], one_per_article=True).new == [first["id"]]
    assert empty_backend.stored_id(moved) == first["id"]
    report = empty_backend.upsert([moved], one_per_article=True)
    assert report.updated == [first["id"]] and report.new == [] and report.merged == []
    (doc,) = stored(empty_backend)
    assert doc["id"] == first["id"] and doc["url"] == moved["url"]  # the latest URL is kept
    assert empty_backend.get(moved["id"]) is None
    assert empty_backend.upsert([moved], one_per_article=True).unchanged == [first["id"]]


def test_another_day_or_another_body_is_another_document(empty_backend):
    first = article("https://duma.example.ru/news/otchet-glavy/")
    next_year = article("https://duma.example.ru/news/otchet-glavy-2/", day="2027-03-11")
    edited = article("https://duma.example.ru/news/otchet-glavy-3/", body=BODY + " Принято.")
    for doc in (first, next_year, edited):
        assert empty_backend.stored_id(doc) is None
    report = empty_backend.upsert([first, next_year, edited], one_per_article=True)
    assert sorted(report.new) == sorted(d["id"] for d in (first, next_year, edited))
    assert len(stored(empty_backend)) == 3


def test_an_older_id_for_the_same_url_keeps_working(empty_backend):
    """An index written before ids came from the identity key: re-crawled, the changed text
    goes into the document found by its URL, under its old id."""
    old = article("https://duma.example.ru/news/otchet-glavy/", doc_id="0123456789abcdef")
    empty_backend.upsert([old], one_per_article=True)
    new = article("https://duma.example.ru/news/otchet-glavy/", body=BODY + " Дополнено.")
    assert new["id"] != old["id"]
    assert empty_backend.stored_id(new) == old["id"]
    assert empty_backend.upsert([new], one_per_article=True).updated == [old["id"]]
    (doc,) = stored(empty_backend)
    assert doc["id"] == old["id"] and doc["body"] == new["body"]


def test_copies_left_by_earlier_crawls_are_merged_into_one(empty_backend):
    """Two stored documents that turn out to be one article (own id and old URL) become one."""
    a = article("http://127.0.0.1:8001/news/otchet-glavy/", body=BODY + " Первая версия.")
    b = article("http://127.0.0.1:8002/news/otchet-glavy/", body=BODY + " Вторая версия.")
    empty_backend.upsert([a], one_per_article=True)
    empty_backend.upsert([b], one_per_article=True)
    assert len(stored(empty_backend)) == 2
    same = {**article(b["url"]), "id": a["id"]}  # a's id, b's URL
    report = empty_backend.upsert([same], one_per_article=True)
    assert report.updated == [a["id"]] and report.merged == [b["id"]]
    (doc,) = stored(empty_backend)
    assert doc["id"] == a["id"] and doc["url"] == b["url"]
    assert empty_backend.get(b["id"]) is None


def test_two_urls_of_one_article_in_one_write_are_one_document(empty_backend):
    first = article("https://duma.example.ru/news/otchet-glavy/")
    second = article("https://www.duma.example.ru/news/otchet-glavy?utm_source=vk")
    report = empty_backend.upsert([first, second], one_per_article=True)
    assert first["id"] in report.new and second["id"] not in report.new + report.updated
    (doc,) = stored(empty_backend)
    assert doc["id"] == first["id"] and doc["url"] == second["url"]


def test_without_one_per_article_ids_alone_decide(empty_backend):
    """Imports (``dumawatch index``, reindex) write what they are given, copies included."""
    first = article("https://duma.example.ru/news/otchet-glavy/")
    copy = article("https://duma.example.ru/archive/otchet-glavy/")
    report = empty_backend.upsert([first, copy])
    assert sorted(report.new) == sorted([first["id"], copy["id"]]) and report.merged == []
    assert len(stored(empty_backend)) == 2
