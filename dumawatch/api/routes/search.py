"""Search, single documents and streamed export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import StreamingResponse

from dumawatch.api import deps
from dumawatch.api.params import ExportParams, SearchParams
from dumawatch.api.profiles import matching_documents
from dumawatch.api.responses import errors
from dumawatch.vote_text import CSV_COLUMNS as VOTE_COLUMNS
from dumawatch.vote_text import csv_cells
from search import IndexBackend

router = APIRouter(prefix="/api", tags=["search"], responses=errors(503))

DocId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")]


@router.get("/search")
def search(
    params: Annotated[SearchParams, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """Full text plus fact filters, with facets (people, regions, orgs, sources), highlighted
    snippets (matches wrapped in ``<mark>``) and, when asked, a histogram of every match by
    publication date."""
    query = params.query(params.limit, params.offset, params.facet_size)
    result = index.search(replace(query, histogram=params.histogram))
    body = result.to_json()
    body.update(limit=params.limit, offset=params.offset)
    return body


@router.get("/documents/{doc_id}", responses=errors(404))
def document(doc_id: DocId, index: IndexBackend = Depends(deps.index)) -> dict:  # noqa: B008
    """The stored document with its facts (entities, people, regions, dates, figures, votes)
    and their character offsets into ``body``."""
    doc = index.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    return doc


CSV_COLUMNS = [
    "id",
    "url",
    "source",
    "title",
    "published_at",
    "people",
    "regions",
    "orgs",
    "participants",
    "body",
    *VOTE_COLUMNS,
]


def csv_row(doc: dict) -> list[str]:
    orgs = {
        str(e.get("normal") or e.get("text"))
        for e in doc.get("entities") or []
        if e.get("type") == "ORG"
    }
    participants = [
        str(f.get("value")) for f in doc.get("figures") or [] if f.get("role") == "participants"
    ]
    return [
        doc.get("id") or "",
        doc.get("url") or "",
        doc.get("source") or "",
        doc.get("title") or "",
        doc.get("published_at") or "",
        "; ".join(str(p.get("name") or p.get("key")) for p in doc.get("people") or []),
        "; ".join(str(r.get("name") or r.get("code")) for r in doc.get("regions") or []),
        "; ".join(sorted(orgs)),
        "; ".join(participants),
        doc.get("body") or "",
        *csv_cells(doc).values(),
    ]


def _csv(docs: Iterator[dict]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + buf.getvalue()  # BOM: spreadsheet programs then read the Cyrillic right
    for doc in docs:
        buf.seek(0)
        buf.truncate()
        writer.writerow(csv_row(doc))
        yield buf.getvalue()


def _jsonl(docs: Iterator[dict]) -> Iterator[str]:
    for doc in docs:
        yield json.dumps(doc, ensure_ascii=False) + "\n"


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}, "text/csv": {}}}},
)
def export(
    params: Annotated[ExportParams, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> StreamingResponse:
    """Every document of a search, streamed as JSON lines (the export contract) or CSV."""
    max_docs = params.max_docs or 10**9
    docs = matching_documents(index, params.query(), max_docs=max_docs)
    if params.format == "csv":
        return StreamingResponse(
            _csv(docs),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="dumawatch.csv"'},
        )
    return StreamingResponse(
        _jsonl(docs),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="dumawatch.jsonl"'},
    )
