"""Validated request parameters; unknown parameters are refused (422) instead of ignored.

An ignored typo (``?peson=Иванов``) would silently return unfiltered results, which is worse
than an error. (The web UI drops the empty fields an HTML form submits before validating.)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from search import SearchQuery

MAX_LIMIT = 100
MAX_OFFSET = 10_000
MAX_TEXT = 500
MAX_NAME = 200
FIGURE_BOUND = 1e15
MAX_VOTES = 1_000_000_000

Role = Literal[
    "participants", "attendees", "members", "voters", "residents", "votes_for", "votes_against",
    "abstained", "other",
]  # fmt: skip
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """Only ``YYYY-MM-DD``: pydantic's lax mode would read ``0`` as 1970-01-01."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return date.fromisoformat(value)


IsoDate = Annotated[date, BeforeValidator(_iso_day)]


def readable(value: object) -> object:
    """Blank out control characters and letters Unicode gives no name (Tangut and the like):
    no news text holds them, and pymorphy3 cannot analyse them, so they cannot match anyway."""
    if isinstance(value, str):
        return "".join(
            " "
            if (ch.isalpha() and not unicodedata.name(ch, ""))
            or unicodedata.category(ch) in ("Cc", "Cs", "Co")
            else ch
            for ch in value
        )
    return value


Text = Annotated[str, BeforeValidator(readable)]


def first(*values: object) -> object:
    """The first value given: a filter's name shared with the CLI wins over its older name."""
    return next((v for v in values if v is not None), None)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Filters(Strict):
    """Fact filters shared by search, export and the profile pages."""

    q: Text | None = Field(None, max_length=MAX_TEXT, description="full-text query")
    person: Text | None = Field(None, max_length=MAX_NAME, description="person key or name")
    region: Text | None = Field(None, max_length=MAX_NAME, description="region code or name")
    org: Text | None = Field(None, max_length=MAX_NAME, description="organisation name")
    source: Text | None = Field(None, max_length=MAX_NAME)
    since: IsoDate | None = Field(None, description="published on or after (YYYY-MM-DD)")
    until: IsoDate | None = Field(None, description="published on or before (YYYY-MM-DD)")
    participants_min: float | None = Field(
        None, ge=0, le=FIGURE_BOUND, allow_inf_nan=False,
        description="events with at least this many participants (CLI --participants-min)",
    )  # fmt: skip
    figure_role: Role | None = Field(None, description="figure role (CLI --figure-role)")
    figure_min: float | None = Field(
        None, ge=-FIGURE_BOUND, le=FIGURE_BOUND, allow_inf_nan=False, description="--figure-min"
    )
    figure_max: float | None = Field(
        None, ge=-FIGURE_BOUND, le=FIGURE_BOUND, allow_inf_nan=False, description="--figure-max"
    )
    role: Role | None = Field(None, description="older name of figure_role")
    min: float | None = Field(None, ge=-FIGURE_BOUND, le=FIGURE_BOUND, allow_inf_nan=False,
                              description="older name of figure_min")  # fmt: skip
    max: float | None = Field(None, ge=-FIGURE_BOUND, le=FIGURE_BOUND, allow_inf_nan=False,
                              description="older name of figure_max")  # fmt: skip
    votes_against_min: int | None = Field(
        None, ge=0, le=MAX_VOTES, description="a vote tally with at least this many against"
    )

    def query(self, limit: int = 10, offset: int = 0, facet_size: int = 10) -> SearchQuery:
        role, low = first(self.figure_role, self.role), first(self.figure_min, self.min)
        return SearchQuery(
            text=self.q or "",
            person=self.person,
            region=self.region,
            org=self.org,
            source=self.source,
            since=self.since,
            until=self.until,
            figure_role="participants" if self.participants_min is not None else role,
            figure_min=self.participants_min if self.participants_min is not None else low,
            figure_max=first(self.figure_max, self.max),
            votes_against_min=self.votes_against_min,
            limit=limit,
            offset=offset,
            facet_size=facet_size,
        )

    def as_params(self) -> dict[str, str]:
        """The non-empty filters as query-string values (for links that keep the filters)."""
        out = {}
        for name, value in self.model_dump().items():
            if value is not None:
                out[name] = value.isoformat() if isinstance(value, date) else str(value)
        return out


class SearchParams(Filters):
    limit: int = Field(10, ge=0, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
    facet_size: int = Field(10, ge=0, le=MAX_LIMIT)
    histogram: Literal["day", "month", "year"] | None = Field(
        None, description="also count every match per day, month or year of publication"
    )


class ExportParams(Filters):
    format: Literal["jsonl", "csv", "facts-csv"] = "jsonl"
    max_docs: int | None = Field(None, ge=1, le=1_000_000, description="stop after this many")


class NameSearch(Strict):
    q: Text | None = Field(None, max_length=MAX_NAME, description="name in any case form")
    limit: int = Field(20, ge=1, le=MAX_LIMIT)


class Paging(Strict):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class AlertParams(Paging):
    watchlist_id: int | None = Field(None, ge=1, le=2**62)


class RunParams(Paging):
    source: Text | None = Field(None, max_length=MAX_NAME)


class OfficialsParams(Strict):
    place: Text | None = Field(None, max_length=MAX_NAME, description="city or district")
    org: Text | None = Field(None, max_length=MAX_NAME, description="organisation")
    as_of: IsoDate | None = Field(None, description="as the index stood on that day (YYYY-MM-DD)")
