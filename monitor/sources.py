"""The sources a deployment crawls: ``sources.yaml`` (via ``crawler.sources``) plus sources added
through the API, which live in the state store so editing them never rewrites the YAML file."""

from __future__ import annotations

from pathlib import Path

from crawler.sources import Source, SourceError, SourcesFileMissing, load_sources
from monitor.state import StateStore, dumps, loads_list, now_iso


def _as_dict(source: Source) -> dict:
    return {
        "name": source.name,
        "start_urls": list(source.start_urls),
        "allowed_domains": list(source.allowed_domains),
        "schedule": source.schedule or None,
        "origin": "config",
        "alert_first_crawl": source.alert_first_crawl,
        "delay": source.delay,
    }


class SourcesFileError(ValueError):
    """sources.yaml exists but cannot be used (the message says why)."""


def config_sources(path: str | Path | None = None) -> list[dict]:
    """Sources from ``sources.yaml`` as ``crawler.sources`` reads it; none if there is no file."""
    try:
        loaded = load_sources(path)
    except SourcesFileMissing:
        return []
    except SourceError as exc:  # a file the user has to fix
        raise SourcesFileError(str(exc)) from exc
    return [_as_dict(s) for s in loaded]


def stored_sources(state: StateStore) -> list[dict]:
    rows = state.query("SELECT * FROM sources ORDER BY name")
    return [
        {
            "name": r["name"],
            "start_urls": loads_list(r["start_urls"]),
            "allowed_domains": loads_list(r["allowed_domains"]),
            "schedule": r["schedule"],
            "origin": "api",
        }
        for r in rows
    ]


def all_sources(state: StateStore, config_path: str | Path | None = None) -> list[dict]:
    """Config sources, then API-added ones (an API source never shadows a configured name)."""
    out = {s["name"]: s for s in config_sources(config_path)}
    for s in stored_sources(state):
        out.setdefault(s["name"], s)
    return list(out.values())


def add_source(
    state: StateStore,
    name: str,
    start_urls: list[str],
    allowed_domains: list[str] | None = None,
    schedule: str | None = None,
) -> dict:
    with state.transaction() as db:
        db.execute(
            "INSERT INTO sources (name, start_urls, allowed_domains, schedule, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
            " start_urls = excluded.start_urls, allowed_domains = excluded.allowed_domains,"
            " schedule = excluded.schedule",
            (name, dumps(start_urls), dumps(allowed_domains or []), schedule, now_iso()),
        )
    return next(s for s in stored_sources(state) if s["name"] == name)


def delete_source(state: StateStore, name: str) -> bool:
    with state.transaction() as db:
        return db.execute("DELETE FROM sources WHERE name = ?", (name,)).rowcount > 0
