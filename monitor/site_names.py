"""The sites' own names, learnt by crawls (``CrawlReport.site_names``) and kept in the state
store, so pages can show «Городская Дума Зареченска» where a document only carries its host.
A source named in sources.yaml is shown by that name and never needs one."""

from __future__ import annotations

from collections.abc import Callable

from monitor.state import StateStore, now_iso


def remember(state: StateStore, names: dict[str, str]) -> None:
    """Store the names a crawl saw; a later crawl's name replaces an earlier one."""
    if not names:
        return
    with state.transaction() as db:
        db.executemany(
            "INSERT INTO site_names (source, name, seen_at) VALUES (?, ?, ?) ON CONFLICT(source)"
            " DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
            [(source, name, now_iso()) for source, name in names.items()],
        )


def all_names(state: StateStore) -> dict[str, str]:
    return {r["source"]: r["name"] for r in state.query("SELECT source, name FROM site_names")}


def labeller(state: StateStore) -> Callable[[str | None], str | None]:
    """What to show for a document's ``source``: the site's name when a crawl learnt it, else
    the value as stored. Reads the names once, for one page or answer."""
    names = all_names(state)
    return lambda source: names.get(source, source) if source else source
