"""What the news spider scrapes: one article, in the indexed-document shape (docs/data-model.md)."""

from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    id = scrapy.Field()  # sha1(canonical url)[:16], set by the clean stage
    url = scrapy.Field()  # canonical URL
    source = scrapy.Field()
    title = scrapy.Field()
    published_at = scrapy.Field()  # "YYYY-MM-DD" or None
    body = scrapy.Field()  # paragraphs joined by "\n\n"
    fetched_at = scrapy.Field()  # ISO datetime, UTC
    content_hash = scrapy.Field()  # sha1(title + "\n" + body), set by the clean stage
    extraction_version = scrapy.Field()
    entities = scrapy.Field()
    people = scrapy.Field()
    regions = scrapy.Field()
    dates = scrapy.Field()
    figures = scrapy.Field()
    votes = scrapy.Field()  # vote tallies of a duma or council


EXTRACTION_FIELDS = ("entities", "people", "regions", "dates", "figures", "votes")
DOCUMENT_FIELDS = tuple(ArticleItem.fields)
