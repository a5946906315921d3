"""JSON request bodies for writes; strict so a misspelt field is an error, not a no-op."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from monitor.scheduler import valid_schedule

Name = Field(min_length=1, max_length=200)
ShortList = Field(default_factory=list, max_length=50)
Item = Annotated[str, Field(max_length=200)]  # in the schema too, so clients know the limit


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


WebhookSecret = Field(
    None,
    min_length=16,
    max_length=200,
    description="HMAC key for X-Dumawatch-Signature; generated when a webhook is set without one."
    " Shown only in the response of the request that sets it.",
)


class WatchlistIn(Body):
    name: str = Name
    webhook_url: HttpUrl | None = None
    webhook_secret: str | None = WebhookSecret


class WatchlistPatch(Body):
    """Only the fields given change; ``"webhook_url": null`` removes the webhook."""

    name: str | None = Field(None, min_length=1, max_length=200)
    webhook_url: HttpUrl | None = None
    webhook_secret: str | None = WebhookSecret


class EntryIn(Body):
    name: str = Name
    aliases: list[Item] = ShortList
    posts: list[Item] = ShortList
    regions: list[Item] = ShortList

    @field_validator("aliases", "posts", "regions")
    @classmethod
    def _drop_blank(cls, values: list[str]) -> list[str]:
        return [v for v in values if v]


class SourceIn(Body):
    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w.\-]+$")
    start_urls: list[HttpUrl] = Field(min_length=1, max_length=50)
    allowed_domains: list[str] = Field(default_factory=list, max_length=50)
    schedule: str | None = Field(None, max_length=100, description="cron, e.g. '0 6 * * *'")

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value and not valid_schedule(value):
            raise ValueError(f"not a cron expression: {value!r}")
        return value or None


class CrawlIn(Body):
    """Either a configured ``source`` or explicit ``start_urls``."""

    source: str | None = Field(None, min_length=1, max_length=100)
    start_urls: list[HttpUrl] = Field(default_factory=list, max_length=50)
    max_pages: int | None = Field(None, ge=1, le=100_000)
