"""Search, single documents and streamed export."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import StreamingResponse

from dumawatch.api import deps
from dumawatch.api.params import ExportParams, SearchParams
from dumawatch.api.responses import errors
from monitor.site_names import labeller
from monitor.state import StateStore
from search import IndexBackend
from search.exports import csv_chunks, identified, jsonl_chunks, matching_documents

router = APIRouter(prefix="/api", tags=["search"], responses=errors(503))

DocId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")]


@router.get("/search")
def search(
    params: Annotated[SearchParams, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
    state: StateStore = Depends(deps.state),  # noqa: B008
) -> dict:
    """Full text plus fact filters, with facets (people, regions, orgs, sources), highlighted
    snippets (matches wrapped in ``<mark>``) and, when asked, a histogram of every match by
    publication date. A hit's ``source_label`` and a sources facet's ``label`` name the site
    as the crawl learnt it; ``source`` and the facet's ``value`` stay what filters take."""
    query = params.query(params.limit, params.offset, params.facet_size)
    result = index.search(replace(query, histogram=params.histogram))
    body = result.to_json()
    label = labeller(state)
    for hit in body["hits"]:
        hit["source_label"] = label(hit.get("source"))
    for item in body["facets"].get("sources", []):
        item["label"] = label(item["value"])
    body.update(limit=params.limit, offset=params.offset)
    return body


@router.get("/documents/{doc_id}", responses=errors(404))
def document(
    doc_id: DocId,
    index: IndexBackend = Depends(deps.index),  # noqa: B008
    state: StateStore = Depends(deps.state),  # noqa: B008
) -> dict:
    """The stored document with its facts (entities, people, regions, dates, figures, votes)
    and their character offsets into ``body``; ``source_label`` names its site."""
    doc = index.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    doc["source_label"] = labeller(state)(doc.get("source"))
    return doc


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
    docs = identified(index, matching_documents(index, params.query(), max_docs=params.max_docs))
    if params.format == "jsonl":
        return StreamingResponse(
            jsonl_chunks(docs),
            media_type="application/x-ndjson",
            headers={"Content-Disposition": 'attachment; filename="dumawatch.jsonl"'},
        )
    name = "dumawatch-facts.csv" if params.format == "facts-csv" else "dumawatch.csv"
    return StreamingResponse(
        csv_chunks(docs, long=params.format == "facts-csv"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
