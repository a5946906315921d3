"""`dumawatch extract`: JSONL texts in, JSONL facts out, in worker processes."""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from datetime import date
from typing import TextIO

from crawler.parent_death import settle_worker
from dumawatch.commands.io import atomic_output, open_input
from dumawatch.errors import UserError

BATCH = 16  # records a worker gets at a time: large enough to amortise pickling


def parse_record(line: str, where: str) -> dict | None:
    """A validated input record, or None for a blank line."""
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(rec, dict):
        raise UserError(f"{where}: expected a JSON object with 'id' and 'text'")
    if not isinstance(rec.get("id"), str | int) or isinstance(rec.get("id"), bool):
        raise UserError(f"{where}: 'id' must be a string")
    if not isinstance(rec.get("text"), str):
        raise UserError(f"{where}: 'text' must be a string")
    published = rec.get("published_at")
    if published is not None:
        try:
            date.fromisoformat(str(published)[:10])
        except ValueError:
            raise UserError(
                f"{where}: 'published_at' must be YYYY-MM-DD, got {published!r}"
            ) from None
    return {"id": str(rec["id"]), "text": rec["text"], "published_at": published}


def read_batches(fh: TextIO, name: str) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for lineno, line in enumerate(fh, 1):
        rec = parse_record(line, f"{name}:{lineno}")
        if rec is not None:
            batch.append(rec)
        if len(batch) >= BATCH:
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


def _init_worker() -> None:
    """Load the models once, in the parent, so forked workers share them."""
    from extraction import default_extractor

    default_extractor().extract("")


def single_threaded_blas() -> None:
    """numpy's BLAS spins a thread per core in every process; with one process per core that
    only fights over the cores (measured: one worker 44 % less CPU with one BLAS thread).
    Must run before numpy is first imported; an explicit setting by the user wins."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def extract_command(args: argparse.Namespace) -> int:
    input_path, output_path = args.input, args.output
    workers = args.workers or os.cpu_count() or 1
    name = "stdin" if input_path == "-" else input_path
    single_threaded_blas()
    with open_input(input_path) as fh, atomic_output(output_path) as out:
        batches = read_batches(fh, name)
        first = next(batches, None)
        if first is None:
            return 0
        _init_worker()  # load once here: forked workers share the loaded models
        if workers == 1:
            for batch in itertools.chain([first], batches):
                for line in extract_batch(batch):
                    out.write(line + "\n")
            return 0
        gc.freeze()  # keep the loaded models out of the children's GC: no copy-on-write churn
        ctx = multiprocessing.get_context("fork")
        # forked after _init_worker: models already loaded; they end with this process
        with ctx.Pool(workers, initializer=settle_worker, initargs=(os.getpid(),)) as pool:
            # an ordered window of batches in flight: workers never wait for a slow neighbour,
            # output keeps input order, and memory stays flat on huge inputs
            window: deque = deque()
            for batch in itertools.chain([first], batches):
                window.append(pool.apply_async(extract_batch, (batch,)))
                if len(window) >= workers * 4:
                    out.writelines(line + "\n" for line in window.popleft().get())
            while window:
                out.writelines(line + "\n" for line in window.popleft().get())
    return 0
