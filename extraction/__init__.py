"""Extraction: text in, people/posts, entities, regions, dates, figures and votes out. No I/O.

>>> extract("Глава Калуги Александр Иванов ...", "2018-11-23")["people"][0]["name"]
'Александр Иванов'

Importing the package loads no spaCy: the pipeline (spaCy, slovnet) is built on first use, so
the search index, watchlists and the HTTP app can use the language base layer
(``extraction.lang``) without it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from .clean_text import clean, span_back

if TYPE_CHECKING:  # spaCy loads with the pipeline, on first use, not with this package
    from spacy.language import Language
    from spacy.tokens import Doc

EXTRACTION_VERSION = "dw-extract-10 slovnet-ner-news-v1 rules-25"

__all__ = ["EXTRACTION_VERSION", "Extractor", "extract"]

# Every new word form enters the pipeline's string store for good; a crawl of millions of
# documents would grow it without bound, so past this size the pipeline is rebuilt (the
# models themselves are cached per process, so that is cheap).
MAX_STRINGS = 2_000_000


def as_date(value: str | date | None) -> date | None:
    """``published_at`` as a date; ISO datetimes keep their date, anything else is unknown."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def to_dict(doc: Doc) -> dict:
    result = {
        "entities": [e.as_dict() for e in doc._.entities],
        "people": [p.as_dict() for p in doc._.people],
        "regions": list(doc._.regions or []),
        "dates": list(doc._.dates or []),
        "figures": list(doc._.figures or []),
        "votes": list(doc._.votes or []),
        "extraction_version": EXTRACTION_VERSION,
    }
    positions = doc._.offsets
    if positions is not None:  # characters were dropped: offsets go back to the caller's
        spans = [
            item for field in ("entities", "dates", "figures", "votes") for item in result[field]
        ]
        spans += [post for person in result["people"] for post in person["posts"]]
        for item in spans:
            item["start"], item["end"] = span_back(positions, item["start"], item["end"])
        for holder in result["people"] + result["regions"]:
            holder["mentions"] = [list(span_back(positions, s, e)) for s, e in holder["mentions"]]
    source = doc._.source_text
    if source is not None:  # quoted text must slice the caller's string, surrogates and all
        for field in ("entities", "dates", "figures", "votes"):
            for item in result[field]:
                item["text"] = source[item["start"] : item["end"]]
    return result


class Extractor:
    """Holds one pipeline. Cheap to build per worker process: the models load on first use
    and are shared by every Extractor in that process."""

    def __init__(self) -> None:
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .pipeline import build

            self._nlp = build()
        return self._nlp

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._nlp = None

    def _doc(self, text: str, published_at: str | date | None) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if self._nlp is not None and len(self._nlp.vocab.strings) > MAX_STRINGS:
            self._nlp = None  # spaCy's string store only grows; start a fresh one
        cleaned, positions = clean(text)
        doc = self.nlp.make_doc(cleaned)
        doc._.published_at = as_date(published_at)
        if cleaned != text:
            doc._.source_text = text
            doc._.offsets = positions
        return doc

    def extract(self, text: str, published_at: str | date | None = None) -> dict:
        return to_dict(self.nlp(self._doc(text, published_at)))

    def pipe(
        self, items: Iterable[tuple[str, str | date | None]], batch_size: int = 32
    ) -> Iterator[dict]:
        docs = (self._doc(text, published_at) for text, published_at in items)
        for doc in self.nlp.pipe(docs, batch_size=batch_size):
            yield to_dict(doc)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract(text: str, published_at: str | date | None = None) -> dict:
    return default_extractor().extract(text, published_at)
