"""FastAPI dependencies: the app's context, its index and state store."""

from __future__ import annotations

from fastapi import Request

from dumawatch.api.context import AppContext
from monitor.state import StateStore
from search import IndexBackend


def context(request: Request) -> AppContext:
    return request.app.state.context


def index(request: Request) -> IndexBackend:
    return context(request).index


def state(request: Request) -> StateStore:
    return context(request).state
