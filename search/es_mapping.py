"""What an Elasticsearch index of dumawatch documents looks like, and how a document becomes one.

The stored ``_source`` is the document exactly as upserted plus the ``DERIVED`` fields below,
which ``stored_document`` strips again, so ``get`` returns what went in. The server build we run
has only core analysis, so lemmas come from ``search.lemmas`` (the same as SQLite indexes) and
are searched with the ``standard`` analyzer, which splits them like SQLite's unicode61.
"""

from __future__ import annotations

import hashlib
import json

from search import person_records as records
from search.facts import (
    figure_facts,
    org_facts,
    people_facts,
    published_day,
    region_facts,
    vote_facts,
)
from search.lemmas import lemma_text

# bump when MAPPINGS change; `dumawatch reindex` moves data to the new one.
# 3: vote tallies are searchable (``vote_facts``)
# 4: flat facet fields beside the nested facts and the registry's person records in doc values
#    (``FLAT``); a version-3 index is still read and written, through the nested facts
MAPPING_VERSION = 4
READABLE_VERSIONS = (3, 4)
FLAT_VERSION = 4

# Facets and filters on people, regions and orgs count documents by key: a terms aggregation
# over a keyword of the document itself, not over nested documents (the nested one was most
# of a search's time at a million documents). The ``*_labels`` hold "key<US>name" per fact, so
# one more terms aggregation gives each key's most frequent name, as the nested one did.
LABEL_SEP = "\x1f"
FLAT = (
    "person_keys",
    "region_codes",
    "region_labels",
    "org_keys",
    "org_labels",
    "person_records",
)

DERIVED = (
    "title_lemmas",
    "body_lemmas",
    "day",
    "digest",
    "person_facts",
    "region_facts",
    "org_facts",
    "figure_facts",
    "vote_facts",
    *FLAT,
)

KEYWORD = {"type": "keyword"}
OPAQUE = {"type": "object", "enabled": False}  # kept in _source, never indexed
DATE = {
    "type": "date",
    "format": "strict_date_optional_time||yyyy-MM-dd||epoch_millis",
    "ignore_malformed": True,
}


def _name_fact(*keys: str) -> dict:
    props = {k: KEYWORD for k in keys}
    props["lemmas"] = KEYWORD  # one lemma per array item, matched word by word
    return {"type": "nested", "properties": props}


# Extraction objects are mapped loosely (`dynamic: false`): a new attribute from a newer
# extractor is kept in _source instead of failing the whole crawl. Top level stays strict.
FACET_KEYWORD = {"type": "keyword", "eager_global_ordinals": True}
MAPPINGS: dict = {
    "dynamic": "strict",
    "_meta": {"dumawatch_mapping": MAPPING_VERSION},
    # derived values only searched or aggregated: not repeated in the stored source
    "_source": {"excludes": list(FLAT)},
    "properties": {
        "id": KEYWORD,
        "url": KEYWORD,
        "source": KEYWORD,
        # kept for hits and snippets; searches run on the lemma fields, so the words as
        # written are not indexed (analysing the body twice was a third of indexing time)
        "title": {"type": "text", "index": False},
        "body": {"type": "text", "index": False},
        "published_at": DATE,
        "fetched_at": DATE,
        "content_hash": KEYWORD,
        "extraction_version": KEYWORD,
        "entities": OPAQUE,
        "dates": OPAQUE,
        "people": {
            "type": "object",
            "dynamic": False,
            "properties": {
                "key": KEYWORD,
                "name": KEYWORD,
                "last": KEYWORD,
                "first": KEYWORD,
                "middle": KEYWORD,
                "posts": OPAQUE,
                "mentions": OPAQUE,
            },
        },
        "regions": {
            "type": "object",
            "dynamic": False,
            "properties": {"code": KEYWORD, "name": KEYWORD, "mentions": OPAQUE},
        },
        "figures": OPAQUE,
        "votes": OPAQUE,
        # derived, see DERIVED
        "title_lemmas": {"type": "text", "analyzer": "standard"},
        "body_lemmas": {"type": "text", "analyzer": "standard"},
        "day": {"type": "date", "format": "yyyy-MM-dd", "ignore_malformed": True},
        "digest": {"type": "keyword", "index": False},
        "person_facts": _name_fact("key", "key_folded", "name"),
        "region_facts": _name_fact("code", "code_folded", "name"),
        "org_facts": _name_fact("key", "name"),
        "figure_facts": {
            "type": "nested",
            "properties": {
                "value": {"type": "double"},
                "unit": KEYWORD,
                "role": KEYWORD,
                "is_people": {"type": "boolean"},
            },
        },
        "vote_facts": {
            "type": "nested",
            "properties": {
                "for": {"type": "integer"},
                "against": {"type": "integer"},
                "abstained": {"type": "integer"},
                "unanimous": {"type": "boolean"},
            },
        },
        "person_keys": FACET_KEYWORD,
        "region_codes": FACET_KEYWORD,
        "region_labels": FACET_KEYWORD,
        "org_keys": FACET_KEYWORD,
        "org_labels": FACET_KEYWORD,
        # what the person registry keeps of each person record (``search.person_records``),
        # read from doc values: reading the people from the source of a million documents
        # took minutes
        "person_records": {"type": "binary", "doc_values": True},
    },
}

SETTINGS = {"number_of_shards": 1, "refresh_interval": "1s"}


def digest(doc: dict) -> str:
    """Identity of a document's content: everything but when it was fetched (as in SQLite)."""
    stable = {k: v for k, v in doc.items() if k != "fetched_at"}
    return hashlib.sha1(json.dumps(stable, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def person_records(doc: dict) -> str | None:
    """The registry's records of a document's people (``search.person_records``), in order,
    as one base64 JSON value: a binary doc value is read back without a terms dictionary."""
    return records.encode(doc.get("people"))


def indexed_document(doc: dict, doc_digest: str | None = None, flat: bool = True) -> dict:
    """The document plus the fields searches and facets run on (``doc_digest`` when the caller
    has it already: it is a third of the cost); ``flat``: with the ``FLAT`` fields (an index
    of mapping 4 or later)."""
    body = dict(doc)
    body["title_lemmas"] = lemma_text(doc.get("title") or "")
    body["body_lemmas"] = lemma_text(doc.get("body") or "")
    body["day"] = published_day(doc)
    body["digest"] = doc_digest or digest(doc)
    body["person_facts"] = [
        {"key": p.key, "key_folded": p.key.lower(), "name": p.name, "lemmas": p.lemmas.split()}
        for p in people_facts(doc)
    ]
    body["region_facts"] = [
        {"code": r.code, "code_folded": r.code.lower(), "name": r.name, "lemmas": r.lemmas.split()}
        for r in region_facts(doc)
    ]
    body["org_facts"] = [
        {"key": o.lemmas, "name": o.name, "lemmas": o.lemmas.split()} for o in org_facts(doc)
    ]
    body["figure_facts"] = [
        {"value": f.value, "unit": f.unit, "role": f.role, "is_people": f.is_people}
        for f in figure_facts(doc)
    ]
    body["vote_facts"] = [
        {
            "for": v.votes_for,
            "against": v.against,
            "abstained": v.abstained,
            "unanimous": v.unanimous,
        }
        for v in vote_facts(doc)
    ]
    if flat:
        body["person_keys"] = [p["key"] for p in body["person_facts"]]
        body["region_codes"] = [r["code"] for r in body["region_facts"]]
        body["region_labels"] = [f"{r['code']}{LABEL_SEP}{r['name']}" for r in body["region_facts"]]
        body["org_keys"] = [o["key"] for o in body["org_facts"]]
        body["org_labels"] = [f"{o['key']}{LABEL_SEP}{o['name']}" for o in body["org_facts"]]
        records = person_records(doc)
        if records is not None:
            body["person_records"] = records
    return body


def stored_document(source: dict) -> dict:
    """The document as upserted, from an indexed ``_source``."""
    return {k: v for k, v in source.items() if k not in DERIVED}
