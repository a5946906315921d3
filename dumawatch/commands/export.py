"""`dumawatch export`: the documents of the index (or of a search) with their facts, as JSONL,
CSV or the long facts CSV — the same layouts as the API's export (search/exports.py)."""

from __future__ import annotations

import argparse
import sys

from dumawatch.commands.index import index_from_args
from dumawatch.commands.io import atomic_output
from dumawatch.commands.search import query_from_args
from dumawatch.plural import documents as n_documents
from search.exports import csv_chunks, documents, identified, jsonl_chunks


def export_command(args: argparse.Namespace) -> int:
    count = 0
    query = query_from_args(args)

    def counted(docs):  # noqa: ANN001, ANN202
        nonlocal count
        for doc in docs:
            count += 1
            yield doc

    with (
        index_from_args(args, must_exist=True) as index,
        atomic_output(args.output, newline="") as out,
    ):
        docs = counted(identified(index, documents(index, query)))
        if args.format == "jsonl":
            chunks = jsonl_chunks(docs)
        else:
            chunks = csv_chunks(docs, long=args.format == "facts-csv")
        for chunk in chunks:
            out.write(chunk)
    if args.output != "-":
        print(f"выгружено: {n_documents(count)} → {args.output}", file=sys.stderr)
    return 0
