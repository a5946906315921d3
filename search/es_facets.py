"""Facets and the date histogram on Elasticsearch, read back in SQLite's order (count, then
label), so both backends give the same buckets."""

from __future__ import annotations

from search.facets import Sharing, people_by_identity, registry_of
from search.person_registry import Identity
from search.query import Facet

FACET_SCAN = 200  # buckets fetched per facet, re-sorted by (count, label) like SQLite
FACETS = {  # facet name -> (nested path, value field, label field)
    "people": ("person_facts", "key", "name"),
    "regions": ("region_facts", "code", "name"),
    "orgs": ("org_facts", "key", "name"),
}
HISTOGRAM_FORMATS = {"day": "yyyy-MM-dd", "month": "yyyy-MM", "year": "yyyy"}


class ElasticFacets:
    """Facet aggregations and their reading. Part of ``ElasticBackend``."""

    @staticmethod
    def _empty_facets() -> dict[str, list[Facet]]:
        return {"people": [], "regions": [], "orgs": [], "sources": []}

    @staticmethod
    def _facet_aggs(size: int) -> dict:
        """More buckets than ``size``, so re-sorting ties by label (as SQLite orders them) sees
        the tied values beyond the cut too."""
        scan = max(FACET_SCAN, 4 * size)
        aggs: dict = {}
        for name, (path, value, label) in FACETS.items():
            aggs[name] = {
                "nested": {"path": path},
                "aggs": {
                    "values": {
                        "terms": {"field": f"{path}.{value}", "size": scan},
                        "aggs": {"label": {"terms": {"field": f"{path}.{label}", "size": 1}}},
                    }
                },
            }
        aggs["sources"] = {"terms": {"field": "source", "size": scan}}
        return aggs

    @staticmethod
    def _read_facets(aggs: dict, size: int) -> dict[str, list[Facet]]:
        out: dict[str, list[Facet]] = {}
        for name in [*FACETS, "sources"]:
            buckets = (
                aggs[name]["buckets"] if name == "sources" else aggs[name]["values"]["buckets"]
            )
            facets = []
            for b in buckets:
                labels = b.get("label", {}).get("buckets") or [{"key": b["key"]}]
                facets.append(Facet(str(b["key"]), str(labels[0]["key"]), int(b["doc_count"])))
            facets.sort(key=lambda f: (-f.count, f.label))
            out[name] = facets[:size]
        return out

    def _identity_people(self, aggs: dict, query: dict, size: int) -> list[Facet]:
        """The people facet by identity (``search.facets``) from the per-key buckets; the
        identities with several keys or a split are counted exactly by one ``filters``
        aggregation over ``query``, each with its own person clause."""
        if size <= 0:
            return []
        buckets = aggs["people"]["values"]["buckets"]
        counts = [
            (
                str(b["key"]),
                str((b.get("label", {}).get("buckets") or [{"key": b["key"]}])[0]["key"]),
                int(b["doc_count"]),
            )
            for b in buckets
        ]
        reg = registry_of(self)

        def exact(idents: list[Identity]) -> dict[str, int]:
            assert reg is not None
            sharing = Sharing.of(reg)
            named = {
                str(n): self._person_clause(sharing.person_filter(reg, i.key))
                for n, i in enumerate(idents)
            }
            resp = self._call(
                lambda: self._es.search(
                    index=self.alias,
                    query=query,
                    size=0,
                    track_total_hits=False,
                    aggs={"identities": {"filters": {"filters": named}}},
                )
            )
            got = resp["aggregations"]["identities"]["buckets"]
            return {i.key: int(got[str(n)]["doc_count"]) for n, i in enumerate(idents)}

        return people_by_identity(reg, counts, size, exact)
