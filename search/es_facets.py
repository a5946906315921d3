"""Facets and the date histogram on Elasticsearch, read back in SQLite's order (count, then
label), so both backends give the same buckets."""

from __future__ import annotations

from search.es_mapping import LABEL_SEP
from search.facets import Sharing, people_by_identity, registry_of
from search.person_registry import Identity
from search.query import Facet

FACET_SCAN = 200  # buckets fetched per facet, re-sorted by (count, label) like SQLite
LABEL_SCAN = 1000  # (key, name) buckets fetched per flat facet: each key's commonest name
FACETS = {  # facet name -> (nested path, value field, label field)
    "people": ("person_facts", "key", "name"),
    "regions": ("region_facts", "code", "name"),
    "orgs": ("org_facts", "key", "name"),
}
# facet name -> (flat key field, flat "key<US>name" field; people are named by the registry)
FLAT_FACETS = {
    "people": ("person_keys", None),
    "regions": ("region_codes", "region_labels"),
    "orgs": ("org_keys", "org_labels"),
}


def label_scan(scan: int) -> int:
    """(key, name) buckets fetched for a facet of ``scan`` keys: enough for their names."""
    return max(LABEL_SCAN, 4 * scan)


HISTOGRAM_FORMATS = {"day": "yyyy-MM-dd", "month": "yyyy-MM", "year": "yyyy"}


class ElasticFacets:
    """Facet aggregations and their reading. Part of ``ElasticBackend``."""

    @staticmethod
    def _empty_facets() -> dict[str, list[Facet]]:
        return {"people": [], "regions": [], "orgs": [], "sources": []}

    @staticmethod
    def _facet_aggs(size: int, flat: bool = False) -> dict:
        """More buckets than ``size``, so re-sorting ties by label (as SQLite orders them) sees
        the tied values beyond the cut too. ``flat``: count on the flat key fields, and each
        key's commonest name from its (key, name) pairs."""
        scan = max(FACET_SCAN, 4 * size)
        aggs: dict = {}
        if flat:
            for name, (keys, labels) in FLAT_FACETS.items():
                aggs[name] = {"terms": {"field": keys, "size": scan}}
                if labels is not None:
                    pairs = {"field": labels, "size": label_scan(scan)}
                    aggs[f"{name}_labels"] = {"terms": pairs}
            aggs["sources"] = {"terms": {"field": "source", "size": scan}}
            return aggs
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

    def _flat_counts(
        self, aggs: dict, name: str, size: int, query: dict, named: set[str] | None = None
    ) -> list[tuple[str, str, int]]:
        """(key, label, documents) of a flat facet's buckets. A key's label is its commonest
        name among the matches (ties: the first name in order), as the nested aggregation gave;
        the keys whose name is in neither the (key, name) buckets nor ``named`` and that can
        reach the first ``size`` are named by the nested facts, over ``query``."""
        buckets = [(str(b["key"]), int(b["doc_count"])) for b in aggs[name]["buckets"]]
        labels: dict[str, str] = {}
        for b in aggs.get(f"{name}_labels", {}).get("buckets", []):
            key, _, label = str(b["key"]).partition(LABEL_SEP)
            labels.setdefault(key, label)
        counts = sorted((n for _, n in buckets), reverse=True)
        cut = counts[size - 1] if 0 < size <= len(counts) else 1
        missing = [
            k
            for k, n in buckets
            if n >= cut and k not in labels and (named is None or k not in named)
        ]
        if missing:
            labels.update(self._nested_labels(name, missing, query))
        return [(k, labels.get(k, k), n) for k, n in buckets]

    def _aggregate(self, query: dict, aggs: dict) -> dict:
        """Aggregations alone over the documents matching ``query``: no hits, no total."""
        resp = self._call(
            lambda: self._es.search(
                index=self.alias, query=query, size=0, track_total_hits=False, aggs=aggs
            )
        )
        return resp["aggregations"]  # type: ignore[index]

    def _nested_labels(self, name: str, keys: list[str], query: dict) -> dict[str, str]:
        """Each key's commonest name among the documents matching ``query``, from the nested
        facts (keys with no name in the flat pairs: rare, so the nested cost is too)."""
        path, value, label = FACETS[name]
        values = {
            "terms": {"field": f"{path}.{value}", "size": len(keys)},
            "aggs": {"label": {"terms": {"field": f"{path}.{label}", "size": 1}}},
        }
        keyed = {"filter": {"terms": {f"{path}.{value}": keys}}, "aggs": {"values": values}}
        aggs = self._aggregate(query, {"n": {"nested": {"path": path}, "aggs": {"keys": keyed}}})
        buckets = aggs["n"]["keys"]["values"]["buckets"]
        return {
            str(b["key"]): str((b["label"]["buckets"] or [{"key": b["key"]}])[0]["key"])
            for b in buckets
        }

    def _read_flat_facets(self, aggs: dict, size: int, query: dict) -> dict[str, list[Facet]]:
        """Regions, orgs and sources from the flat aggregations (people: ``_identity_people``)."""
        out: dict[str, list[Facet]] = {"people": []}
        for name in ("regions", "orgs", "sources"):
            if name == "sources":
                counts = [(str(b["key"]), str(b["key"]), int(b["doc_count"])) for b in
                          aggs[name]["buckets"]]  # fmt: skip
            else:
                counts = self._flat_counts(aggs, name, size, query)
            facets = [Facet(k, label, n) for k, label, n in counts]
            facets.sort(key=lambda f: (-f.count, f.label))
            out[name] = facets[:size]
        return out

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
        aggregation over ``query``, each with its own person clause. Only the bucketed keys
        are looked up, so with no whole registry read yet the registry of just their people
        (``registry_of``) gives the same facet."""
        if size <= 0:
            return []
        buckets = aggs["people"].get("values", aggs["people"])["buckets"]
        reg = registry_of(self, lambda: [str(b["key"]) for b in buckets])
        if "values" not in aggs["people"]:  # flat: the registry names the keys it knows
            named: set[str] = set()
            if reg is not None:
                split_offs = Sharing.of(reg).split_offs
                named = {
                    str(b["key"])
                    for b in aggs["people"]["buckets"]
                    if reg.find(str(b["key"])) is not None or str(b["key"]) in split_offs
                }
            counts = self._flat_counts(aggs, "people", size, query, named)
        else:
            counts = [
                (
                    str(b["key"]),
                    str((b.get("label", {}).get("buckets") or [{"key": b["key"]}])[0]["key"]),
                    int(b["doc_count"]),
                )
                for b in aggs["people"]["values"]["buckets"]
            ]

        def exact(idents: list[Identity]) -> dict[str, int]:
            assert reg is not None
            sharing = Sharing.of(reg)
            named = {
                str(n): self._person_clause(sharing.person_filter(reg, i.key))
                for n, i in enumerate(idents)
            }
            got = self._aggregate(query, {"identities": {"filters": {"filters": named}}})[
                "identities"
            ]["buckets"]
            return {i.key: int(got[str(n)]["doc_count"]) for n, i in enumerate(idents)}

        return people_by_identity(reg, counts, size, exact)
