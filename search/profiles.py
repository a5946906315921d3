"""Profiles of a person, region or organisation, computed from the documents that mention them.

Only ``IndexBackend.search`` and ``get`` are used, so profiles look the same on SQLite and
Elasticsearch. A profile reads at most ``MAX_DOCS`` documents (newest first) and says so when it
stopped early.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from search import IndexBackend, SearchQuery
from search.exports import matching_documents
from search.facts import lemma_key
from search.office_keys import office_key, placed_as
from search.person_registry import named, registry, registry_for

MAX_DOCS = 2000
SNIPPET_RADIUS = 90


def timeline(index: IndexBackend, query: SearchQuery) -> list[dict]:
    """Documents per month over every match: the index counts them, with no document cap."""
    result = index.search(replace(query, limit=0, offset=0, facet_size=0, histogram="month"))
    return [{"month": b.key, "count": b.count} for b in result.histogram or []]


def snippet_at(body: str, start: int, end: int, radius: int = SNIPPET_RADIUS) -> dict:
    """Text around a mention, with the mention's place inside it (for highlighting)."""
    lo, hi = max(0, start - radius), min(len(body), end + radius)
    return {
        "before": ("…" if lo else "") + body[lo:start].replace("\n", " "),
        "match": body[start:end],
        "after": body[end:hi].replace("\n", " ") + ("…" if hi < len(body) else ""),
    }


def _doc_ref(doc: dict) -> dict:
    return {
        "id": doc["id"],
        "title": doc.get("title") or "",
        "url": doc.get("url") or "",
        "source": doc.get("source"),
        "published_at": doc.get("published_at"),
    }


def _sort_key(doc: dict) -> str:
    return str(doc.get("published_at") or "")


def _counter_list(counter: Counter, labels: dict[str, str], limit: int = 20) -> list[dict]:
    return [
        {"value": value, "label": labels.get(value, value), "count": n}
        for value, n in sorted(counter.items(), key=lambda kv: (-kv[1], labels.get(kv[0], "")))[
            :limit
        ]
    ]


def _aggregate(
    docs: list[dict],
    mention_of: Callable[[dict], list | None],
    exclude_person: list[str] | None = None,
) -> dict:
    people: Counter = Counter()
    regions: Counter = Counter()
    orgs: Counter = Counter()
    labels: dict[str, str] = {}
    latest = []
    for doc in sorted(docs, key=_sort_key, reverse=True):
        for p in doc.get("people") or []:
            key = str(p.get("key") or "")
            if key and key not in (exclude_person or ()):
                people[key] += 1
                labels[key] = str(p.get("name") or key)
        for r in doc.get("regions") or []:
            code = str(r.get("code") or "")
            if code:
                regions[code] += 1
                labels[code] = str(r.get("name") or code)
        for name in {
            str(e.get("normal") or e.get("text"))
            for e in doc.get("entities") or []
            if e.get("type") == "ORG"
        }:
            orgs[name] += 1
        if len(latest) < 10:
            mentions = sorted(mention_of(doc) or [])
            body = str(doc.get("body") or "")
            ref = _doc_ref(doc)
            if mentions:
                ref["snippet"] = snippet_at(body, mentions[0][0], mentions[0][1])
            else:
                ref["snippet"] = {"before": body[: 2 * SNIPPET_RADIUS], "match": "", "after": ""}
            latest.append(ref)
    return {
        "documents": len(docs),
        "people": _counter_list(people, labels),
        "regions": _counter_list(regions, labels),
        "orgs": _counter_list(orgs, {}),
        "latest": latest,
    }


def person_profile(index: IndexBackend, key: str) -> dict | None:
    """A person's page: one identity (``search.person_registry``) with every name it goes by,
    posts over time, mentions by month, who and where. ``key`` is the person's key, any of
    their older keys, or a name. Only the people ``key`` can name are read when the process
    has no whole registry yet (``registry_for``)."""
    reg = registry_for(index, key)
    ident = reg.find(key)
    if ident is None:
        named = reg.named(key)
        ident = named[0] if len(named) == 1 else None
    if ident is None:
        return None

    def own(doc: dict) -> list[dict]:
        return [
            p
            for p in doc.get("people") or []
            if reg.owner(str(p.get("key") or ""), str(doc["id"])) is ident
        ]

    docs = []
    truncated = False
    query = SearchQuery(person=ident.key)  # the index keeps just this identity's mentions
    for n, doc in enumerate(matching_documents(index, query, MAX_DOCS)):
        if n + 1 >= MAX_DOCS:
            truncated = True
        if own(doc):
            docs.append(doc)
    if not docs:
        return None
    variants: Counter = Counter()
    posts: dict[tuple, dict] = {}
    fullest: dict | None = None
    for doc in sorted(docs, key=_sort_key):
        body = str(doc.get("body") or "")
        for p in own(doc):
            if fullest is None or (p.get("name") == ident.name):
                fullest = p
            for start, end in p.get("mentions") or []:
                variants[body[start:end]] += 1
            for post in p.get("posts") or []:
                ident_post = office_key(post.get("title") or "", post.get("org"), post.get("place"))
                seen = posts.setdefault(
                    ident_post,
                    {
                        "title": post.get("title"),
                        "org": post.get("org"),
                        "place": post.get("place"),
                        "status": post.get("status") or "current",  # newest document first
                        "first_seen": doc.get("published_at"),
                        "last_seen": doc.get("published_at"),
                        "documents": 0,
                    },
                )
                seen["documents"] += 1
                if doc.get("published_at"):
                    seen["first_seen"] = seen["first_seen"] or doc.get("published_at")
                    seen["last_seen"] = doc.get("published_at")
    assert fullest is not None
    _fold_placeless(posts)

    def mentions(doc: dict) -> list | None:
        spans = [m for p in own(doc) for m in p.get("mentions") or []]
        return spans or None

    written = [v for v, _ in variants.most_common() if v]
    profile = {
        "key": ident.key,
        "name": ident.name,
        "last": fullest.get("last"),
        "first": fullest.get("first"),
        "middle": fullest.get("middle"),
        "variants": list(dict.fromkeys(ident.names + written)),
        "keys": ident.keys,
        "posts": sorted(
            posts.values(), key=lambda p: (p["first_seen"] is None, str(p["first_seen"]))
        ),
        "truncated": truncated,
    }
    profile.update(_aggregate(docs, mentions, exclude_person=ident.keys))
    # the index counts every month without a document cap; its person filter is by
    # (key, document) ownership, so a split person shares no month with the one it left
    profile["timeline"] = timeline(index, query)
    return profile


def place_profile(index: IndexBackend, query: SearchQuery, label: str) -> dict | None:
    """A region's or organisation's page: mentions by month, people and places around it."""
    docs = list(matching_documents(index, query, MAX_DOCS))
    if not docs:
        return None
    lemma_hits = label.lower()

    def mentions(doc: dict) -> list | None:
        for r in doc.get("regions") or []:
            if str(r.get("code") or "").lower() == lemma_hits or (r.get("name") or "") == label:
                return r.get("mentions")
        for e in doc.get("entities") or []:
            if e.get("type") == "ORG" and (e.get("normal") or e.get("text")) == label:
                return [[e["start"], e["end"]]]
        return None

    profile = {"label": label, "truncated": len(docs) >= MAX_DOCS}
    profile.update(_aggregate(docs, mentions))
    profile["timeline"] = timeline(index, query)
    return profile


FACET_SCAN = 1000


def _facet(index: IndexBackend, name: str, query: SearchQuery) -> list[dict]:
    result = index.search(query)
    return [
        {"value": f.value, "label": f.label, "documents": f.count}
        for f in result.facets.get(name, [])
    ]


def find_people(index: IndexBackend, q: str | None, limit: int) -> list[dict]:
    """People (identities, not raw keys) whose name in any form or key matches ``q``; most
    mentioned first."""
    found = named(index, q) if q else registry(index).listing()
    found = sorted(found, key=lambda i: (-len(i.documents), i.name))
    return [
        {"value": i.key, "label": i.name, "documents": len(i.documents), "keys": i.keys}
        for i in found[:limit]
    ]


def find_places(index: IndexBackend, facet: str, q: str | None, limit: int) -> list[dict]:
    """Regions/organisations, most mentioned first, optionally those whose name contains ``q``
    (compared by lemmas, so «Калужской» finds «Калужская область»)."""
    items = _facet(index, facet, SearchQuery(limit=0, facet_size=FACET_SCAN if q else limit))
    if q:
        want = lemma_key(q).split() or [q.lower()]
        items = [
            i
            for i in items
            if all(w in lemma_key(i["label"]).split() or w in i["value"].lower() for w in want)
        ]
    return items[:limit]


def _fold_placeless(posts: dict[tuple, dict]) -> None:
    """A person's «глава города» with no place is their «глава» of the town they head, their
    «глава администрации» with none their one placed or kind-named one
    (``search.office_keys.placed_as``): one post on the page, its documents and dates joined."""
    for office in [o for o in posts if not o[1]]:
        target = placed_as(office, posts)
        if target == office or target not in posts:
            continue
        into, other = posts[target], posts.pop(office)
        into["documents"] += other["documents"]
        firsts = [d for d in (into["first_seen"], other["first_seen"]) if d]
        into["first_seen"] = min(firsts) if firsts else None
        if other["last_seen"] and (
            into["last_seen"] is None or other["last_seen"] > into["last_seen"]
        ):
            into["last_seen"], into["status"] = other["last_seen"], other["status"]
