"""JSON request bodies for writes; strict so a misspelt field is an error, not a no-op.

Every rule is a constraint the OpenAPI schema shows (``dumawatch/api/patterns.py``); names are
checked as sent and stored without the white space around them."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, model_validator

from dumawatch.api.patterns import BLANKS, CRON, CRON_HELP, NOT_BLANK, SOURCE_NAME
from monitor.scheduler import valid_schedule


def _strip(value: str) -> str:
    return value.strip(BLANKS)


Stripped = AfterValidator(_strip)
Name = Annotated[
    str,
    Field(min_length=1, max_length=200, pattern=NOT_BLANK, description="not only white space"),
    Stripped,
]
Item = Annotated[str, Field(max_length=200), Stripped]  # in the schema too, so clients know it
Domain = Annotated[str, Field(max_length=253), Stripped]
ShortList = Field(default_factory=list, max_length=50)
SourceName = Annotated[str, Field(min_length=1, max_length=100, pattern=NOT_BLANK), Stripped]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


WebhookSecret = Field(
    None,
    min_length=16,
    max_length=200,
    description="HMAC key for X-Dumawatch-Signature; generated when a webhook is set without one."
    " Shown only in the response of the request that sets it.",
)


class WatchlistIn(Body):
    name: Name
    webhook_url: HttpUrl | None = None
    webhook_secret: str | None = WebhookSecret


class WatchlistPatch(Body):
    """Only the fields given change; ``"webhook_url": null`` removes the webhook."""

    name: Name | None = None
    webhook_url: HttpUrl | None = None
    webhook_secret: str | None = WebhookSecret


class EntryIn(Body):
    name: Name
    aliases: list[Item] = ShortList
    posts: list[Item] = ShortList
    regions: list[Item] = ShortList

    @model_validator(mode="after")
    def _drop_blank(self) -> EntryIn:
        for field in ("aliases", "posts", "regions"):
            setattr(self, field, [v for v in getattr(self, field) if v])
        return self


class EntryPatch(Body):
    """Only the fields given change; an empty list clears aliases, posts or regions."""

    name: Name | None = None
    aliases: list[Item] | None = Field(None, max_length=50)
    posts: list[Item] | None = Field(None, max_length=50)
    regions: list[Item] | None = Field(None, max_length=50)

    @model_validator(mode="after")
    def _drop_blank(self) -> EntryPatch:
        for field in ("aliases", "posts", "regions"):
            values = getattr(self, field)
            if values is not None:
                setattr(self, field, [v for v in values if v])
        return self


class SourceIn(Body):
    name: str = Field(min_length=1, max_length=100, pattern=SOURCE_NAME)
    start_urls: list[HttpUrl] = Field(min_length=1, max_length=50)
    allowed_domains: list[Domain] = ShortList
    schedule: str | None = Field(None, max_length=100, pattern=CRON, description=CRON_HELP)

    @model_validator(mode="after")
    def _cron(self) -> SourceIn:
        # CRON admits only what croniter reads (tests/app/test_api_patterns.py); checked again here
        # because croniter is what the scheduler runs.
        if self.schedule and not valid_schedule(self.schedule):
            raise ValueError(f"not a cron expression: {self.schedule!r}")
        self.schedule = self.schedule or None
        return self


def _source_or_urls(schema: dict[str, Any]) -> None:
    schema["anyOf"] = [
        {"required": ["source"], "properties": {"source": {"type": "string"}}},
        {"required": ["start_urls"], "properties": {"start_urls": {"minItems": 1}}},
    ]


class CrawlIn(Body):
    """Either a configured ``source`` or explicit ``start_urls``."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_source_or_urls)

    source: SourceName | None = None
    start_urls: list[HttpUrl] = Field(default_factory=list, max_length=50)
    max_pages: int | None = Field(None, ge=1, le=100_000)
    alert_first_crawl: bool = Field(
        False, description="alert on a source's first crawl too (by default a silent baseline)"
    )

    @model_validator(mode="after")
    def _something_to_crawl(self) -> CrawlIn:
        if not self.source and not self.start_urls:
            raise ValueError("give start_urls or the name of a source")
        return self
