"""People, regions and organisations: lists (from facets) and profile pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from dumawatch.api import deps
from dumawatch.api.params import MAX_NAME, NameSearch, Text
from dumawatch.api.responses import errors
from search import IndexBackend, SearchQuery
from search.profiles import find_people, find_places, person_profile, place_profile

router = APIRouter(prefix="/api", tags=["people and places"], responses=errors(503))

Key = Annotated[Text, Path(min_length=1, max_length=MAX_NAME)]


@router.get("/people")
def people(
    params: Annotated[NameSearch, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """People mentioned in the index; ``q`` finds a name in any case form («Соколову А.В.»)."""
    return {"people": find_people(index, params.q, params.limit)}


class Choice(BaseModel):
    value: str
    label: str
    documents: int
    keys: list[str]


class Choices(BaseModel):
    detail: str
    people: list[Choice]


MAX_CHOICES = 50


@router.get(
    "/people/{key}",
    responses={
        **errors(404),
        300: {"model": Choices, "description": "the name fits several people: pick a key"},
    },
)
def person(key: Key, index: IndexBackend = Depends(deps.index)) -> dict:  # noqa: B008
    """A person's page: name variants, posts over time, mentions by month, co-mentioned people
    and regions, latest mentions. A name several people go by (a namesake, or a person split
    off another) answers 300 with those people, most mentioned first, to pick one by key."""
    profile = person_profile(index, key)
    if profile is None:
        choices = find_people(index, key, MAX_CHOICES)
        if len(choices) > 1:
            detail = f"{key!r} names {len(choices)} people: ask for one by its key"
            return JSONResponse({"detail": detail, "people": choices}, status_code=300)
        raise HTTPException(404, f"no person {key!r} in the index")
    return profile


@router.get("/regions")
def regions(
    params: Annotated[NameSearch, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    return {"regions": find_places(index, "regions", params.q, params.limit)}


@router.get("/regions/{code}", responses=errors(404))
def region(code: Key, index: IndexBackend = Depends(deps.index)) -> dict:  # noqa: B008
    profile = place_profile(index, SearchQuery(region=code), code)
    if profile is None:
        raise HTTPException(404, f"no region {code!r} in the index")
    return profile


@router.get("/orgs")
def orgs(
    params: Annotated[NameSearch, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    return {"orgs": find_places(index, "orgs", params.q, params.limit)}


@router.get("/orgs/{name}", responses=errors(404))
def org(name: Key, index: IndexBackend = Depends(deps.index)) -> dict:  # noqa: B008
    profile = place_profile(index, SearchQuery(org=name), name)
    if profile is None:
        raise HTTPException(404, f"no organisation {name!r} in the index")
    return profile
