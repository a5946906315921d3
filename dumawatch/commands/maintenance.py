"""`dumawatch index flush` and `dumawatch reindex`: keeping an index whole and current."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from dumawatch.commands.index import index_from_args
from dumawatch.errors import UserError
from dumawatch.plural import documents as n_documents


def reextractor(force: bool) -> Callable[[dict], dict | None]:
    """A document transform that re-runs extraction when the stored facts came from another
    extraction version (or always, with ``force``); None means "keep as it is"."""
    from extraction import EXTRACTION_VERSION, extract

    def transform(doc: dict) -> dict | None:
        if not force and doc.get("extraction_version") == EXTRACTION_VERSION:
            return None
        return {**doc, **extract(doc.get("body") or "", doc.get("published_at"))}

    return transform


def flush_command(args: argparse.Namespace) -> int:
    with index_from_args(args) as index:
        if not index.capabilities.spool:
            if args.adopt_spool:
                raise UserError(f"у индекса {index.name} нет отложенных записей")
            print(f"дописывать нечего: индекс {index.name} пишется сразу", file=sys.stderr)
            return 0
        report = index.flush()
        if args.adopt_spool:
            report.merge(index.adopt_spool(args.adopt_spool))
    print(
        f"отложенные документы дописаны: новых {len(report.new)}, обновлённых "
        f"{len(report.updated)}, без изменений {len(report.unchanged)}, ещё отложено "
        f"{len(report.spooled)}",
        file=sys.stderr,
    )
    return 0


def reindex_command(args: argparse.Namespace) -> int:
    transform = reextractor(args.force) if not args.copy_only else None
    with index_from_args(args) as index:
        if index.capabilities.reindex:  # Elasticsearch: a new versioned index, an alias switch
            report = index.reindex(transform)
            print(f"переиндексировано: {n_documents(report.copied)} в {report.new} "
                  f"(заново разобрано {report.changed})", file=sys.stderr)  # fmt: skip
            return 0
        changed = 0
        batch: list[dict] = []
        for doc in index.iter_documents():  # SQLite: re-extract in place, batch by batch
            fresh = transform(doc) if transform else None
            if fresh is not None:
                batch.append(fresh)
            if len(batch) >= 50:
                changed += len(index.upsert(batch).updated)
                batch = []
        if batch:
            changed += len(index.upsert(batch).updated)
    print(f"заново разобрано на месте: {n_documents(changed)}", file=sys.stderr)
    return 0
