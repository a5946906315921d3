"""`dumawatch extract`: JSONL texts in, JSONL facts out, in the extraction worker processes
the crawler uses too (``crawler.extract_pool``: worker count, BLAS threads, batch size)."""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator
from datetime import date
from typing import TextIO

from crawler.extract_pool import BATCH_SIZE, default_workers, ordered_map, single_threaded_blas
from dumawatch.commands.io import atomic_output, open_input
from dumawatch.errors import UserError


def parse_record(line: str, where: str) -> dict | None:
    """A validated input record, or None for a blank line."""
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: не JSON ({exc.msg})") from None
    if not isinstance(rec, dict):
        raise UserError(f"{where}: нужен JSON-объект с полями 'id' и 'text'")
    if not isinstance(rec.get("id"), str | int) or isinstance(rec.get("id"), bool):
        raise UserError(f"{where}: 'id' должен быть строкой")
    if not isinstance(rec.get("text"), str):
        raise UserError(f"{where}: 'text' должен быть строкой")
    published = rec.get("published_at")
    if published is not None:
        try:
            date.fromisoformat(str(published)[:10])
        except ValueError:
            raise UserError(
                f"{where}: 'published_at' должен быть ГГГГ-ММ-ДД, а не {published!r}"
            ) from None
    return {"id": str(rec["id"]), "text": rec["text"], "published_at": published}


def read_batches(fh: TextIO, name: str) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for lineno, line in enumerate(fh, 1):
        rec = parse_record(line, f"{name}:{lineno}")
        if rec is not None:
            batch.append(rec)
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_batch(batch: list[dict]) -> list[str]:
    """Facts for a batch, as output lines; runs in the main process or a worker."""
    from extraction import default_extractor

    out = []
    facts = default_extractor().pipe((r["text"], r["published_at"]) for r in batch)
    for rec, found in zip(batch, facts, strict=True):
        out.append(json.dumps({"id": rec["id"], **found}, ensure_ascii=False))
    return out


def _load_models() -> None:
    """Load the models once, in this process, so forked workers share them."""
    from extraction import default_extractor

    default_extractor().extract("")


def extract_command(args: argparse.Namespace) -> int:
    input_path, output_path = args.input, args.output
    workers = args.workers or default_workers()
    name = "стандартный ввод" if input_path == "-" else input_path
    single_threaded_blas()
    with open_input(input_path) as fh, atomic_output(output_path) as out:
        batches = read_batches(fh, name)
        first = next(batches, None)
        if first is None:
            return 0
        _load_models()  # before ordered_map forks the workers
        if workers == 1:
            for batch in itertools.chain([first], batches):
                for line in extract_batch(batch):
                    out.write(line + "\n")
            return 0
        for lines in ordered_map(extract_batch, itertools.chain([first], batches), workers):
            out.writelines(line + "\n" for line in lines)
    return 0
