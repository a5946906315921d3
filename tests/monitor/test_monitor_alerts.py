"""Alerts end to end: a real SQLite index, a real state store and a real webhook receiver.

The receivers listen on 127.0.0.1, a private address: tests that expect deliveries opt in to
private webhook targets explicitly, as an on-premise deployment would.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree as ET

import pytest
from lxml import etree

from monitor.alerts import (
    atom_feed,
    deliver_pending,
    list_alerts,
    pending_outbox,
    process_new_documents,
    signature,
)
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist, get_watchlist
from search import open_index
from tests.app.test_api_corpus import BELOVA, SOKOLOV, corpus
from tests.crawler.test_netguard import loopback_name


class Receiver:
    """A webhook endpoint on 127.0.0.1 that answers 500 to its first ``failures`` POSTs."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.accepted: list[dict] = []
        self.signed: list[tuple[bytes, str | None]] = []
        self.hosts: list[str | None] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.signed.append((body, self.headers.get("X-Dumawatch-Signature")))
                owner.hosts.append(self.headers.get("Host"))
                owner.calls += 1
                if owner.calls <= owner.failures:
                    self.send_response(500)
                else:
                    owner.accepted.append(json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def index(tmp_path):
    with open_index(f"sqlite:///{tmp_path}/index.db") as ix:
        yield ix


@pytest.fixture
def state(tmp_path):
    with open_state(tmp_path / "state.db") as st:
        yield st


@pytest.fixture
def receiver():
    receiver = Receiver(failures=0)
    yield receiver
    receiver.close()


def test_webhook_failing_twice_delivers_the_alert_exactly_once(index, state, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_WEBHOOK_SECRET", "shh")  # the list's own secret wins
    receiver = Receiver(failures=2)
    try:
        wl = create_watchlist(state, "Дума", webhook_url=receiver.url)
        add_entry(state, wl["id"], "Белова Е.С.")
        docs = corpus()
        report = index.upsert(docs)
        alerts = process_new_documents(state, index, report.new, backoff=0.05, allow_private=True)
        # Белова appears in three documents: three alerts, each POSTed once.
        assert sorted(a["doc_id"] for a in alerts) == sorted(
            d["id"] for d in docs if any(p["key"] == BELOVA for p in d["people"])
        )
        assert len(receiver.accepted) == 3
        assert receiver.calls == 5  # two refusals, then three deliveries
        assert {p["person"]["key"] for p in receiver.accepted} == {BELOVA}
        assert all(sig == signature(body, wl["webhook_secret"]) for body, sig in receiver.signed)
        assert pending_outbox(state) == []
        stored = list_alerts(state, watchlist_id=wl["id"])
        assert len(stored) == 3 and all(a["delivered_at"] for a in stored)
        # Processing the same documents again (e.g. they were updated) alerts no one twice.
        again = process_new_documents(state, index, report.new, backoff=0.05, allow_private=True)
        assert again == []
        assert len(receiver.accepted) == 3
    finally:
        receiver.close()


def test_unreachable_webhook_keeps_the_alert_in_the_outbox(index, state, tmp_path) -> None:
    down = Receiver(failures=0)
    url = down.url
    down.close()  # nothing listens on that port any more
    wl = create_watchlist(state, "Мэрия", webhook_url=url)
    add_entry(state, wl["id"], "Соколов Андрей")
    report = index.upsert(corpus())
    alerts = process_new_documents(state, index, report.new, backoff=0.05, allow_private=True)
    assert len(alerts) == 3
    pending = pending_outbox(state)
    # One retry sequence for the dead URL; the other two alerts wait for the next round.
    assert [p["attempts"] for p in pending] == [3, 0, 0] and pending[0]["last_error"]
    # A later delivery round (next crawl / scheduler tick) gets them out once the hook is back.
    receiver = Receiver(failures=0)
    try:
        with state.transaction() as db:
            db.execute("UPDATE outbox SET url = ?, next_attempt_at = ''", (receiver.url,))
        delivered = deliver_pending(state, backoff=0.01, allow_private=True)
        assert delivered == {"delivered": 3, "failed": 0, "refused": 0}
        assert {p["person"]["key"] for p in receiver.accepted} == {SOKOLOV}
        assert pending_outbox(state) == []
    finally:
        receiver.close()


def test_atom_feed_lists_the_watchlists_alerts(index, state) -> None:
    wl = create_watchlist(state, "Администрация")
    add_entry(state, wl["id"], "Павел Крылов", posts=["глава администрации"])
    report = index.upsert(corpus())
    created = process_new_documents(state, index, report.new, backoff=0.05)
    feed = atom_feed(state, wl["id"], base_url="http://127.0.0.1:8000")
    assert feed.startswith("<?xml")
    assert feed.count("<entry>") == len(created) == 2  # the субботник mention has no post
    assert "Крылов" in feed


def _mentioning(key: str) -> list[str]:
    return [d["id"] for d in corpus() if any(p["key"] == key for p in d["people"])]


def test_a_webhook_named_for_a_loopback_host_is_refused_at_delivery(
    index, state, receiver, monkeypatch
) -> None:
    """A list stored with a host name that resolves to 127.0.0.1 (saved before names were
    checked, or re-pointed since): nothing reaches the receiver, and it is not retried."""
    monkeypatch.delenv("DUMAWATCH_ALLOW_PRIVATE_CRAWL", raising=False)
    name = loopback_name()
    wl = create_watchlist(state, "Дума", webhook_url=f"http://{name}:{receiver.port}/hook")
    add_entry(state, wl["id"], "Белова Е.С.")
    report = index.upsert(corpus())
    assert len(process_new_documents(state, index, report.new, backoff=0.01)) == 3
    assert receiver.calls == 0
    rows = state.query("SELECT * FROM outbox ORDER BY id")
    assert len(rows) == 3
    assert all(r["given_up_at"] and r["delivered_at"] is None for r in rows)
    reason = f"refused: {name} resolves to a private or local address (127."
    assert all(r["last_error"].startswith(reason) for r in rows), rows[0]["last_error"]
    assert pending_outbox(state) == []
    assert deliver_pending(state, backoff=0.01) == {"delivered": 0, "failed": 0, "refused": 0}
    assert receiver.calls == 0


def test_the_default_webhook_is_checked_too_and_the_opt_in_delivers(
    index, state, receiver, monkeypatch, caplog
) -> None:
    name = loopback_name()
    monkeypatch.delenv("DUMAWATCH_ALLOW_PRIVATE_CRAWL", raising=False)
    monkeypatch.setenv("DUMAWATCH_WEBHOOK_URL", f"http://{name}:{receiver.port}/hook?key=k3y")
    monkeypatch.setenv("DUMAWATCH_WEBHOOK_SECRET", "env-secret")
    wl = create_watchlist(state, "Мэрия")  # no webhook of its own: the default one is used
    add_entry(state, wl["id"], "Соколов Андрей")
    index.upsert(corpus())
    first, *rest = _mentioning(SOKOLOV)
    assert len(process_new_documents(state, index, [first], backoff=0.01)) == 1
    assert receiver.calls == 0 and "k3y" not in caplog.text
    # The one documented switch opens private targets, for on-premise receivers.
    monkeypatch.setenv("DUMAWATCH_ALLOW_PRIVATE_CRAWL", "1")
    assert len(process_new_documents(state, index, rest, backoff=0.01)) == len(rest) == 2
    assert [p["person"]["key"] for p in receiver.accepted] == [SOKOLOV, SOKOLOV]
    assert receiver.hosts == [f"{name}:{receiver.port}"] * 2  # Host: the name, not the address
    assert all(sig == signature(body, "env-secret") for body, sig in receiver.signed)


OLD_TABLES = """
CREATE TABLE watchlists (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, webhook_url TEXT, created_at TEXT NOT NULL
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY, alert_id INTEGER NOT NULL, url TEXT NOT NULL, payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, last_error TEXT,
    delivered_at TEXT
);
"""


def test_a_state_file_from_before_is_upgraded_and_its_webhook_checked(
    index, tmp_path, receiver, monkeypatch
) -> None:
    monkeypatch.delenv("DUMAWATCH_ALLOW_PRIVATE_CRAWL", raising=False)
    name = loopback_name()
    path = tmp_path / "old-state.db"
    with sqlite3.connect(path) as db:
        db.executescript(OLD_TABLES)
        db.execute(
            "INSERT INTO watchlists (name, webhook_url, created_at) VALUES (?, ?, ?)",
            ("Дума", f"http://bot:pa55@{name}:{receiver.port}/hook?key=k3y", "2024-01-01"),
        )
    db.close()
    with open_state(path) as state:
        shown = get_watchlist(state, 1)
        assert shown["webhook_url"] == f"http://{name}:{receiver.port}/hook"
        assert shown["has_webhook_secret"] is False and "webhook_secret" not in shown
        add_entry(state, 1, "Белова Е.С.")
        report = index.upsert(corpus())
        assert len(process_new_documents(state, index, report.new, backoff=0.01)) == 3
        assert receiver.calls == 0
        errors = {r["last_error"] for r in state.query("SELECT last_error FROM outbox")}
        assert len(errors) == 1 and "pa55" not in errors.pop()


def test_atom_feed_is_well_formed_whatever_the_titles_hold(index, state) -> None:
    control = "\x07\x1b\x0b\x0c\x1f\ufffe\uffff"
    docs = copy.deepcopy(corpus())
    for doc in docs:
        doc["title"] = f"Заседание{control}Думы"
        doc["body"] = doc["body"].replace(" ", "\x0b", 3)  # same length: offsets still hold
        for person in doc["people"]:
            person["name"] += "\x08"
    wl = create_watchlist(state, "Дума\x07 города")
    add_entry(state, wl["id"], "Белова Е.С.")
    report = index.upsert(docs)
    created = process_new_documents(state, index, report.new, backoff=0.01)
    assert len(created) == 3 and any("\x0b" in a["snippet"] for a in created)  # precondition
    feed = atom_feed(state, wl["id"], base_url="http://127.0.0.1:8000").encode("utf-8")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for root in (ET.fromstring(feed), etree.fromstring(feed)):
        titles = [t.text for t in root.findall("a:entry/a:title", ns)]
        assert len(titles) == 3 and all(t.endswith(": ЗаседаниеДумы") for t in titles)
        assert root.find("a:title", ns).text == "dumawatch: Дума города"
        summaries = [s.text for s in root.findall("a:entry/a:summary", ns)]
        assert all(s and not any(c in s for c in control + "\x08") for s in summaries)


def test_xml_safe_drops_lone_surrogates_and_keeps_the_rest() -> None:
    from monitor.alerts import xml_safe

    assert xml_safe("a\ud800b\udfff\tc\n\U0001f600") == "ab\tc\n\U0001f600"
