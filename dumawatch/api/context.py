"""What every request handler needs: the index, the state store and the deployment's settings.

One instance per app, opened lazily, so creating the app (e.g. for the OpenAPI schema) never
touches the disk or the network.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from monitor.state import StateStore, open_state
from search import IndexBackend
from search.target import IndexSpec, resolve_target


@dataclass
class AppContext:
    index_target: str
    state_path: str | None = None
    allow_private_crawl: bool = False
    sources_path: str | None = None
    index_options: dict = field(default_factory=dict)
    _index: IndexBackend | None = field(default=None, repr=False)
    _state: StateStore | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def create(
        cls,
        index_target: str | None,
        state_path: str | None,
        allow_private_crawl: bool,
        sources_path: str | None = None,
        index_options: dict | None = None,
    ) -> AppContext:
        return cls(
            resolve_target(index_target),
            state_path,
            allow_private_crawl,
            sources_path,
            dict(index_options or {}),
        )

    @property
    def index_spec(self) -> IndexSpec:
        """The index with its options, as crawls started here are handed it."""
        return IndexSpec(self.index_target, dict(self.index_options))

    @property
    def index(self) -> IndexBackend:
        with self._lock:
            if self._index is None:
                self._index = self.index_spec.open()
            return self._index

    @property
    def state(self) -> StateStore:
        with self._lock:
            if self._state is None:
                self._state = open_state(self.state_path)
            return self._state

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None
            if self._state is not None:
                self._state.close()
                self._state = None
