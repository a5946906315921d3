"""Extraction in worker processes, for the crawler and for ``dumawatch extract`` alike: how
many workers, how many BLAS threads each, how texts are batched, all decided here.

- ``ExtractionPool`` (the crawler): each worker builds one ``Extractor`` of the extraction
  module (models load once per worker, while the first pages download), so NER never holds
  up the reactor that does the fetching. Articles wait in a queue while every worker is busy
  and go out together as the next batch: under load batches grow (``nlp.pipe`` is faster per
  text), when idle an article goes out at once. Results come back to the reactor thread as
  Deferreds.
- ``ordered_map`` (the CLI): the caller loads the models once, then workers are forked and
  share them; batches stream through in input order with flat memory.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from crawler.parent_death import settle_worker

if TYPE_CHECKING:  # Twisted is the crawler's; `dumawatch extract` need not import it
    from twisted.internet.defer import Deferred

T = TypeVar("T")
R = TypeVar("R")

# In a worker: the extraction module and, when it has one, its Extractor.
_module: Any = None
_extractor: Any = None

MAX_RESTARTS = 5  # rebuilt pools per crawl after a worker died
BATCH_SIZE = 16  # most texts a worker gets at once: enough to amortise pickling and feed nlp.pipe
WINDOW_PER_WORKER = 4  # ordered_map: batches in flight per worker
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
WARM_UP_TEXT = "Глава города Зареченска Иван Петров провёл приём граждан 23 ноября 2018 года."


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def single_threaded_blas() -> None:
    """numpy's BLAS spins a thread per core in every process; with one process per core that
    only fights over the cores (measured: one worker 44 % less CPU with one BLAS thread).
    Must run before numpy is first imported; an explicit setting by the user wins."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def fork_context() -> Any:
    """Workers are forked: they start at once and share what the parent has loaded."""
    return multiprocessing.get_context("fork")


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``fn`` over ``items`` in ``workers`` forked processes, results in input order.

    Load what ``fn`` needs before the first item is asked for: the workers are forked then
    and share it (``gc.freeze`` keeps it out of their garbage collector, so no copy-on-write
    churn). An ordered window of items is in flight: workers never wait for a slow
    neighbour, and memory stays flat on huge inputs. The workers end with the caller."""
    gc.freeze()
    with fork_context().Pool(workers, initializer=settle_worker, initargs=(os.getpid(),)) as pool:
        window: deque = deque()
        for item in items:
            window.append(pool.apply_async(fn, (item,)))
            if len(window) >= workers * WINDOW_PER_WORKER:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


def _init_worker(module_name: str, owner_pid: int, nice: int = 0) -> None:
    global _module, _extractor
    settle_worker(owner_pid)
    if nice > 0:
        try:
            os.nice(nice)
        except OSError:  # not permitted here: run at the crawl's own priority
            pass
    single_threaded_blas()  # before the extractor first imports numpy
    _module = importlib.import_module(module_name)
    factory = getattr(_module, "Extractor", None)
    _extractor = factory() if factory is not None else None
    try:
        _one(WARM_UP_TEXT, None)  # load the models now, not on the first article
    except Exception:  # noqa: BLE001, S110 - a broken extractor shows on real articles
        pass


def _one(text: str, published_at: str | None) -> dict:
    if _extractor is not None:
        return _extractor.extract(text, published_at)
    return _module.extract(text, published_at)


def extract_batch(pairs: list[tuple[str, str | None]]) -> list[tuple[dict | None, str | None]]:
    """``(facts, None)`` or ``(None, error)`` per text; one bad text does not fail its batch."""
    if _extractor is not None and hasattr(_extractor, "pipe") and len(pairs) > 1:
        try:
            return [(facts, None) for facts in _extractor.pipe(pairs)]
        except Exception:  # noqa: BLE001 - find the culprit one text at a time
            pass
    results: list[tuple[dict | None, str | None]] = []
    for text, published_at in pairs:
        try:
            results.append((_one(text, published_at), None))
        except Exception as exc:  # noqa: BLE001 - reported per article by the pipeline
            results.append((None, f"{type(exc).__name__}: {exc}"))
    return results


@dataclass
class _Job:
    text: str
    published_at: str | None
    done: Deferred
    alone: bool = False  # sent again on its own after its batch was lost with a dead worker


class ExtractionPool:
    """``submit(text, published_at)`` → Deferred firing with ``(facts, error)`` in the reactor
    thread. Build it before the crawl gets busy: workers are forked when it starts.

    A worker that dies (a crash in native code, the OOM killer) takes its pool down: the pool
    is rebuilt and the texts lost with it are tried again one by one, so only the text that
    kills a worker ends up without facts."""

    def __init__(
        self, module_name: str, workers: int, max_batch: int = BATCH_SIZE, nice: int = 0
    ) -> None:
        self.module_name = module_name
        self.workers = max(1, workers)
        self.max_batch = max(1, max_batch)
        self.nice = max(0, nice)
        self.queue: deque[_Job] = deque()
        self.in_flight = 0
        self.restarts = 0
        self.solo = False  # a text retried alone is in flight
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=fork_context(),
            initializer=_init_worker,
            initargs=(self.module_name, os.getpid(), self.nice),
        )
        executor.submit(int)  # forks every worker now; they load models meanwhile
        return executor

    def submit(self, text: str, published_at: str | None) -> Deferred:
        from twisted.internet.defer import Deferred

        job = _Job(text, published_at, Deferred())
        self.queue.append(job)
        self._dispatch()
        return job.done

    def _next_batch(self) -> list[_Job]:
        if self.queue[0].alone:
            return [self.queue.popleft()]
        size = min(self.max_batch, max(1, -(-len(self.queue) // self.workers)))
        batch: list[_Job] = []
        while self.queue and len(batch) < size and not self.queue[0].alone:
            batch.append(self.queue.popleft())
        return batch

    def _dispatch(self) -> None:
        from twisted.internet import reactor

        while self.queue and self.in_flight < self.workers and not self.solo:
            if self.queue[0].alone:  # a suspect runs with nothing beside it to take down
                if self.in_flight:
                    break
                self.solo = True
            batch = self._next_batch()
            executor = self.executor
            try:
                future = executor.submit(extract_batch, [(j.text, j.published_at) for j in batch])
            except BrokenProcessPool as exc:
                self.solo = False
                self._lost(batch, executor, exc)
                continue
            self.in_flight += 1
            future.add_done_callback(
                lambda f, batch=batch, executor=executor: reactor.callFromThread(
                    self._done, f, batch, executor
                )
            )

    def _done(self, future: Future, batch: list[_Job], executor: ProcessPoolExecutor) -> None:
        self.in_flight -= 1
        if batch[0].alone:
            self.solo = False
        try:
            results = future.result()
        except BrokenProcessPool as exc:
            self._lost(batch, executor, exc)
        except Exception as exc:  # noqa: BLE001 - e.g. results that cannot be unpickled
            for job in batch:
                job.done.callback((None, f"{type(exc).__name__}: {exc}"))
        else:
            for job, result in zip(batch, results, strict=True):
                job.done.callback(result)
        self._dispatch()

    def _lost(self, batch: list[_Job], executor: ProcessPoolExecutor, exc: Exception) -> None:
        """A batch went down with a dead worker: rebuild the pool (once per broken pool, at
        most ``MAX_RESTARTS`` times a crawl) and try its texts again, each on its own."""
        if executor is self.executor and self.restarts < MAX_RESTARTS:
            self.restarts += 1
            executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
        for job in reversed(batch):
            if job.alone or self.executor is executor:  # tried alone already, or no new pool
                job.done.callback((None, f"extraction worker died ({type(exc).__name__})"))
            else:
                job.alone = True
                self.queue.appendleft(job)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
