"""Facts a document contributes to filters and facets, derived the same way for every backend."""

from __future__ import annotations

from dataclasses import dataclass

from search.lemmas import WORD, lemma


def lemma_key(text: str) -> str:
    """Space-joined lemmas: how names of people, regions and organisations are compared."""
    return " ".join(map(lemma, WORD.findall(text)))


@dataclass(frozen=True)
class PersonFact:
    key: str
    name: str
    lemmas: str  # lemmas of every part of the name and of the key


@dataclass(frozen=True)
class RegionFact:
    code: str
    name: str
    lemmas: str


@dataclass(frozen=True)
class OrgFact:
    name: str
    lemmas: str


@dataclass(frozen=True)
class FigureFact:
    value: float
    unit: str | None
    role: str | None
    is_people: bool


@dataclass(frozen=True)
class VoteFact:
    """One tally's numbers as extraction records them: a side the text does not give is None,
    «единогласно» is 0 against and 0 abstained."""

    votes_for: int | None
    against: int | None
    abstained: int | None
    unanimous: bool


def people_facts(doc: dict) -> list[PersonFact]:
    out = {}
    for p in doc.get("people") or []:
        key = str(p.get("key") or "").strip()
        if not key:
            continue
        parts = [p.get("name"), p.get("last"), p.get("first"), p.get("middle"), key]
        lemmas = sorted({lem for part in parts if part for lem in lemma_key(str(part)).split()})
        out[key] = PersonFact(key, str(p.get("name") or key), " ".join(lemmas))
    return list(out.values())


def region_facts(doc: dict) -> list[RegionFact]:
    out = {}
    for r in doc.get("regions") or []:
        code = str(r.get("code") or "").strip()
        if code:
            name = str(r.get("name") or code)
            out[code] = RegionFact(code, name, lemma_key(name))
    return list(out.values())


def org_facts(doc: dict) -> list[OrgFact]:
    """Organisations are the ORG entities, grouped by their normal form."""
    out = {}
    for e in doc.get("entities") or []:
        if e.get("type") != "ORG":
            continue
        name = str(e.get("normal") or e.get("text") or "").strip()
        if name:
            out.setdefault(lemma_key(name), OrgFact(name, lemma_key(name)))
    return list(out.values())


def figure_facts(doc: dict) -> list[FigureFact]:
    out = []
    for f in doc.get("figures") or []:
        try:
            value = float(f["value"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append(FigureFact(value, f.get("unit"), f.get("role"), bool(f.get("is_people"))))
    return out


MAX_TALLY = 1_000_000_000  # past any council; keeps a stray number within every integer type


def _count(value: object) -> int | None:
    """A tally number as stored, or None when it is missing or not a whole count."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not 0 <= value <= MAX_TALLY or not float(value).is_integer():
        return None
    return int(value)


def vote_facts(doc: dict) -> list[VoteFact]:
    out = []
    for v in doc.get("votes") or []:
        if not isinstance(v, dict):
            continue
        out.append(
            VoteFact(
                _count(v.get("for")),
                _count(v.get("against")),
                _count(v.get("abstained")),
                v.get("unanimous") is True,
            )
        )
    return out


def published_day(doc: dict) -> str | None:
    """The YYYY-MM-DD part of ``published_at``, which date filters compare against."""
    value = doc.get("published_at")
    return str(value)[:10] if value else None
