"""What the person registry keeps of each stored person record, and how Elasticsearch keeps a
document's records in one binary doc value (read back without loading any source)."""

from __future__ import annotations

import base64
import json

from extraction.lang.morph import fold

Record = tuple  # (key, last, first, middle, name, places)


def record(person: dict) -> Record | None:
    """(key, last, first, middle, name, places) of a stored person record, so documents can be
    added and taken away without reading the rest again."""
    key = str(person.get("key") or "")
    if not key:
        return None
    posts = person.get("posts") or []
    places = tuple(fold(str(post["place"])) for post in posts if post.get("place"))
    return (
        key,
        person.get("last"),
        person.get("first"),
        person.get("middle"),
        person.get("name"),
        places,
    )


def encode(people: list[dict] | None) -> str | None:
    """A document's records in order, as one base64 JSON value."""
    records = [r for r in map(record, people or []) if r is not None]
    if not records:
        return None
    text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))  # as compact as orjson
    return base64.b64encode(text.encode()).decode()


def decode(value: str) -> list[Record]:
    return [
        (key, last, first, middle, name, tuple(places))
        for key, last, first, middle, name, places in json.loads(base64.b64decode(value))
    ]


def surname(record: Record) -> str:
    """The surname the registry groups a record's key by: its ``last``, else the key's first
    word (folded, as ``search.person_registry`` reads it)."""
    last = fold(str(record[1] or "")).rstrip(".").strip()
    words = str(record[0]).split()
    return last or (fold(words[0]) if words else "")
