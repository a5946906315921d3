"""Extraction in worker processes, so NER never holds up the reactor that does the fetching.

Each worker builds one ``Extractor`` of the extraction module (models load once per worker,
while the first pages download). Articles wait in a queue while every worker is busy and go
out together as the next batch: under load batches grow (``nlp.pipe`` is faster per text),
when idle an article goes out at once. Results come back to the reactor thread as Deferreds.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from twisted.internet.defer import Deferred

# In a worker: the extraction module and, when it has one, its Extractor.
_module: Any = None
_extractor: Any = None

WARM_UP_TEXT = "Глава города Зареченска Иван Петров провёл приём граждан 23 ноября 2018 года."


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _init_worker(module_name: str) -> None:
    global _module, _extractor
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


class ExtractionPool:
    """``submit(text, published_at)`` → Deferred firing with ``(facts, error)`` in the reactor
    thread. Build it before the crawl gets busy: workers are forked when it starts."""

    def __init__(self, module_name: str, workers: int, max_batch: int = 16) -> None:
        self.workers = max(1, workers)
        self.max_batch = max(1, max_batch)
        self.queue: deque[tuple[tuple[str, str | None], Deferred]] = deque()
        self.in_flight = 0
        self.executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(module_name,),
        )
        self.executor.submit(int)  # forks every worker now; they load models meanwhile

    def submit(self, text: str, published_at: str | None) -> Deferred:
        d: Deferred = Deferred()
        self.queue.append(((text, published_at), d))
        self._dispatch()
        return d

    def _dispatch(self) -> None:
        from twisted.internet import reactor

        while self.queue and self.in_flight < self.workers:
            size = min(self.max_batch, max(1, -(-len(self.queue) // self.workers)))
            batch = [self.queue.popleft() for _ in range(min(size, len(self.queue)))]
            pairs = [pair for pair, _ in batch]
            waiting = [d for _, d in batch]
            try:
                future = self.executor.submit(extract_batch, pairs)
            except Exception as exc:  # noqa: BLE001 - a broken pool fails these articles only
                self._fire(waiting, None, exc)
                continue
            self.in_flight += 1
            future.add_done_callback(
                lambda f, waiting=waiting: reactor.callFromThread(self._done, f, waiting)
            )

    def _done(self, future: Future, waiting: list[Deferred]) -> None:
        self.in_flight -= 1
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - e.g. a worker killed by the OOM killer
            self._fire(waiting, None, exc)
        else:
            self._fire(waiting, results, None)
        self._dispatch()

    @staticmethod
    def _fire(waiting: list[Deferred], results: list | None, exc: Exception | None) -> None:
        failed = (None, f"{type(exc).__name__}: {exc}")
        for i, d in enumerate(waiting):
            d.callback(results[i] if results is not None else failed)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
