"""Crawl runs: one row per crawl (start, end, pages, new/updated/unchanged articles, errors)."""

from __future__ import annotations

from monitor.state import StateStore, dumps, loads_list, now_iso


def start_run(
    state: StateStore, source: str | None, start_urls: list[str], trigger: str = "cli"
) -> int:
    """Record a run as started; ``trigger`` says who asked (cli, api, schedule)."""
    with state.transaction() as db:
        cur = db.execute(
            "INSERT INTO crawl_runs (source, trigger, start_urls, status, started_at)"
            " VALUES (?, ?, ?, 'running', ?)",
            (source, trigger, dumps(list(start_urls)), now_iso()),
        )
        return int(cur.lastrowid)  # type: ignore[arg-type]


def _count(value: object) -> int:
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, list | tuple | set | dict):
        return len(value)
    return 0


def finish_run(
    state: StateStore,
    run_id: int,
    report: object | None = None,
    *,
    error: str | None = None,
    alerts: int = 0,
) -> dict:
    """Store a crawl's figures; ``report`` is a ``crawler`` CrawlReport (counts or id lists)."""
    figures = {
        k: _count(getattr(report, k, 0))
        for k in ("pages", "articles", "new", "updated", "unchanged", "errors")
    }
    status = "failed" if error else "finished"
    with state.transaction() as db:
        db.execute(
            "UPDATE crawl_runs SET status = ?, finished_at = ?, pages = ?, articles = ?, new = ?,"
            " updated = ?, unchanged = ?, errors = ?, alerts = ?, message = ? WHERE id = ?",
            (
                status,
                now_iso(),
                figures["pages"],
                figures["articles"],
                figures["new"],
                figures["updated"],
                figures["unchanged"],
                figures["errors"],
                alerts,
                error,
                run_id,
            ),
        )
    run = get_run(state, run_id)
    assert run is not None
    return run


def _run(row: dict) -> dict:
    row["start_urls"] = loads_list(row["start_urls"])
    return row


def get_run(state: StateStore, run_id: int) -> dict | None:
    row = state.query_one("SELECT * FROM crawl_runs WHERE id = ?", (run_id,))
    return _run(row) if row else None


def list_runs(
    state: StateStore, *, source: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict]:
    """Runs, newest first."""
    if source:
        rows = state.query(
            "SELECT * FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            (source, limit, offset),
        )
    else:
        rows = state.query(
            "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
        )
    return [_run(r) for r in rows]
