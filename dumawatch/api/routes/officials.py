"""The office registry: who held which office, with status, dates and evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dumawatch.api import deps
from dumawatch.api.params import OfficialsParams
from dumawatch.api.responses import errors
from search import IndexBackend
from search.officials import index_officials

router = APIRouter(prefix="/api", tags=["people and places"], responses=errors(503))


@router.get("/officials")
def officials(
    params: Annotated[OfficialsParams, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> list[dict]:
    """Offices (a post with its organisation and/or place), each with its holders newest first:
    status, first and last day seen, the documents and the sentence that says so."""
    return index_officials(index, place=params.place, org=params.org, as_of=params.as_of)
