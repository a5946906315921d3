"""Reading stored documents back from Elasticsearch: one by id, which ids are known with their
fingerprints, the count, and the whole index streamed in pages for export."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator

import elasticsearch

from search.es_client import (
    Unavailable,
)
from search.es_mapping import (
    stored_document,
)
from search.es_writes import CHUNK, _chunks

log = logging.getLogger("search.elastic")  # one logger for the whole backend


class ElasticReads:
    """Documents by id, counts and the streamed export. Part of ``ElasticBackend``."""

    def get(self, doc_id: str) -> dict | None:
        """A write still waiting in the spool is the newest version, so it wins (and answers
        even while the server is down)."""
        sp = self.spool()
        if sp is not None:
            pending = sp.latest(doc_id)
            if pending is not None:
                return pending.doc
        self._ensure()
        resp = self._call(
            lambda: self._es.options(ignore_status=404).get(index=self.alias, id=doc_id)
        )
        if not resp.get("found"):  # type: ignore[union-attr]
            if "error" in resp:  # type: ignore[operator]
                raise self._error(elasticsearch.NotFoundError(str(resp), resp.meta, resp.body))  # type: ignore[union-attr]
            return None
        return stored_document(resp["_source"])  # type: ignore[index]

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored hashes; while the server is down, only what waits in the spool (a crawl
        then re-fetches the rest, and the replay finds it unchanged)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            try:
                self._replay()
            except Unavailable as exc:  # refusing writes need not mean refusing reads
                log.warning("spool not replayed: %s", exc)
            for chunk in _chunks(ids, CHUNK):
                resp = self._retrying(
                    lambda c=chunk: self._es.mget(
                        index=self.alias, ids=c, source_includes=["content_hash"]
                    )
                )
                for d in resp["docs"]:  # type: ignore[index]
                    if d.get("found"):
                        out[d["_id"]] = d["_source"].get("content_hash") or ""
        except Unavailable as exc:
            self._down_until = time.monotonic() + self.cooldown
            log.warning("Elasticsearch at %s unavailable (%s)", self.shown_url, exc)
        sp = self.spool()
        if sp is not None:
            for doc_id, h in sp.latest_hashes(ids).items():
                if h is None:
                    out.pop(doc_id, None)
                else:
                    out[doc_id] = h
        return out

    def count(self) -> int:
        self._fresh()
        return int(self._call(lambda: self._es.count(index=self.alias))["count"])  # type: ignore[index]

    def iter_documents(self) -> Iterator[dict]:
        """Every document in id order, through a point in time, so nothing caps how many."""
        self._fresh()
        pit = self._call(lambda: self._es.open_point_in_time(index=self.alias, keep_alive="2m"))
        pit_id = pit["id"]  # type: ignore[index]
        after = None
        try:
            while True:
                page = {
                    "pit": {"id": pit_id, "keep_alive": "2m"},
                    "sort": [{"id": "asc"}],
                    "size": self.page_size,
                    "track_total_hits": False,
                }
                if after:
                    page["search_after"] = after
                resp = self._call(lambda p=page: self._es.search(**p))
                hits = resp["hits"]["hits"]  # type: ignore[index]
                if not hits:
                    return
                pit_id = resp.get("pit_id", pit_id)  # type: ignore[union-attr]
                for h in hits:
                    yield stored_document(h["_source"])
                after = hits[-1]["sort"]
        finally:
            try:
                self._es.close_point_in_time(id=pit_id)
            except Exception:  # noqa: BLE001 - expires by itself in 2 minutes
                pass
