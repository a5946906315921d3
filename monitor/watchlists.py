"""Watchlists: named lists of officials to follow, and whether a document mentions one of them.

An entry is a name plus optional aliases («мэр Иванов» style short forms, other spellings) and
optional post/region filters that disambiguate namesakes («Иванов», but only as «глава
администрации», only in documents about Калужская область).

A list's webhook URL may carry credentials (user, password, a key in the query) and its
``webhook_secret`` signs the POSTs: what this module returns shows the URL masked (scheme, host,
port, path) and never the secret, except once, in the result of the call that set it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crawler.netguard import shown_url
from extraction.lang.names import forms, person_matches
from monitor.state import StateStore, dumps, loads_list, now_iso

if TYPE_CHECKING:
    from search.person_registry import Registry


class WatchlistError(ValueError):
    """A request that cannot be applied (unknown list, duplicate name, empty name)."""


@dataclass
class Entry:
    id: int
    watchlist_id: int
    name: str
    aliases: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    created_at: str = ""
    office: dict | None = None  # {"title", "place", "org"}: watches an office, not a person

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "watchlist_id": self.watchlist_id,
            "name": self.name,
            "aliases": self.aliases,
            "posts": self.posts,
            "regions": self.regions,
            "office": self.office,
            "created_at": self.created_at,
        }

    def matching_people(self, doc: dict, people: Registry | None = None) -> list[dict]:
        """People in ``doc`` (contract shape) this entry names, after its post/region filters.

        With the index's person registry (``people``), a mention matches when it belongs to an
        identity the entry's names name — so an entry for a key merged into another identity
        follows all of it, and a split-off person's mentions leave it — and each person comes
        back once, under the identity's key and display name."""
        if self.office or (self.regions and not _doc_in_regions(doc, self.regions)):
            return []
        names = [n for n in (self.name, *self.aliases) if n.strip()]
        wanted = {i.key for n in names for i in people.named(n)} if people else set()
        found: dict[str, dict] = {}
        for person in doc.get("people") or []:
            ident = (
                people.owner(str(person.get("key") or ""), str(doc.get("id"))) if people else None
            )
            if ident is not None and wanted:
                if ident.key not in wanted:
                    continue
            elif not any(person_matches(n, person) for n in names):
                continue
            if self.posts and not _has_post(person, self.posts):
                continue
            shown = people.person(person, str(doc.get("id"))) if people else person
            key = str(shown.get("key") or "") or f"#{len(found)}"
            if key in found:  # another key of the same identity: its mentions join the first
                spans = [*(found[key].get("mentions") or []), *(shown.get("mentions") or [])]
                found[key] = {**found[key], "mentions": sorted(spans)}
            else:
                found[key] = shown
        return list(found.values())


def _words(text: str) -> set[str]:
    out: set[str] = set()
    for word in text.replace("-", " ").split():
        word = word.strip(".,;:«»\"'()")
        if word:
            out |= forms(word)
    return out


def _has_post(person: dict, wanted: list[str]) -> bool:
    """A post filter matches when all its words (any case form) occur in one of the posts."""
    for post in person.get("posts") or []:
        have = _words(" ".join(str(post.get(k) or "") for k in ("title", "org", "place")))
        for want in wanted:
            need = [_words(w) for w in want.split() if w.strip(".,;:«»\"'()")]
            if need and all(n & have for n in need):
                return True
    return False


def _doc_in_regions(doc: dict, wanted: list[str]) -> bool:
    for region in doc.get("regions") or []:
        code = str(region.get("code") or "").lower()
        name_words = _words(str(region.get("name") or ""))
        for want in wanted:
            if want.strip().lower() == code:
                return True
            need = [_words(w) for w in want.split()]
            if need and all(n & name_words for n in need):
                return True
    return False


def _clean_list(values: list[str] | None) -> list[str]:
    return [v.strip() for v in values or [] if v and v.strip()]


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def _secret_for(
    webhook_url: str | None, webhook_secret: str | None, stored: str | None
) -> str | None:
    """The secret to store: the one given, else a new one when a webhook is being set without
    one on record; None when nothing changes."""
    if webhook_secret:
        return webhook_secret
    if webhook_url and not stored:
        return new_secret()
    return None


def create_watchlist(
    state: StateStore,
    name: str,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
) -> dict:
    """A new list; with a webhook, a signing secret is stored too (given, or generated) and
    returned under ``webhook_secret`` this once."""
    name = name.strip()
    if not name:
        raise WatchlistError("пустое имя списка наблюдения")
    secret = _secret_for(webhook_url, webhook_secret, None)
    with state.transaction() as db:
        if db.execute("SELECT 1 FROM watchlists WHERE name = ?", (name,)).fetchone():
            raise WatchlistError(f"список наблюдения {name!r} уже есть")
        cur = db.execute(
            "INSERT INTO watchlists (name, webhook_url, webhook_secret, created_at)"
            " VALUES (?, ?, ?, ?)",
            (name, webhook_url or None, secret, now_iso()),
        )
        watchlist_id = cur.lastrowid
    created = get_watchlist(state, watchlist_id)
    assert created is not None
    return {**created, "webhook_secret": secret} if secret else created


def _public(row: dict) -> dict:
    """A stored list as anyone may see it: the webhook masked, the secret only as a flag."""
    url = row.get("webhook_url")
    out = {k: v for k, v in row.items() if k != "webhook_secret"}
    out["webhook_url"] = shown_url(url) if url else None
    out["has_webhook_secret"] = bool(row.get("webhook_secret"))
    return out


def get_watchlist(state: StateStore, watchlist_id: int) -> dict | None:
    row = state.query_one("SELECT * FROM watchlists WHERE id = ?", (watchlist_id,))
    if row is None:
        return None
    row = _public(row)
    row["entries"] = [e.to_json() for e in list_entries(state, watchlist_id)]
    row["alerts"] = state.query_one(
        "SELECT COUNT(*) AS n FROM alerts WHERE watchlist_id = ?", (watchlist_id,)
    )["n"]
    return row


def list_watchlists(state: StateStore) -> list[dict]:
    ids = [r["id"] for r in state.query("SELECT id FROM watchlists ORDER BY name")]
    return [w for w in (get_watchlist(state, i) for i in ids) if w]


UNSET = object()


def update_watchlist(
    state: StateStore,
    watchlist_id: int,
    name: str | None = None,
    webhook_url: object = UNSET,
    webhook_secret: str | None = None,
) -> dict | None:
    """Rename a list and/or set its webhook (``webhook_url=None`` removes it).

    Setting a webhook on a list without a secret generates one; ``webhook_secret`` replaces
    the stored one. A secret set here is in the result under ``webhook_secret``, this once.
    A new URL keeps the list's secret, so its receiver can go on checking signatures.
    """
    with state.transaction() as db:
        found = db.execute(
            "SELECT webhook_secret FROM watchlists WHERE id = ?", (watchlist_id,)
        ).fetchone()
        if not found:
            return None
        if name is not None:
            name = name.strip()
            if not name:
                raise WatchlistError("пустое имя списка наблюдения")
            clash = db.execute(
                "SELECT 1 FROM watchlists WHERE name = ? AND id != ?", (name, watchlist_id)
            ).fetchone()
            if clash:
                raise WatchlistError(f"список наблюдения {name!r} уже есть")
            db.execute("UPDATE watchlists SET name = ? WHERE id = ?", (name, watchlist_id))
        if webhook_url is not UNSET:
            db.execute(
                "UPDATE watchlists SET webhook_url = ? WHERE id = ?",
                (webhook_url or None, watchlist_id),
            )
        url = webhook_url if webhook_url is not UNSET else None
        secret = _secret_for(url, webhook_secret, found[0])  # type: ignore[arg-type]
        if secret:
            db.execute(
                "UPDATE watchlists SET webhook_secret = ? WHERE id = ?", (secret, watchlist_id)
            )
    updated = get_watchlist(state, watchlist_id)
    return {**updated, "webhook_secret": secret} if updated and secret else updated


def delete_watchlist(state: StateStore, watchlist_id: int) -> bool:
    with state.transaction() as db:
        return db.execute("DELETE FROM watchlists WHERE id = ?", (watchlist_id,)).rowcount > 0


def find_watchlist(state: StateStore, ref: str | int) -> dict | None:
    """A list by its id or its name, as users type either."""
    text = str(ref).strip()
    row = state.query_one("SELECT id FROM watchlists WHERE name = ?", (text,))
    if row is None and text.isdigit():
        row = state.query_one("SELECT id FROM watchlists WHERE id = ?", (int(text),))
    return get_watchlist(state, row["id"]) if row else None


def ensure_watchlist(state: StateStore, name: str) -> dict:
    row = state.query_one("SELECT id FROM watchlists WHERE name = ?", (name.strip(),))
    return get_watchlist(state, row["id"]) if row else create_watchlist(state, name)  # type: ignore[return-value]


def add_entry(
    state: StateStore,
    watchlist_id: int,
    name: str,
    aliases: list[str] | None = None,
    posts: list[str] | None = None,
    regions: list[str] | None = None,
    office: dict | None = None,
) -> Entry:
    """A person to watch, or with ``office`` ({"title", "place", "org"}) an office: its
    holders' arrivals and changes of status alert instead of mentions."""
    if office is not None:
        office = {k: (str(office.get(k) or "").strip() or None) for k in ("title", "place", "org")}
        if not office["title"]:
            raise WatchlistError("для наблюдения за должностью нужно её название («глава»)")
        name = name.strip() or " — ".join(v for v in office.values() if v)
    name = name.strip()
    if not name:
        raise WatchlistError("пустое имя записи")
    with state.transaction() as db:
        if not db.execute("SELECT 1 FROM watchlists WHERE id = ?", (watchlist_id,)).fetchone():
            raise WatchlistError(f"нет списка наблюдения {watchlist_id}")
        cur = db.execute(
            "INSERT INTO watch_entries (watchlist_id, name, aliases, posts, regions, created_at,"
            " office) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                watchlist_id,
                name,
                dumps(_clean_list(aliases)),
                dumps(_clean_list(posts)),
                dumps(_clean_list(regions)),
                now_iso(),
                dumps(office) if office else None,
            ),
        )
        entry_id = cur.lastrowid
    entry = get_entry(state, entry_id)  # type: ignore[arg-type]
    assert entry is not None
    return entry


def _entry(row: dict) -> Entry:
    return Entry(
        id=row["id"],
        watchlist_id=row["watchlist_id"],
        name=row["name"],
        aliases=loads_list(row["aliases"]),
        posts=loads_list(row["posts"]),
        regions=loads_list(row["regions"]),
        created_at=row["created_at"],
        office=json.loads(row["office"]) if row.get("office") else None,
    )


def get_entry(state: StateStore, entry_id: int) -> Entry | None:
    row = state.query_one("SELECT * FROM watch_entries WHERE id = ?", (entry_id,))
    return _entry(row) if row else None


def list_entries(state: StateStore, watchlist_id: int | None = None) -> list[Entry]:
    if watchlist_id is None:
        rows = state.query("SELECT * FROM watch_entries ORDER BY id")
    else:
        rows = state.query(
            "SELECT * FROM watch_entries WHERE watchlist_id = ? ORDER BY id", (watchlist_id,)
        )
    return [_entry(r) for r in rows]


def find_entry(state: StateStore, ref: str | int, watchlist_id: int | None = None) -> Entry:
    """An entry by its id, or by its name (or an alias) within one list; a name that several
    entries share is refused rather than guessed."""
    text = str(ref).strip()
    if text.isdigit():
        entry = get_entry(state, int(text))
        if entry and (watchlist_id is None or entry.watchlist_id == watchlist_id):
            return entry
    named = [
        e
        for e in list_entries(state, watchlist_id)
        if text.casefold() in (n.casefold() for n in (e.name, *e.aliases))
    ]
    if not named:
        raise WatchlistError(f"нет записи {text!r} в списках наблюдения")
    if len(named) > 1:
        ids = ", ".join(str(e.id) for e in named)
        raise WatchlistError(
            f"{text!r} подходит к нескольким записям ({ids}): укажите номер записи"
        )
    return named[0]


def update_entry(
    state: StateStore,
    entry_id: int,
    name: str | None = None,
    aliases: list[str] | None = None,
    posts: list[str] | None = None,
    regions: list[str] | None = None,
) -> Entry | None:
    """Replace what is given (``None`` keeps the stored value; an empty list clears it)."""
    changes: dict[str, str] = {}
    if name is not None:
        if not name.strip():
            raise WatchlistError("пустое имя записи")
        changes["name"] = name.strip()
    for column, values in (("aliases", aliases), ("posts", posts), ("regions", regions)):
        if values is not None:
            changes[column] = dumps(_clean_list(values))
    with state.transaction() as db:
        if not db.execute("SELECT 1 FROM watch_entries WHERE id = ?", (entry_id,)).fetchone():
            return None
        for column, value in changes.items():  # column names come from the tuple above
            db.execute(f"UPDATE watch_entries SET {column} = ? WHERE id = ?", (value, entry_id))
    return get_entry(state, entry_id)


def delete_entry(state: StateStore, watchlist_id: int, entry_id: int) -> bool:
    with state.transaction() as db:
        cur = db.execute(
            "DELETE FROM watch_entries WHERE id = ? AND watchlist_id = ?", (entry_id, watchlist_id)
        )
        return cur.rowcount > 0
