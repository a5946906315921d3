"""How `dumawatch extract` scales with --workers, and what one worker costs in memory.

Runs the real CLI (``python -m dumawatch extract --workers N``) on the dev texts repeated
until one worker needs about ``--seconds`` (sized from calibration runs of one and two passes:
repeated texts find the word caches warm, so later passes run faster than the first), once
per worker count.
For each run it prints wall time, chars/s, the CPU seconds of the CLI and all its workers
(``RUSAGE_CHILDREN``), the load average around the run, and the peak RSS (``VmHWM``) of the
main process and of each worker, sampled from /proc while the run goes on. A tiny run
measures the fixed cost (imports and model loading) every worker pays before its first text.

Targets: wall ratio workers-1 / workers-2 >= 1.8 on 2 cores; peak RSS of one worker <= 600 MB.
The machine is shared: when other jobs hold a core the wall ratio cannot reach 1.8, so the
CPU figures say whether the CLI itself would (CPU/wall near 2.0 means both cores were ours).

usage: python benchmarks/extract_workers_bench.py [TEXT_DIR] [--seconds S] [--workers 1 2]
       [--blas-threads 1]
(default TEXT_DIR: ../shared/data/factru-dev beside the repo)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "factru-dev"
REPO = Path(__file__).resolve().parents[1]
# chars/s of one worker, to size the input; a first guess refined by a calibration run
GUESS_RATE = 60_000


@dataclass
class Run:
    workers: int
    blas_threads: int | None
    wall: float
    cpu: float
    load_before: float
    load_after: float
    main_hwm_mb: float
    worker_hwm_mb: list[float] = field(default_factory=list)


def write_input(texts: list[str], repeat: int, path: Path) -> int:
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for r in range(repeat):
            for i, text in enumerate(texts):
                rec = {"id": f"{r}-{i}", "text": text, "published_at": "2011-05-16"}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                chars += len(text)
    return chars


def _hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


class PeakSampler(threading.Thread):
    """Polls VmHWM (the kernel's own peak RSS) of a process and its children until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peaks: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for pid in (self.pid, *_children(self.pid)):
                hwm = _hwm_mb(pid)
                if hwm is not None:
                    self.peaks[pid] = max(hwm, self.peaks.get(pid, 0.0))
            self.done.wait(0.2)


def run_cli(src: Path, workers: int, blas_threads: int | None = None) -> Run:
    dst = src.with_suffix(f".w{workers}.out")
    env = dict(os.environ)
    if blas_threads is not None:  # numpy's OpenBLAS starts one thread per core in every worker
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = str(blas_threads)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dumawatch", "extract", "--workers", str(workers), str(src)]
        + ["-o", str(dst)],
        cwd=REPO,
        env=env,
    )
    sampler = PeakSampler(proc.pid)
    sampler.start()
    if proc.wait() != 0:
        raise SystemExit(f"dumawatch extract --workers {workers} failed ({proc.returncode})")
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    main = sampler.peaks.pop(proc.pid, 0.0)
    dst.unlink(missing_ok=True)
    return Run(
        workers,
        blas_threads,
        wall,
        cpu,
        load_before,
        os.getloadavg()[0],
        main,
        list(sampler.peaks.values()),
    )


def _blas(run: Run) -> str:
    return "" if run.blas_threads is None else f" (BLAS threads {run.blas_threads})"


def report(run: Run, chars: int) -> None:
    workers = ", ".join(f"{m:.0f}" for m in sorted(run.worker_hwm_mb)) or "-"
    print(
        f"--workers {run.workers}{_blas(run)}: {run.wall:6.1f} s wall, "
        f"{chars / run.wall:9,.0f} chars/s, "
        f"CPU {run.cpu:6.1f} s (CPU/wall {run.cpu / run.wall:.2f}), "
        f"load {run.load_before:.1f}->{run.load_after:.1f}, "
        f"peak RSS main {run.main_hwm_mb:.0f} MB, workers [{workers}] MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--seconds", type=float, default=45.0, help="target of the 1-worker run")
    parser.add_argument(
        "--blas-threads",
        type=int,
        nargs="*",
        default=[],
        help="also run every worker count with OPENBLAS/OMP_NUM_THREADS set to these",
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(args.folder.glob("*.txt"))]
    once = sum(len(t) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.jsonl"
        write_input(texts[:1], 1, tiny)
        fixed = {w: run_cli(tiny, w) for w in args.workers}
        for run in fixed.values():
            print(f"fixed cost, 1 text, --workers {run.workers}: {run.wall:.1f} s wall")
        # one pass and two: their difference is a warm pass, the rate of the long run
        passes = [Path(tmp) / "once.jsonl", Path(tmp) / "twice.jsonl"]
        chars = write_input(texts, 1, passes[0])
        write_input(texts, 2, passes[1])
        warm = run_cli(passes[1], 1).wall - run_cli(passes[0], 1).wall
        rate = chars / warm if warm > 0 else GUESS_RATE
        repeat = max(1, round(args.seconds * rate / once + 0.5))
        src = Path(tmp) / "texts.jsonl"
        chars = write_input(texts, repeat, src)
        print(f"{len(texts)} dev texts x {repeat} = {chars:,} chars, cores: {os.cpu_count()}")
        runs = [run_cli(src, w, b) for b in [None, *args.blas_threads] for w in args.workers]
    for run in runs:
        report(run, chars)
    for run in runs:
        one = next((r for r in runs if r.workers == 1 and r.blas_threads == run.blas_threads), None)
        if one is not None and run is not one:
            print(
                f"speed-up --workers {run.workers} vs 1{_blas(run)}: "
                f"wall {one.wall / run.wall:.2f}x "
                f"(target >= 1.8 at 2), CPU time ratio {run.cpu / one.cpu:.2f} "
                "(1.00: no work added by splitting)"
            )
            # what the same CPU work would give with the cores to itself: CPU seconds split
            # evenly over the workers (no stalls); an upper bound, not a measurement
            bound = one.cpu / (run.cpu / run.workers)
            print(f"  if the {run.workers} cores were free: at most {bound:.2f}x (CPU-time bound)")
    # with one worker the CLI extracts in its main process
    peak = max((m for r in runs for m in r.worker_hwm_mb or [r.main_hwm_mb]), default=0.0)
    print(f"largest worker peak RSS: {peak:.0f} MB (target <= 600 MB)")


if __name__ == "__main__":
    main()
