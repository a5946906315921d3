"""Writing to Elasticsearch: bulk upserts in parts sent while the next is encoded, the local spool
that takes writes the server cannot (``search.spool``) and replays them in order, deletes, and
``reindex`` into a fresh versioned index behind the alias."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import elasticsearch
from elasticsearch import helpers

from search.backend import BackendError, ReindexReport, UpsertReport, fingerprint
from search.copies import Copies
from search.es_client import UNAVAILABLE_STATUS, DocumentsRejected, Rejected, Unavailable
from search.es_mapping import digest, indexed_document, stored_document
from search.spool import Spool, SpoolOwnerError, unowned_spool_dir

log = logging.getLogger("search.elastic")  # one logger for the whole backend

CHUNK = 500
PART = (
    125  # documents per bulk request while writing: small parts let encoding and indexing overlap
)


def _checked_chunks(docs: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for doc in docs:
        if not doc.get("id") or not doc.get("url"):
            raise BackendError("a document needs an id and a url")
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class ElasticWrites:
    """Upserts, deletes, the spool hand-off and reindex. Part of ``ElasticBackend``."""

    def spool(self, create: bool = False) -> Spool | None:
        """This cluster's and index's spool, opened when asked to ``create`` it or when it
        exists from before (a spool that belongs elsewhere raises ``SpoolOwnerError``)."""
        if self._spool is None and self._spool_on:
            self._warn_unowned()
            if create or (self._spool_dir / "spool.db").exists():
                self._spool = Spool(self._spool_dir, owner=self._owner)
        return self._spool

    def unowned_spool(self) -> tuple[Path, int] | None:
        """(folder, pending writes) of a spool for this index name kept by an earlier dumawatch,
        which does not say what cluster its writes were for: never replayed by itself, since
        that could be another cluster (``adopt_spool`` replays it when told where it belongs)."""
        if not self._own_spool_dir:
            return None
        folder = unowned_spool_dir(self.alias)
        if not (folder / "spool.db").exists():
            return None
        sp = Spool(folder)
        try:
            pending = len(sp) if sp.owner() is None else 0
        finally:
            sp.close()
        return (folder, pending) if pending else None

    def _warn_unowned(self) -> None:
        if self._unowned_checked:
            return
        self._unowned_checked = True
        try:
            found = self.unowned_spool()
        except BackendError as exc:
            log.warning("old spool for %s not inspected: %s", self.alias, exc)
            return
        if found is not None:
            folder, pending = found
            log.warning(
                "spool %s holds %d writes from an earlier dumawatch that do not say which "
                "cluster they are for: not replayed; if they are for %s, run `dumawatch index "
                "flush --index %s --adopt-spool %s`",
                folder,
                pending,
                self._owner[0],
                self._owner[0],
                folder,
            )

    def adopt_spool(self, directory: str | os.PathLike) -> UpsertReport:
        """Replay the writes waiting in the spool at ``directory`` into this cluster's index:
        for a spool that names no cluster (kept by an earlier dumawatch), on the word of the
        person who knows where its writes belong. A spool naming another cluster is refused."""
        if not (Path(directory) / "spool.db").is_file():
            raise BackendError(f"no spool in {directory} (it holds a spool.db when it is one)")
        sp = Spool(directory)
        try:
            owner = sp.owner()
            if owner is not None and owner != self._owner:
                raise SpoolOwnerError(
                    f"spool {sp.path} holds writes for index {owner[1]!r} at {owner[0]}, not "
                    f"for {self.alias!r} at {self._owner[0]}: not adopted"
                )
            try:
                self._setup()
                return self._replay(sp)
            except (Unavailable, BackendError) as exc:
                raise BackendError(
                    f"{self._error(exc)}; {len(sp)} writes stay spooled in {sp.directory}"
                ) from exc
        finally:
            sp.close()

    def pending(self) -> int:
        """Writes waiting in the spool."""
        sp = self.spool()
        return len(sp) if sp is not None else 0

    def _replay(self, sp: Spool | None = None) -> UpsertReport:
        """Apply the waiting writes of this backend's spool (or of ``sp``), oldest first."""
        report = UpsertReport()
        sp = sp or self.spool()
        if sp is None or not len(sp):
            return report
        for batch in sp.batches(CHUNK):
            run: list = []
            for op in batch + [None]:  # consecutive operations of one kind go in one request
                if run and (op is None or op.op != run[0].op):
                    try:
                        if run[0].op == "upsert":
                            self._write([o.doc for o in run], report)
                        else:
                            self._delete_now([o.doc_id for o in run])
                    except DocumentsRejected as exc:  # would fail forever: set aside
                        sp.reject([o for o in run if o.doc_id in exc.ids], str(exc))
                        log.error("spooled writes set aside in %s: %s", sp.path, exc)
                    run = []
                if op is not None:
                    run.append(op)
            sp.done(batch)
        log.info(
            "replayed %d spooled documents into %s",
            len(report.new + report.updated + report.unchanged),
            self.alias,
        )
        return report

    def flush(self) -> UpsertReport:
        """Replay the spool now; a BackendError (with how much is still waiting) if we can't."""
        try:
            self._setup()
            return self._replay()
        except SpoolOwnerError:
            raise
        except (Unavailable, BackendError) as exc:
            err = self._error(exc)
            raise BackendError(
                f"{err}; {self.pending()} writes stay spooled in {self._spool_dir}"
            ) from exc

    def _down(self) -> bool:
        return time.monotonic() < self._down_until

    def upsert(self, docs: Iterable[dict], *, one_per_article: bool = False) -> UpsertReport:
        """Streams ``docs`` in chunks; once the server is unavailable, the rest of the stream
        goes to the spool."""
        report = UpsertReport()
        chunks = _checked_chunks(docs, CHUNK)
        pending: list[dict] = []
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            self._replay()
            for pending in chunks:
                self._write(pending, report, one_per_article)
        except Unavailable as exc:
            if not self._spool_on:
                raise self._error(exc) from exc
            self._down_until = time.monotonic() + self.cooldown
            spool = self.spool(create=True)
            assert spool is not None
            done = set(report.new + report.updated + report.unchanged)
            report.spooled += spool.add_upserts(d for d in pending if d["id"] not in done)
            for chunk in chunks:
                report.spooled += spool.add_upserts(chunk)
            log.warning(
                "Elasticsearch at %s unavailable (%s): %d documents spooled in %s",
                self.shown_url,
                exc,
                len(report.spooled),
                self._spool_dir,
            )
        return report

    def _write(self, docs: list[dict], report: UpsertReport, one_per_article: bool = False) -> None:
        """Reads stored digests and encodes one part while the server indexes the part before
        (in ``self._sender``), so Python and Elasticsearch work at the same time; a part counts
        in the report only once its bulk request succeeded."""
        written: dict[str, str] = {}  # digests sent by earlier parts (their mget may predate them)
        in_flight: tuple[Future | None, list[str], dict[str, str]] | None = None
        # spooled writes are replayed by id: the next crawl of an article merges any copy
        docs, gone = self._placed(docs) if one_per_article else (docs, [])
        # one mget for the whole write: a round trip per part cost a fifth of indexing time
        stored = self._digests(list(dict.fromkeys(d["id"] for d in docs))) if docs else {}
        try:
            for part in _chunks(docs, PART):
                ids, kinds, actions = self._prepare(part, written, stored)
                if in_flight is not None:
                    self._settle(in_flight, report)
                    in_flight = None
                sent = self._sender().submit(self._bulk, actions) if actions else None
                in_flight = (sent, ids, kinds)
            if in_flight is not None:
                self._settle(in_flight, report)
                in_flight = None
            if gone:  # only once the article's document is written
                self._delete_now(gone)
                report.merged += gone
        finally:
            if in_flight is not None and in_flight[0] is not None:
                wait([in_flight[0]])  # never leave a request running behind a failure

    def _copies(self, docs: list[dict]) -> Copies:
        """Stored documents sharing an id, a URL or a content_hash with any of ``docs``."""
        if self._dirty:  # what this process wrote must be found
            self._retrying(lambda: self._es.indices.refresh(index=self.alias))
            self._dirty = False
        should: list[dict] = [
            {"ids": {"values": list({d["id"] for d in docs})}},
            {"terms": {"url": list({d["url"] for d in docs})}},
        ]
        hashes = list({d["content_hash"] for d in docs if d.get("content_hash")})
        if hashes:
            should.append({"terms": {"content_hash": hashes}})
        resp = self._retrying(
            lambda: self._es.search(
                index=self.alias,
                query={"bool": {"should": should}},
                source_includes=["url", "content_hash", "published_at"],
                size=10_000,
            )
        )
        copies = Copies()
        for hit in resp["hits"]["hits"]:  # type: ignore[index]
            src = hit["_source"]
            copies.add(hit["_id"], src.get("url") or "", fingerprint(src))
        return copies

    def _placed(self, docs: list[dict]) -> tuple[list[dict], list[str]]:
        """``docs`` under the ids their articles are stored under, and the ids of other
        stored copies to remove (see ``IndexBackend.stored_id``)."""
        copies = self._copies(docs)
        placed, gone = [], []
        for doc in docs:
            doc, others = copies.place(doc)
            placed.append(doc)
            gone += others
        return placed, list(dict.fromkeys(gone))

    def stored_id(self, doc: dict) -> str | None:
        self._ensure()
        try:
            found = self._copies([doc]).of(doc)
        except Unavailable as exc:
            raise self._error(exc) from exc
        return found[0] if found else None

    def _prepare(
        self, part: list[dict], written: dict[str, str], stored: dict[str, str]
    ) -> tuple[list[str], dict[str, str], list[dict]]:
        """(ids, new/updated/unchanged per id, bulk actions) for one part of a write;
        ``stored``: the digests the index held when the write began."""
        ids = list(dict.fromkeys(d["id"] for d in part))
        latest: dict[str, tuple[dict, str]] = {}  # within a write the last version of an id wins
        kinds: dict[str, str] = {}
        earlier = set(written)
        for doc in part:
            dg = digest(doc)
            known = doc["id"] in stored or doc["id"] in earlier
            before = written.get(doc["id"], stored.get(doc["id"]))
            if before == dg:
                kinds.setdefault(doc["id"], "unchanged")
                continue
            latest[doc["id"]] = (doc, dg)
            written[doc["id"]] = dg
            kinds[doc["id"]] = "updated" if known else "new"
        actions = [
            {"_index": self.alias, "_id": i, "_source": indexed_document(d, dg, self._flat)}
            for i, (d, dg) in latest.items()
        ]
        return ids, kinds, actions

    def _settle(
        self, flight: tuple[Future | None, list[str], dict[str, str]], report: UpsertReport
    ) -> None:
        sent, ids, kinds = flight
        if sent is not None:
            sent.result()  # the bulk request's own error, if it failed
            self._dirty = True
        for i in ids:
            getattr(report, kinds[i]).append(i)

    def _sender(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="dumawatch-bulk")
        return self._pool

    def _digests(self, ids: list[str]) -> dict[str, str]:
        resp = self._retrying(
            lambda: self._es.mget(index=self.alias, ids=ids, source_includes=["digest"])
        )
        return {d["_id"]: d["_source"].get("digest", "") for d in resp["docs"] if d.get("found")}

    def _bulk(self, actions: list[dict]) -> list[dict]:
        def run() -> list[dict]:
            failed, results = [], []
            for ok, item in helpers.streaming_bulk(
                self._es,
                actions,
                chunk_size=CHUNK,
                max_retries=self.retries,
                initial_backoff=self.backoff,
                raise_on_error=False,
                raise_on_exception=True,
                refresh=self.refresh_mode,
            ):
                result = next(iter(item.values()))
                results.append(result)
                if not ok and result.get("status") != 404:
                    failed.append(result)
            if failed:
                first = failed[0]
                status = first.get("status")
                error = first.get("error") or {}
                kind = error.get("type", "") if isinstance(error, dict) else str(error)
                reason = error.get("reason", "") if isinstance(error, dict) else ""
                if status in UNAVAILABLE_STATUS or "cluster_block" in kind:
                    raise Rejected(f"HTTP {status} {kind}: {reason}")
                raise DocumentsRejected(
                    f"Elasticsearch at {self.shown_url} rejected document {first.get('_id')} "
                    f"({kind}: {reason}); mapping conflict? {len(failed)} of {len(actions)} "
                    "writes failed",
                    [str(f.get("_id")) for f in failed],
                )
            return results

        return self._retrying(run)  # type: ignore[return-value]

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        try:
            if self._down():
                raise Unavailable("server was unreachable moments ago")
            self._setup()
            self._replay()
            return self._delete_now(ids)
        except Unavailable as exc:
            if not self._spool_on:
                raise self._error(exc) from exc
            self._down_until = time.monotonic() + self.cooldown
            self.spool(create=True).add_deletes(ids)  # type: ignore[union-attr]
            return 0

    def _delete_now(self, ids: list[str]) -> int:
        results = self._bulk([{"_op_type": "delete", "_index": self.alias, "_id": i} for i in ids])
        self._dirty = True
        return sum(1 for r in results if r.get("result") == "deleted")

    def reindex(self, transform: Callable[[dict], dict | None] | None = None) -> ReindexReport:
        """Copy every document into a fresh index with the current mapping, passing each through
        ``transform`` (e.g. re-extract when ``extraction_version`` is old; None keeps it), then
        switch the alias atomically and delete the old indices.

        Searches keep working throughout. The old indices are write-blocked during the copy, so
        other writers' documents go to their spools and are replayed into the new index on
        their next write, instead of landing in an index about to be deleted."""
        self._ready = False
        self._ensure(check_mapping=False)
        try:
            self._replay()
        except Unavailable as exc:
            raise self._error(exc) from exc
        old = self._call(self._alias_indices)
        new = self._call(lambda: self._create_index(write=False))
        copied = changed = 0

        def actions() -> Iterator[dict]:
            nonlocal copied, changed
            for hit in helpers.scan(self._es, index=old, size=CHUNK):
                doc = stored_document(hit["_source"])
                if transform is not None:
                    fresh = transform(doc)
                    if fresh is not None and fresh != doc:
                        doc = fresh
                        changed += 1
                copied += 1
                yield {"_index": new, "_id": doc["id"], "_source": indexed_document(doc)}

        block = {"index.blocks.write": True}
        try:
            if old:
                self._es.indices.put_settings(index=old, settings=block)
                self._es.indices.refresh(index=old)  # the copy sees every write before the block
            for ok, item in helpers.streaming_bulk(
                self._es,
                actions(),
                chunk_size=CHUNK,
                max_retries=self.retries,
                initial_backoff=self.backoff,
                raise_on_error=False,
            ):
                if not ok:
                    raise BackendError(f"reindex into {new} failed: {item}")
            self._es.indices.refresh(index=new)
            switch = [{"remove": {"index": i, "alias": self.alias}} for i in old]
            switch.append({"add": {"index": new, "alias": self.alias, "is_write_index": True}})
            self._es.indices.update_aliases(actions=switch)
        except BaseException as exc:
            self._es.indices.delete(index=new, ignore_unavailable=True)
            if old:
                self._es.indices.put_settings(index=old, settings={"index.blocks.write": None})
            if isinstance(exc, elasticsearch.ApiError | elasticsearch.TransportError):
                raise self._error(exc) from exc
            raise
        if old:
            self._call(lambda: self._es.indices.delete(index=old))
        self._ready = False
        self._dirty = False
        return ReindexReport(old=old, new=new, copied=copied, changed=changed)
