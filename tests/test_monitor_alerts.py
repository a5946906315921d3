"""Alerts end to end: a real SQLite index, a real state store and a real webhook receiver."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from monitor.alerts import (
    atom_feed,
    deliver_pending,
    list_alerts,
    pending_outbox,
    process_new_documents,
    signature,
)
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist
from search import open_index
from tests.test_api_corpus import BELOVA, SOKOLOV, corpus


class Receiver:
    """A webhook endpoint on 127.0.0.1 that answers 500 to its first ``failures`` POSTs."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.accepted: list[dict] = []
        self.signed: list[tuple[bytes, str | None]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.signed.append((body, self.headers.get("X-Dumawatch-Signature")))
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
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
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


def test_webhook_failing_twice_delivers_the_alert_exactly_once(index, state, monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_WEBHOOK_SECRET", "shh")
    receiver = Receiver(failures=2)
    try:
        wl = create_watchlist(state, "Дума", webhook_url=receiver.url)
        add_entry(state, wl["id"], "Белова Е.С.")
        docs = corpus()
        report = index.upsert(docs)
        alerts = process_new_documents(state, index, report.new, backoff=0.05)
        # Белова appears in three documents: three alerts, each POSTed once.
        assert sorted(a["doc_id"] for a in alerts) == sorted(
            d["id"] for d in docs if any(p["key"] == BELOVA for p in d["people"])
        )
        assert len(receiver.accepted) == 3
        assert receiver.calls == 5  # two refusals, then three deliveries
        assert {p["person"]["key"] for p in receiver.accepted} == {BELOVA}
        assert all(sig == signature(body, "shh") for body, sig in receiver.signed)
        assert pending_outbox(state) == []
        stored = list_alerts(state, watchlist_id=wl["id"])
        assert len(stored) == 3 and all(a["delivered_at"] for a in stored)
        # Processing the same documents again (e.g. they were updated) alerts no one twice.
        assert process_new_documents(state, index, report.new, backoff=0.05) == []
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
    alerts = process_new_documents(state, index, report.new, backoff=0.05)
    assert len(alerts) == 3
    pending = pending_outbox(state)
    # One retry sequence for the dead URL; the other two alerts wait for the next round.
    assert [p["attempts"] for p in pending] == [3, 0, 0] and pending[0]["last_error"]
    # A later delivery round (next crawl / scheduler tick) gets them out once the hook is back.
    receiver = Receiver(failures=0)
    try:
        with state.transaction() as db:
            db.execute("UPDATE outbox SET url = ?, next_attempt_at = ''", (receiver.url,))
        assert deliver_pending(state, backoff=0.01) == {"delivered": 3, "failed": 0}
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
