"""Curation of the person registry: merge, split and rename people (token required)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path
from pydantic import Field

from dumawatch.api import deps
from dumawatch.api.auth import require_token
from dumawatch.api.bodies import Body, Name
from dumawatch.api.params import MAX_NAME, Text
from dumawatch.api.responses import errors
from search import IndexBackend
from search.person_registry import CurationError, Identity, merge, rename, split

router = APIRouter(prefix="/api/people", tags=["people and places"], responses=errors(503))
WRITE_ERRORS = errors(400, 401, 403, 404)
Write = Depends(require_token)
Key = Annotated[Text, Path(min_length=1, max_length=MAX_NAME)]
PersonKey = Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
DocId = Annotated[str, Field(min_length=1, max_length=200)]


class MergeIn(Body):
    keys: list[PersonKey] = Field(
        min_length=1, max_length=50, description="the other people to join with this one"
    )


class SplitIn(Body):
    documents: list[DocId] = Field(
        min_length=1, max_length=500, description="their mentions there become another person"
    )


class RenameIn(Body):
    name: Name


def _done(action: Callable[[], Identity]) -> dict:
    """The curated person as JSON; an unknown person or document is a 404."""
    try:
        return action().to_json()
    except CurationError as exc:
        raise HTTPException(404, str(exc)) from exc


@router.post("/{key}/merge", dependencies=[Write], responses=WRITE_ERRORS)
def merge_people(
    key: Key,
    body: MergeIn,
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """Join these people with this one (kept with the index: re-crawls and reindexing keep
    it)."""
    return _done(lambda: merge(index, [key, *body.keys]))


@router.post("/{key}/split", dependencies=[Write], responses=WRITE_ERRORS)
def split_person(
    key: Key,
    body: SplitIn,
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """The person's mentions in these documents become a separate person."""
    return _done(lambda: split(index, key, body.documents))


@router.post("/{key}/rename", dependencies=[Write], responses=WRITE_ERRORS)
def rename_person(
    key: Key,
    body: RenameIn,
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """Set the person's full name, shown wherever the person is."""
    return _done(lambda: rename(index, key, body.name))
