"""Searching Elasticsearch: the query text as lemma phrases over title and body, the filters of
``search.filters`` as bool filters (people, regions and orgs resolved to their keys first), and
hits with snippets, ranked and paged as SQLite ranks them."""

from __future__ import annotations

from extraction.lang.names import NameQuery
from search.backend import (
    QueryError,
)
from search.es_facets import HISTOGRAM_FORMATS
from search.facts import lemma_key
from search.filters import NameMatch, is_region_code, name_match
from search.person_registry import PersonFilter, person_filter
from search.query import Bucket, Hit, SearchQuery, SearchResult
from search.query_text import Term, parse_query, term_lemmas
from search.snippets import snippet

TITLE_BOOST = 3.0  # as SQLite's TITLE_WEIGHT: a title match ranks above a body match
RESOLVE_SIZE = 1000  # most keys a person/region/org filter value can name
PEOPLE_SCAN = 10_000  # most people with a lemma beginning like a --person surname
SHOWN_FIELDS = ["id", "url", "title", "source", "published_at", "body"]
FLAT_FILTERS = {"region_facts": "region_codes", "org_facts": "org_keys"}  # nested -> flat keys


class ElasticQueries:
    """Query building, filter resolution and hits. Part of ``ElasticBackend``."""

    def search(self, query: SearchQuery) -> SearchResult:
        self._fresh()
        terms = parse_query(query.text)
        if query.text.strip() and not terms:
            return SearchResult(0, [], self._empty_facets(), [] if query.histogram else None)
        bool_query: dict = {"filter": self._filters(query)}
        if terms:
            bool_query["must"] = [self._term_query(t) for t in terms]
            sort: list = ["_score", {"day": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        else:
            sort = [{"day": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
        if query.offset + query.limit > 10_000:
            raise QueryError(
                "Elasticsearch pages stop at 10,000 results (offset + limit): narrow the query"
            )
        flat = self._flat
        aggs = self._facet_aggs(query.facet_size, flat)
        if query.histogram:
            aggs["histogram"] = {
                "date_histogram": {
                    "field": "day",
                    "calendar_interval": query.histogram,
                    "format": HISTOGRAM_FORMATS[query.histogram],
                    "min_doc_count": 1,
                }
            }
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                query={"bool": bool_query},
                sort=sort,
                from_=query.offset,
                size=query.limit,
                track_total_hits=True,
                track_scores=bool(terms),
                source_includes=SHOWN_FIELDS,
                aggs=aggs,
            )
        )
        lemmas = term_lemmas(terms)
        hits = []
        for h in resp["hits"]["hits"]:  # type: ignore[index]
            s = h["_source"]
            hits.append(
                Hit(
                    s["id"],
                    s["url"],
                    s.get("title") or "",
                    s.get("source") or "",
                    s.get("published_at"),
                    snippet(s.get("body") or "", lemmas),
                    float(h.get("_score") or 0.0) if terms else 0.0,
                )
            )
        total = resp["hits"]["total"]["value"]  # type: ignore[index]
        aggregations: dict = resp["aggregations"]  # type: ignore[assignment]
        histogram = None
        if query.histogram:
            buckets = aggregations["histogram"]["buckets"]
            histogram = [Bucket(b["key_as_string"], b["doc_count"]) for b in buckets]
        if flat:
            facets = self._read_flat_facets(aggregations, query.facet_size, {"bool": bool_query})
        else:
            facets = self._read_facets(aggregations, query.facet_size)
        people = self._identity_people(aggregations, {"bool": bool_query}, query.facet_size)
        facets["people"] = people
        return SearchResult(total=total, hits=hits, facets=facets, histogram=histogram)

    @staticmethod
    def _term_query(term: Term) -> dict:
        """A word matches any of its lemma variants in title or body; a phrase, its lemmas in a
        row in one field (the same choices SQLite's FTS5 expression makes)."""
        if len(term.words) == 1:
            variants = sorted(term.words[0])
        else:
            variants = [" ".join(sorted(v)[0] for v in term.words)]
        should = []
        for v in variants:
            should.append({"match_phrase": {"title_lemmas": {"query": v, "boost": TITLE_BOOST}}})
            should.append({"match_phrase": {"body_lemmas": {"query": v}}})
        return {"bool": {"should": should, "minimum_should_match": 1}}

    def _filters(self, q: SearchQuery) -> list[dict]:
        out: list[dict] = []

        def restrict(path: str, key: str, keys: list[str]) -> None:
            if not keys:
                out.append({"match_none": {}})
            elif self._flat:
                out.append({"terms": {FLAT_FILTERS[path]: keys}})
            else:
                out.append({"nested": {"path": path, "query": {"terms": {f"{path}.{key}": keys}}}})

        if q.person:
            out.append(self._person_clause(self._resolve_people(q.person)))
        if q.region:
            value = q.region.upper() if is_region_code(q.region) else q.region
            restrict("region_facts", "code", self._resolve("region_facts", "code", value))
        if q.org:
            restrict("org_facts", "key", self._resolve_orgs(q.org))
        if q.source:
            out.append({"term": {"source": q.source}})
        if q.since or q.until:
            rng: dict = {"format": "yyyy-MM-dd"}
            if q.since:
                rng["gte"] = q.since.isoformat()
            if q.until:
                rng["lte"] = q.until.isoformat()
            out.append({"range": {"day": rng}})
        if q.figure_min is not None or q.figure_max is not None or q.figure_role:
            cond: list[dict] = []
            if q.figure_role:
                cond.append({"term": {"figure_facts.role": q.figure_role}})
            else:
                cond.append({"term": {"figure_facts.is_people": True}})
            value_range = {}
            if q.figure_min is not None:
                value_range["gte"] = q.figure_min
            if q.figure_max is not None:
                value_range["lte"] = q.figure_max
            if value_range:
                cond.append({"range": {"figure_facts.value": value_range}})
            out.append({"nested": {"path": "figure_facts", "query": {"bool": {"filter": cond}}}})
        if q.votes_against_min is not None:
            against = {"range": {"vote_facts.against": {"gte": q.votes_against_min}}}
            out.append({"nested": {"path": "vote_facts", "query": against}})
        return out

    @staticmethod
    def _lemma_query(path: str, match: NameMatch) -> dict:
        cond: list[dict] = [{"terms": {f"{path}.lemmas": sorted(v)}} for v in match.words]
        cond += [{"prefix": {f"{path}.lemmas": i}} for i in match.initials]
        return {"bool": {"filter": cond}}

    def _keys(self, path: str, key: str, named: dict[str, dict]) -> dict[str, list[str]]:
        """For each named filter (inside ``path``), the distinct ``key`` values it matches."""
        aggs = {
            name: {
                "filter": flt,
                "aggs": {"keys": {"terms": {"field": f"{path}.{key}", "size": RESOLVE_SIZE}}},
            }
            for name, flt in named.items()
        }
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                size=0,
                aggs={"n": {"nested": {"path": path}, "aggs": aggs}},
            )
        )
        n = resp["aggregations"]["n"]  # type: ignore[index]
        return {name: [b["key"] for b in n[name]["keys"]["buckets"]] for name in named}

    def _resolve(self, path: str, key: str, value: str) -> list[str]:
        """Stored keys/codes a filter value names: an exact key/code wins, else lemma matches."""
        match = name_match(value)
        named: dict[str, dict] = {"exact": {"term": {f"{path}.{key}_folded": match.exact.lower()}}}
        if match.words or match.initials:
            named["lemmas"] = self._lemma_query(path, match)
        found = self._keys(path, key, named)
        return found["exact"] or found.get("lemmas", [])

    def _person_clause(self, wanted: PersonFilter) -> dict:
        """Documents holding one of the keys, each key only in the documents its identity owns
        (``PersonFilter``): one bool clause, so totals, facets and pages count the same set."""

        def holds(keys: list[str]) -> dict:
            if self._flat:
                return {"terms": {"person_keys": keys}}
            return {
                "nested": {"path": "person_facts", "query": {"terms": {"person_facts.key": keys}}}
            }

        should: list[dict] = []
        if wanted.keys:
            should.append(holds(list(wanted.keys)))
        for k, docs in sorted(wanted.only.items()):
            if docs:
                should.append({"bool": {"filter": [holds([k]), {"terms": {"id": sorted(docs)}}]}})
        for k, docs in sorted(wanted.excluded.items()):
            clause: dict = {"filter": [holds([k])]}
            if docs:
                clause["must_not"] = [{"terms": {"id": sorted(docs)}}]
            should.append({"bool": clause})
        if not should:
            return {"match_none": {}}
        return {"bool": {"should": should, "minimum_should_match": 1}}

    def _resolve_people(self, value: str) -> PersonFilter:
        """Stored person keys a ``--person`` value names: the people with a lemma that begins
        like its surname (or with that key), checked with their display names by the one name
        matcher."""
        query = NameQuery(value)
        if not query.text:
            return PersonFilter()
        should: list[dict] = [
            {"terms": {"person_facts.key_folded": sorted({query.exact, query.text.lower()})}}
        ]
        # every word of a stored name is among its lemmas, which begin as the word does
        should += [{"prefix": {"person_facts.lemmas": p}} for p in query.prefixes]
        resp = self._call(
            lambda: self._es.search(
                index=self.alias,
                size=0,
                aggs={
                    "n": {
                        "nested": {"path": "person_facts"},
                        "aggs": {
                            "found": {
                                "filter": {"bool": {"should": should, "minimum_should_match": 1}},
                                "aggs": {
                                    "keys": {
                                        "terms": {"field": "person_facts.key", "size": PEOPLE_SCAN},
                                        "aggs": {
                                            "name": {
                                                "terms": {"field": "person_facts.name", "size": 1}
                                            }
                                        },
                                    }
                                },
                            }
                        },
                    }
                },
            )
        )
        buckets = resp["aggregations"]["n"]["found"]["keys"]["buckets"]  # type: ignore[index]
        named = [
            (b["key"], (b["name"]["buckets"] or [{"key": b["key"]}])[0]["key"]) for b in buckets
        ]
        matched = [key for key, name in named if query.matches(key, name)]
        return person_filter(self, value, matched)

    def _resolve_orgs(self, value: str) -> list[str]:
        match = name_match(value)
        should: list[dict] = [
            {"terms": {"org_facts.key": sorted({lemma_key(value), value.strip().lower()})}}
        ]
        if match.words:
            should.append(self._lemma_query("org_facts", match))
        named = {"any": {"bool": {"should": should, "minimum_should_match": 1}}}
        return self._keys("org_facts", "key", named)["any"]
