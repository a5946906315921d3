"""What every export writes, whoever asks (CLI or API): the documents of a search, one CSV
layout with a BOM, and the long «facts» CSV (a row per person–post and per figure or vote).

Spreadsheet programs read a UTF-8 file as the local code page unless it starts with a BOM, so
every CSV starts with one; nested facts go into a JSON cell so nothing is lost.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from search.backend import IndexBackend
from search.person_registry import registry
from search.query import SearchQuery

PAGE = 100
BOM = "\ufeff"
VOTE_SIDES = (("votes_for", "for"), ("votes_against", "against"), ("votes_abstained", "abstained"))

CSV_COLUMNS = (
    "id", "url", "source", "title", "published_at", "fetched_at", "people", "regions", "orgs",
    "participants", "body", "entities", "dates", "figures", "extraction_version", "votes",
    "votes_for", "votes_against", "votes_abstained", "person_keys", "identity_keys",
    "identity_names",
)  # fmt: skip
FACT_COLUMNS = (
    "document_id", "url", "source", "published_at", "kind", "person_key", "person_name",
    "post_title", "post_org", "post_place", "post_status", "value", "unit", "role",
    "votes_for", "votes_against", "votes_abstained", "unanimous", "date", "quote",
    "identity_key", "identity_name",
)  # fmt: skip


def matching_documents(
    index: IndexBackend, query: SearchQuery, max_docs: int | None = None
) -> Iterator[dict]:
    """Full documents of a search, page by page (newest first when there is no text)."""
    offset = 0
    while max_docs is None or offset < max_docs:
        limit = PAGE if max_docs is None else min(PAGE, max_docs - offset)
        page = index.search(replace(query, limit=limit, offset=offset, facet_size=0))
        if not page.hits:
            return
        for hit in page.hits:
            doc = index.get(hit.id)
            if doc is not None:
                yield doc
        offset += len(page.hits)
        if offset >= page.total:
            return


def documents(index: IndexBackend, query: SearchQuery | None) -> Iterator[dict]:
    """Every document, or those of a search when it filters anything."""
    if query is None or not query.filters_anything():
        return index.iter_documents()
    return matching_documents(index, query)


def identified(index: IndexBackend, docs: Iterable[dict]) -> Iterator[dict]:
    """Each document with ``person_identities``: for each of its people's extraction keys,
    the person registry's identity that mention belongs to (``{"key", "name"}``: the stable key,
    a working ``--person``, and the display name), so an export can be grouped by person while
    ``people`` stays exactly as extraction gave it. A key the registry does not know yet is
    its own identity."""
    reg = registry(index)
    for doc in docs:
        found: dict[str, dict] = {}
        for p in doc.get("people") or []:
            key = str(p.get("key") or "") if isinstance(p, dict) else ""
            if key and key not in found:
                ident = reg.owner(key, str(doc.get("id")))
                found[key] = (
                    {"key": ident.key, "name": ident.name}
                    if ident is not None
                    else {"key": key, "name": p.get("name") or key}
                )
        yield {**doc, "person_identities": found}


def _identity(doc: dict, person: dict) -> dict:
    key = person.get("key")
    return (doc.get("person_identities") or {}).get(key) or {"key": key, "name": person.get("name")}


def _joined(values: Iterable[object]) -> str:
    return "; ".join(str(v) for v in values)


def csv_row(doc: dict) -> list[str]:
    """One flat row: readable lists for people, regions and organisations, the participants
    count, JSON for nested facts, and each vote side's numbers (tallies joined by «; »)."""
    orgs = sorted(
        {str(e.get("normal") or e.get("text")) for e in doc.get("entities") or []
         if e.get("type") == "ORG"}
    )  # fmt: skip
    participants = [
        f.get("value") for f in doc.get("figures") or [] if f.get("role") == "participants"
    ]
    votes = [v for v in doc.get("votes") or [] if isinstance(v, dict)]
    people = [p for p in doc.get("people") or [] if isinstance(p, dict)]
    cells = {
        "people": _joined(p.get("name") or p.get("key") for p in people),
        "person_keys": _joined(p.get("key") or "" for p in people),
        "identity_keys": _joined(_identity(doc, p)["key"] or "" for p in people),
        "identity_names": _joined(_identity(doc, p)["name"] or "" for p in people),
        "regions": _joined(r.get("name") or r.get("code") for r in doc.get("regions") or []),
        "orgs": _joined(orgs),
        "participants": max(participants) if participants else "",
        **{
            k: json.dumps(doc.get(k) or [], ensure_ascii=False)
            for k in ("entities", "dates", "figures", "votes")
        },  # fmt: skip
        **{
            column: _joined("" if v.get(side) is None else v[side] for v in votes)
            for column, side in VOTE_SIDES
        },  # fmt: skip
    }
    return [_cell(cells[c] if c in cells else doc.get(c)) for c in CSV_COLUMNS]


def fact_rows(doc: dict) -> Iterator[list[str]]:
    """The long format: a row per person–post (or person without a post), figure and vote."""
    head = [doc.get("id"), doc.get("url"), doc.get("source"), doc.get("published_at")]
    body = str(doc.get("body") or "")
    for person in doc.get("people") or []:
        mentions = person.get("mentions") or []
        quote = body[mentions[0][0] : mentions[0][1]] if mentions else ""
        who = [person.get("key"), person.get("name")]
        identity = [_identity(doc, person)["key"], _identity(doc, person)["name"]]
        for post in person.get("posts") or [{}]:
            post_cells = [post.get("title"), post.get("org"), post.get("place"),
                          post.get("status") or ("current" if post else None)]  # fmt: skip
            yield _row(head + ["person", *who, *post_cells] + [None] * 7
                       + [post.get("start"), quote, *identity])  # fmt: skip
    for f in doc.get("figures") or []:
        yield _row(head + ["figure"] + [None] * 6 + [f.get("value"), f.get("unit"), f.get("role")]
                   + [None] * 5 + [f.get("text"), None, None])  # fmt: skip
    for v in doc.get("votes") or []:
        if isinstance(v, dict):
            yield _row(head + ["vote"] + [None] * 9 + [v.get("for"), v.get("against"),
                       v.get("abstained"), v.get("unanimous"), None, v.get("text"),
                       None, None])  # fmt: skip


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _row(values: list) -> list[str]:
    assert len(values) == len(FACT_COLUMNS), values
    return [_cell(v) for v in values]


def csv_chunks(docs: Iterable[dict], long: bool = False) -> Iterator[str]:
    """CSV text in pieces (a BOM and the header first), to stream or to write to a file."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(FACT_COLUMNS if long else CSV_COLUMNS)
    yield BOM + buf.getvalue()
    for doc in docs:
        buf.seek(0)
        buf.truncate()
        writer.writerows(fact_rows(doc) if long else [csv_row(doc)])
        yield buf.getvalue()


def jsonl_chunks(docs: Iterable[dict]) -> Iterator[str]:
    for doc in docs:
        yield json.dumps(doc, ensure_ascii=False) + "\n"
