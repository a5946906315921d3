"""Search requests and results shared by every backend (and by the CLI and API)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class SearchQuery:
    """Full text plus fact filters. Empty ``text`` means "everything that passes the filters".

    ``person`` is a person key or a name in any case form; ``region`` a region code or name;
    ``org`` an organisation name; ``since``/``until`` bound ``published_at`` (inclusive);
    ``figure_role``/``figure_min``/``figure_max`` keep documents with a figure in that range
    (e.g. role "participants", min 300). ``votes_against_min`` keeps documents with at least
    one vote tally of that many or more votes against. ``histogram`` ("day", "month" or
    "year") also counts every matching document by its publication date, undated ones left
    out.
    """

    text: str = ""
    person: str | None = None
    region: str | None = None
    org: str | None = None
    source: str | None = None
    since: date | None = None
    until: date | None = None
    figure_role: str | None = None
    figure_min: float | None = None
    figure_max: float | None = None
    votes_against_min: int | None = None
    limit: int = 10
    offset: int = 0
    facet_size: int = 10
    histogram: str | None = None

    def __post_init__(self) -> None:
        if self.votes_against_min is not None and self.votes_against_min < 0:
            raise ValueError("votes_against_min must be 0 or more")
        if self.histogram is not None and self.histogram not in HISTOGRAM_INTERVALS:
            raise ValueError(f"histogram interval must be one of {', '.join(HISTOGRAM_INTERVALS)}")

    def filters_anything(self) -> bool:
        """Whether the query narrows the index at all (text or any fact filter)."""
        facts = ("person", "region", "org", "source", "since", "until", "figure_role",
                 "figure_min", "figure_max", "votes_against_min")  # fmt: skip
        return bool(self.text.strip()) or any(getattr(self, f) is not None for f in facts)


HISTOGRAM_INTERVALS = ("day", "month", "year")


@dataclass
class Hit:
    id: str
    url: str
    title: str
    source: str
    published_at: str | None
    snippet: str  # original words, matches wrapped in <mark>…</mark>
    score: float


@dataclass
class Facet:
    value: str  # key / code / name used to filter
    label: str  # what a person reads
    count: int


@dataclass
class Bucket:
    key: str  # "2018", "2018-03" or "2018-03-05"
    count: int


@dataclass
class SearchResult:
    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[Facet]] = field(default_factory=dict)  # people, regions, orgs, sources
    histogram: list[Bucket] | None = None  # oldest first; None unless the query asked

    def to_json(self) -> dict:
        out = {
            "total": self.total,
            "hits": [asdict(h) for h in self.hits],
            "facets": {k: [asdict(f) for f in v] for k, v in self.facets.items()},
        }
        if self.histogram is not None:
            out["histogram"] = [asdict(b) for b in self.histogram]
        return out
