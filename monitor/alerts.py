"""Alerts: a watched official newly mentioned in a crawled document.

After every crawl (CLI, API or scheduler) the new/updated document ids go through
``process_new_documents``; each (watch entry, document) pair becomes at most one alert, stored
first and then queued in the outbox for the watchlist's webhook. Delivery retries with
exponential back-off; an alert whose webhook keeps failing stays in the outbox and is retried by
the next ``deliver_pending`` call, so nothing is lost.

Webhook hosts are resolved and checked at every delivery and the POST goes to the checked
address (``monitor.webhook_http``): a URL whose host is, or has become, private is refused and
its message given up (``given_up_at``, reason in ``last_error``) unless private targets are
allowed (``allow_private`` or ``$DUMAWATCH_ALLOW_PRIVATE_CRAWL=1``), for on-premise receivers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree as ET

import httpx

from crawler.netguard import Unresolvable, UnsafeTarget, private_allowed, shown_url
from monitor.offices import holders_in, office_changes
from monitor.state import StateStore, now_iso
from monitor.watchlists import Entry, list_entries
from monitor.webhook_http import pinned_client
from search.person_registry import Registry, registry

log = logging.getLogger(__name__)

SNIPPET_RADIUS = 120
BACKOFF_BASE = 0.5  # seconds; attempt n waits BACKOFF_BASE * 2**n
BACKOFF_MAX = 3600.0


def _snippet(body: str, mentions: list) -> str:
    if not mentions:
        return body[: 2 * SNIPPET_RADIUS].strip()
    start, end = mentions[0][0], mentions[0][1]
    lo, hi = max(0, start - SNIPPET_RADIUS), min(len(body), end + SNIPPET_RADIUS)
    text = body[lo:hi].replace("\n", " ").strip()
    return ("…" if lo > 0 else "") + text + ("…" if hi < len(body) else "")


def _payload(alert: dict, watchlist_name: str) -> dict:
    return {
        "type": "dumawatch.alert",
        "alert_id": alert["id"],
        "watchlist": watchlist_name,
        "watchlist_id": alert["watchlist_id"],
        "entry_id": alert["entry_id"],
        "person": {"key": alert["person_key"], "name": alert["person_name"]},
        "document": {
            "id": alert["doc_id"],
            "title": alert["title"],
            "url": alert["url"],
            "source": alert["source"],
            "published_at": alert["published_at"],
        },
        "snippet": alert["snippet"],
        "created_at": alert["created_at"],
        "office_changes": alert.get("changes"),
    }


def process_new_documents(
    state: StateStore,
    index: object,
    doc_ids: Iterable[str],
    *,
    run_id: int | None = None,
    webhook_url: str | None = None,
    deliver: bool = True,
    backoff: float = BACKOFF_BASE,
    allow_private: bool = False,
) -> list[dict]:
    """Turn mentions of watched people in these (new or updated) documents into alerts.

    ``index`` is any ``search.IndexBackend`` (only ``get`` is used). Returns the alerts created
    now; a document re-processed later (updated article) does not alert twice for the same entry.
    ``webhook_url`` (or ``$DUMAWATCH_WEBHOOK_URL``) is used for watchlists without their own;
    ``allow_private`` lets the delivery reach private addresses (see ``deliver_pending``).
    """
    entries = list_entries(state)
    if not entries:
        return []
    webhook_default = webhook_url or os.environ.get("DUMAWATCH_WEBHOOK_URL") or None
    lists = {w["id"]: w for w in state.query("SELECT * FROM watchlists")}
    offices = [e for e in entries if e.office]
    people = _registry(index)
    created: list[dict] = []
    staffed: list[dict] = []  # documents giving a watched office a holder, read by date below
    for doc_id in dict.fromkeys(doc_ids):
        doc = index.get(doc_id)  # type: ignore[attr-defined]
        if not doc:
            continue
        for entry in entries:
            named = entry.matching_people(doc, people)
            if named:
                alert = _store_alert(state, entry, doc, named[0], run_id, lists, webhook_default)
                if alert:
                    created.append(alert)
        if any(holders_in(e.office, doc, people) for e in offices):  # type: ignore[arg-type]
            staffed.append(doc)
    staffed.sort(key=lambda d: d.get("published_at") or "")
    for doc in staffed:  # oldest first, so a status moves forward in time
        for entry in offices:
            changes = office_changes(state, entry.id, entry.office, doc, people)  # type: ignore[arg-type]
            if changes:
                alert = _store_alert(state, entry, doc, changes[0].person, run_id, lists,
                                     webhook_default, [c.to_json() for c in changes])  # fmt: skip
                if alert:
                    created.append(alert)
    if deliver and created:
        deliver_pending(state, backoff=backoff, allow_private=allow_private)
    return created


def _registry(index: object) -> Registry | None:
    """The index's person registry, so alerts follow identities (merged keys, splits) and name
    them by their display name; None for an index that cannot list its documents."""
    if not hasattr(index, "iter_documents"):
        return None
    return registry(index)  # type: ignore[arg-type]


def _store_alert(
    state: StateStore,
    entry: Entry,
    doc: dict,
    person: dict,
    run_id: int | None,
    lists: dict[int, dict],
    webhook_default: str | None,
    changes: list[dict] | None = None,
) -> dict | None:
    """One alert per entry and document; a mention alert also once per list, document and
    person. ``changes``: what an office watch saw change (``monitor.offices``)."""
    with state.transaction() as db:
        person_key = str(person.get("key") or "")
        seen = db.execute(  # two entries of one list naming one person: one alert
            "SELECT 1 FROM alerts WHERE watchlist_id = ? AND doc_id = ? AND person_key = ?"
            " AND person_key != '' AND changes IS NULL",
            (entry.watchlist_id, doc["id"], person_key),
        ).fetchone()
        if seen and not changes:
            return None
        cur = db.execute(
            "INSERT OR IGNORE INTO alerts (watchlist_id, entry_id, doc_id, person_key, person_name,"
            " title, url, source, published_at, snippet, run_id, created_at, changes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.watchlist_id,
                entry.id,
                doc["id"],
                person_key,
                str(person.get("name") or entry.name),
                str(doc.get("title") or ""),
                str(doc.get("url") or ""),
                doc.get("source"),
                doc.get("published_at"),
                _snippet(str(doc.get("body") or ""), person.get("mentions") or []),
                run_id,
                now_iso(),
                json.dumps(changes, ensure_ascii=False) if changes else None,
            ),
        )
        if cur.rowcount == 0:
            return None
        alert = dict(db.execute("SELECT * FROM alerts WHERE id = ?", (cur.lastrowid,)).fetchone())
        alert["changes"] = changes
        watchlist = lists.get(entry.watchlist_id) or {}
        url = watchlist.get("webhook_url") or webhook_default
        if url:
            db.execute(
                "INSERT INTO outbox (alert_id, url, payload, next_attempt_at) VALUES (?, ?, ?, ?)",
                (
                    alert["id"],
                    url,
                    json.dumps(_payload(alert, watchlist.get("name", "")), ensure_ascii=False),
                    now_iso(),
                ),
            )
    return alert


def deliver_pending(
    state: StateStore,
    *,
    attempts_now: int = 3,
    backoff: float = BACKOFF_BASE,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
    allow_private: bool = False,
) -> dict:
    """POST every due outbox message; retry each up to ``attempts_now`` times with back-off.

    A message still failing keeps its row with ``next_attempt_at`` pushed back exponentially
    (by total attempts), so a later call — the next crawl or scheduler tick — retries it. Once
    a URL has failed in this round its other messages wait for the next round untouched, so a
    dead webhook costs one retry sequence per round, not one per alert.

    A host that resolves to a private or local address is refused before anything is sent,
    unless ``allow_private`` or ``$DUMAWATCH_ALLOW_PRIVATE_CRAWL=1``; its messages are given up
    at once (``given_up_at`` set, ``last_error`` says why), not retried, since the answer will
    not change by itself. Each POST is signed with its watchlist's own secret when the list's
    webhook is the target, else with ``$DUMAWATCH_WEBHOOK_SECRET`` (if set).
    """
    now = now_iso()
    rows = state.query(
        "SELECT o.*, w.webhook_url AS list_url, w.webhook_secret AS list_secret FROM outbox o"
        " JOIN alerts a ON a.id = o.alert_id JOIN watchlists w ON w.id = a.watchlist_id"
        " WHERE o.delivered_at IS NULL AND o.given_up_at IS NULL AND o.next_attempt_at <= ?"
        " ORDER BY o.id",
        (now,),
    )
    delivered = failed = refused = 0
    dead: set[str] = set()
    refusals: dict[str, str] = {}
    with pinned_client(allow_private=private_allowed(allow_private), timeout=timeout) as client:
        for row in rows:
            url = row["url"]
            if url in dead:
                failed += 1
                continue
            secret = row["list_secret"] if url == row["list_url"] else None
            error = refusal = refusals.get(url)
            attempts = row["attempts"]
            for n in range(0 if refusal else attempts_now):
                attempts += 1
                try:
                    error = _post(client, url, row["payload"], secret)
                except UnsafeTarget as exc:
                    error = refusal = refusals[url] = f"refused: {exc}"
                    break
                if error is None:
                    break
                if n + 1 < attempts_now:
                    sleep(backoff * 2**n)
            with state.transaction() as db:
                if error is None:
                    delivered += 1
                    db.execute(
                        "UPDATE outbox SET attempts = ?, delivered_at = ?, last_error = NULL"
                        " WHERE id = ?",
                        (attempts, now_iso(), row["id"]),
                    )
                elif refusal:
                    refused += 1
                    db.execute(
                        "UPDATE outbox SET attempts = ?, last_error = ?, given_up_at = ?"
                        " WHERE id = ?",
                        (attempts, refusal, now_iso(), row["id"]),
                    )
                    log.warning("webhook %s %s; not sent", shown_url(url), refusal)
                else:
                    failed += 1
                    dead.add(url)
                    wait = min(BACKOFF_MAX, backoff * 2**attempts)
                    later = datetime.now(UTC) + timedelta(seconds=wait)
                    db.execute(
                        "UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?"
                        " WHERE id = ?",
                        (attempts, error, later.replace(microsecond=0).isoformat(), row["id"]),
                    )
                    log.warning("webhook %s failed (%s); will retry", shown_url(url), error)
    return {"delivered": delivered, "failed": failed, "refused": refused}


SECRET_ENV = "DUMAWATCH_WEBHOOK_SECRET"


def signature(body: bytes, secret: str) -> str:
    """``sha256=<hex HMAC>`` of the body (GitHub's convention), so a receiver can tell our POSTs
    from forged ones."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _post(client: httpx.Client, url: str, payload: str, secret: str | None) -> str | None:
    """POST one message: None when accepted, else why not; a refused host raises."""
    body = payload.encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if secret := secret or os.environ.get(SECRET_ENV):
        headers["X-Dumawatch-Signature"] = signature(body, secret)
    try:
        response = client.post(url, content=body, headers=headers)
    except Unresolvable as exc:  # DNS may answer later: an ordinary failure
        return str(exc)[:500]
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return f"{type(exc).__name__}: {exc}"[:500]
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}"


def list_alerts(
    state: StateStore,
    *,
    watchlist_id: int | None = None,
    since: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict]:
    """Stored alerts, the newest article first (then the newest alert); ``since`` is an ISO
    date/datetime on ``created_at``."""
    where, params = [], []
    if watchlist_id is not None:
        where.append("a.watchlist_id = ?")
        params.append(watchlist_id)
    if since:
        where.append("a.created_at >= ?")
        params.append(since)
    sql = (
        "SELECT a.*, w.name AS watchlist, e.name AS entry_name,"
        " (SELECT delivered_at FROM outbox o WHERE o.alert_id = a.id ORDER BY o.id DESC LIMIT 1)"
        " AS delivered_at FROM alerts a JOIN watchlists w ON w.id = a.watchlist_id"
        " JOIN watch_entries e ON e.id = a.entry_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY coalesce(a.published_at, '') DESC, a.id DESC LIMIT ? OFFSET ?"
    )
    rows = state.query(sql, (*params, limit, offset))
    for row in rows:
        row["changes"] = json.loads(row["changes"]) if row.get("changes") else None
    return rows


def pending_outbox(state: StateStore) -> list[dict]:
    """Messages still to be delivered (not delivered, not given up), oldest first."""
    return state.query(
        "SELECT * FROM outbox WHERE delivered_at IS NULL AND given_up_at IS NULL ORDER BY id"
    )


ATOM = "http://www.w3.org/2005/Atom"
# What XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, newline and
# carriage return, lone surrogates, U+FFFE and U+FFFF.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot carry (a crawled title may hold any)."""
    return NOT_XML.sub("", text)


def atom_feed(state: StateStore, watchlist_id: int, base_url: str = "", limit: int = 50) -> str:
    """An Atom 1.0 feed of a watchlist's alerts, for feed readers."""
    watchlist = state.query_one("SELECT * FROM watchlists WHERE id = ?", (watchlist_id,))
    if watchlist is None:
        raise KeyError(watchlist_id)
    alerts = list_alerts(state, watchlist_id=watchlist_id, limit=limit)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: xml_safe(v) for k, v in attrs.items()})
        if text is not None:
            el.text = xml_safe(text)
        return el

    base = base_url.rstrip("/")
    add(feed, "id", f"{base}/watchlists/{watchlist_id}")
    add(feed, "title", f"dumawatch: {watchlist['name']}")
    add(feed, "updated", _atom_time(alerts[0]["created_at"] if alerts else watchlist["created_at"]))
    add(feed, "link", rel="self", href=f"{base}/api/watchlists/{watchlist_id}/feed.atom")
    author = add(feed, "author")
    add(author, "name", "dumawatch")
    for alert in alerts:
        item = add(feed, "entry")
        add(item, "id", f"{base}/alerts/{alert['id']}")
        add(item, "title", f"{alert['person_name']}: {alert['title']}")
        add(item, "link", href=alert["url"])
        add(item, "updated", _atom_time(alert["created_at"]))
        add(item, "summary", alert["snippet"])
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _atom_time(value: str) -> str:
    return value if "T" in value else f"{value}T00:00:00+00:00"
