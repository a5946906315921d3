"""People, regions and organisations: lists (from facets) and profile pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from dumawatch.api import deps
from dumawatch.api.params import MAX_NAME, NameSearch, Text
from dumawatch.api.profiles import person_profile, place_profile
from dumawatch.api.responses import errors
from extraction.lang.names import person_matches
from search import IndexBackend, SearchQuery
from search.facts import lemma_key

router = APIRouter(prefix="/api", tags=["people and places"], responses=errors(503))

Key = Annotated[Text, Path(min_length=1, max_length=MAX_NAME)]
FACET_SCAN = 1000


def _facet(index: IndexBackend, name: str, query: SearchQuery) -> list[dict]:
    result = index.search(query)
    return [
        {"value": f.value, "label": f.label, "documents": f.count}
        for f in result.facets.get(name, [])
    ]


def find_people(index: IndexBackend, q: str | None, limit: int) -> list[dict]:
    """People whose name (any case form, initials) or key matches ``q``; most mentioned first."""
    if not q:
        return _facet(index, "people", SearchQuery(limit=0, facet_size=limit))
    found = _facet(index, "people", SearchQuery(person=q, limit=0, facet_size=FACET_SCAN))
    wanted = [p for p in found if person_matches(q, {"key": p["value"], "name": p["label"]})]
    return wanted[:limit]


def find_places(index: IndexBackend, facet: str, q: str | None, limit: int) -> list[dict]:
    """Regions/organisations, most mentioned first, optionally those whose name contains ``q``
    (compared by lemmas, so «Калужской» finds «Калужская область»)."""
    items = _facet(index, facet, SearchQuery(limit=0, facet_size=FACET_SCAN if q else limit))
    if q:
        want = lemma_key(q).split() or [q.lower()]
        items = [
            i
            for i in items
            if all(w in lemma_key(i["label"]).split() or w in i["value"].lower() for w in want)
        ]
    return items[:limit]


@router.get("/people")
def people(
    params: Annotated[NameSearch, Query()],
    index: IndexBackend = Depends(deps.index),  # noqa: B008
) -> dict:
    """People mentioned in the index; ``q`` finds a name in any case form («Соколову А.В.»)."""
    return {"people": find_people(index, params.q, params.limit)}


@router.get("/people/{key}", responses=errors(404))
def person(key: Key, index: IndexBackend = Depends(deps.index)) -> dict:  # noqa: B008
    """A person's page: name variants, posts over time, mentions by month, co-mentioned people
    and regions, latest mentions."""
    profile = person_profile(index, key)
    if profile is None:
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
