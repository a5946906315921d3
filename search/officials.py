"""The office registry: who held which post, with what status, first and last seen when, and
which documents say so — folded from indexed documents, so every backend gives the same answer.

An office is a post title with its organisation and/or place («председатель» of «Городская Дума»
in «Калуга»). A holder's status is the one their newest document gives (``current`` when a
document predates post statuses). ``as_of`` keeps only documents published on or before that
day, so the registry reads as it stood then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from search.backend import IndexBackend
from search.facts import lemma_key
from search.office_keys import office_key, placed_as, town_name
from search.person_registry import Registry, registry

QUOTE_CHARS = 300  # the sentence shown as evidence, at most


@dataclass
class Holding:
    key: str
    name: str
    status: str = "current"
    first_seen: str | None = None
    last_seen: str | None = None
    documents: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)

    def add(self, doc: dict, status: str, quote: str) -> None:
        day = (doc.get("published_at") or "")[:10] or None
        if doc["id"] not in self.documents:
            self.documents.append(doc["id"])
            self.evidence.append({"document": doc["id"], "published_at": day, "quote": quote})
        if day is None:
            return
        if self.first_seen is None or day < self.first_seen:
            self.first_seen = day
        if self.last_seen is None or day >= self.last_seen:
            self.last_seen = day
            self.status = status

    def absorb(self, other: Holding) -> None:
        """The same holder's documents under another name of this office."""
        for evidence in other.evidence:
            if evidence["document"] not in self.documents:
                self.documents.append(evidence["document"])
                self.evidence.append(evidence)
        if other.first_seen and (self.first_seen is None or other.first_seen < self.first_seen):
            self.first_seen = other.first_seen
        if other.last_seen and (self.last_seen is None or other.last_seen > self.last_seen):
            self.last_seen, self.status = other.last_seen, other.status

    def to_json(self) -> dict:
        order = sorted(self.evidence, key=lambda e: e["published_at"] or "", reverse=True)
        return {
            "person": {"key": self.key, "name": self.name},
            "status": self.status,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "documents": [e["document"] for e in order],
            "evidence": order,
        }


def words_in(wanted: str | None, value: str | None) -> bool:
    """Case forms and word order aside: «Калуге» finds «Калуга», «думы» finds «Городская Дума»."""
    if not wanted:
        return True
    if not value:
        return False
    have = set(lemma_key(value).split())
    return all(w in have for w in lemma_key(wanted).split())


def _quote(body: str, mentions: list) -> str:
    """The sentence around the person's first mention."""
    if not mentions:
        return ""
    start, end = mentions[0][0], mentions[0][1]
    left = max(body.rfind(stop, 0, start) for stop in (". ", "\n", "! ", "? "))
    right = min((i for i in (body.find(stop, end) for stop in (". ", "\n", "! ", "? ")) if i >= 0),
                default=len(body))  # fmt: skip
    sentence = body[left + 1 : right + 1].strip()
    return sentence[:QUOTE_CHARS]


def index_officials(
    index: IndexBackend,
    *,
    place: str | None = None,
    org: str | None = None,
    as_of: date | None = None,
) -> list[dict]:
    """The office registry of an index, its holders as the index's person registry groups
    them: one holder per identity (merged keys together, split-off mentions apart)."""
    people = registry(index)
    return officials(index.iter_documents(), place=place, org=org, as_of=as_of, people=people)


def officials(
    docs: Iterable[dict],
    *,
    place: str | None = None,
    org: str | None = None,
    as_of: date | None = None,
    people: Registry | None = None,
) -> list[dict]:
    """Offices and their holders (newest first), offices by their newest holder. With
    ``people`` (``search.person_registry``), a holder is an identity, under its key and display
    name; without, a stored person key."""
    limit = as_of.isoformat() if as_of else None
    offices: dict[tuple, dict[str, Holding]] = {}
    labels: dict[tuple, dict] = {}
    for doc in docs:
        day = (doc.get("published_at") or "")[:10]
        if limit and (not day or day > limit):
            continue
        body = str(doc.get("body") or "")
        for person in doc.get("people") or []:
            for post in person.get("posts") or []:
                title = (post.get("title") or "").strip()
                if not title:
                    continue
                office = office_key(title, post.get("org"), post.get("place"))
                # «Калужской городской Думы» with no place given is in Калуга
                where = post.get("place") or town_name(office[1]) or None
                if not words_in(place, where) or not words_in(org, post.get("org")):
                    continue
                labels.setdefault(office, {"title": title, "org": post.get("org") or None,
                                           "place": where})  # fmt: skip
                key = str(person.get("key") or person.get("name") or "")
                ident = people.owner(key, str(doc["id"])) if people is not None else None
                if ident is not None:
                    key = ident.key
                holding = offices.setdefault(office, {}).setdefault(
                    key, Holding(key, ident.name if ident else str(person.get("name") or key))
                )
                if ident is None and len(str(person.get("name") or "")) > len(holding.name):
                    holding.name = str(person["name"])  # the fullest form seen
                quote = _quote(body, person.get("mentions") or [])
                holding.add(doc, str(post.get("status") or "current"), quote)
    _fold_placeless(offices)
    result = []
    for office, holders in offices.items():
        ordered = sorted(holders.values(), key=lambda h: (h.last_seen or "", h.key), reverse=True)
        result.append({**labels[office], "holders": [h.to_json() for h in ordered]})
    result.sort(key=lambda o: (o["holders"][0]["last_seen"] or "", o["title"]), reverse=True)
    return result


def _fold_placeless(offices: dict[tuple, dict[str, Holding]]) -> None:
    """«глава города» with no place goes to the holder's «глава» of a town
    (``search.office_keys.placed_as``)."""
    held: dict[str, set[tuple]] = {}
    for office, holders in offices.items():
        for key in holders:
            held.setdefault(key, set()).add(office)
    for office in [o for o in offices if not o[1]]:
        holders = offices[office]
        for key in list(holders):
            target = placed_as(office, held[key])
            if target != office and key in offices.get(target, {}):
                offices[target][key].absorb(holders.pop(key))
        if not holders:
            del offices[office]
