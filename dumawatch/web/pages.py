"""What the HTML pages show, computed from the index and state store (no HTML here)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

from pydantic import ValidationError

from dumawatch.api.params import SearchParams
from extraction.lang.months import SHORT as MONTHS
from search import IndexBackend, SearchQuery

PAGE_SIZE = 10
FORM_FIELDS = (
    "q", "person", "region", "org", "source", "since", "until", "participants_min",
    "figure_role", "figure_min", "figure_max", "votes_against_min",
    "participants",  # the older name of participants_min, for links made before
)  # fmt: skip


class FormError(ValueError):
    """Form input the page cannot use; shown to the reader, answered with 400."""


def parse_form(raw: dict[str, str]) -> tuple[dict[str, str], SearchParams]:
    """Search-form fields → validated API parameters. Empty fields count as not given;
    «участников от» becomes the participants figure filter."""
    unknown = sorted(set(raw) - set(FORM_FIELDS) - {"offset"})
    if unknown:
        raise FormError(f"неизвестный параметр: {', '.join(unknown)}")
    form = {k: v.strip() for k, v in raw.items() if v and v.strip()}
    if "participants" in form:
        form.setdefault("participants_min", form.pop("participants"))
    api = {k: v for k, v in form.items() if k in FORM_FIELDS}
    api["offset"] = form.get("offset", "0")
    api["limit"] = str(PAGE_SIZE)
    try:
        params = SearchParams.model_validate(api)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][-1])
        raise FormError(f"поле «{field}»: {first['msg']}") from None
    return form, params


def link(form: dict[str, str], **changes: str | None) -> str:
    """The search URL for the current form with some fields changed (None removes a field)."""
    merged = {k: v for k, v in form.items() if k != "offset"}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "/?" + urlencode(merged) if merged else "/"


def month_label(month: str) -> str:
    year, m = month.split("-")
    return f"{MONTHS[int(m) - 1]} {year}"


def histogram(index: IndexBackend, query: SearchQuery) -> dict:
    """Matching documents per month (every match, counted by the index), every month in the
    span shown."""
    result = index.search(replace(query, limit=0, offset=0, facet_size=0, histogram="month"))
    counts = {b.key: b.count for b in result.histogram or []}
    return {"bars": month_bars(counts), "undated": result.total - sum(counts.values())}


def month_bars(counts: dict[str, int]) -> list[dict]:
    """Bars for every month from the first to the last counted one (empty months included, so
    the gaps show)."""
    if not counts:
        return []
    peak = max(counts.values())
    return [
        {
            "month": m,
            "label": month_label(m),
            "count": counts.get(m, 0),
            "height": round(100 * counts.get(m, 0) / peak),
        }
        for m in _month_span(min(counts), max(counts))
    ]


def _month_span(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 240:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


FACET_TITLES = {
    "people": "Люди",
    "regions": "Регионы",
    "orgs": "Организации",
    "sources": "Источники",
}
FACET_FIELDS = {"people": "person", "regions": "region", "orgs": "org", "sources": "source"}


FILTER_LABELS = {
    "person": "персона", "region": "регион", "org": "организация", "source": "источник",
    "since": "с", "until": "по", "participants_min": "участников от", "figure_role": "роль числа",
    "figure_min": "число от", "figure_max": "число до", "votes_against_min": "«против» от",
}  # fmt: skip


def active_filters(form: dict[str, str]) -> list[dict[str, str]]:
    """The filters in force, each with a link that drops it, shown above the results."""
    return [
        {"label": label, "value": form[name], "href": link(form, **{name: None})}
        for name, label in FILTER_LABELS.items()
        if form.get(name)
    ]
