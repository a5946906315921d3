"""`dumawatch export`: every indexed document with its facts, as JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import json

from dumawatch.commands.index import index_from_args
from dumawatch.commands.io import atomic_output

CSV_FIELDS = [
    "id", "url", "source", "title", "published_at", "fetched_at", "people", "regions", "orgs",
    "participants", "body", "entities", "dates", "figures", "extraction_version",
]  # fmt: skip


def csv_row(doc: dict) -> dict:
    """One flat row: readable lists for people/regions/orgs, JSON for the nested facts."""
    people = "; ".join(p.get("name") or p.get("key", "") for p in doc.get("people") or [])
    regions = "; ".join(r.get("name") or r.get("code", "") for r in doc.get("regions") or [])
    orgs = {e.get("normal") or e["text"] for e in doc.get("entities") or [] if e["type"] == "ORG"}
    participants = [f["value"] for f in doc.get("figures") or [] if f.get("role") == "participants"]
    row = {k: doc.get(k) for k in CSV_FIELDS}
    row.update(
        people=people,
        regions=regions,
        orgs="; ".join(sorted(orgs)),
        participants=max(participants) if participants else "",
    )
    for key in ("entities", "dates", "figures"):
        row[key] = json.dumps(doc.get(key) or [], ensure_ascii=False)
    return row


def export_command(args: argparse.Namespace) -> int:
    count = 0
    with (
        index_from_args(args, must_exist=True) as index,
        atomic_output(args.output, newline="") as out,
    ):
        if args.format == "csv":
            writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
            writer.writeheader()
            for doc in index.iter_documents():
                writer.writerow(csv_row(doc))
                count += 1
        else:
            for doc in index.iter_documents():
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                count += 1
    if args.output != "-":
        import sys

        print(f"exported {count} documents to {args.output}", file=sys.stderr)
    return 0
