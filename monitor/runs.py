"""Crawl runs: one row per crawl (start, end, pages, new/updated/unchanged articles, errors).

Each run records the process that owns it. A process killed mid-crawl (``kill -9``, the OOM
killer, a reboot) cannot mark its run; whoever reads the run next finds the owner gone and
stores the run as ``interrupted``, so it neither shows as running forever nor blocks the
next crawl of its source.
"""

from __future__ import annotations

from crawler.run import CrawlReport
from monitor.processes import Owner, is_gone, this_process
from monitor.state import StateStore, dumps, loads_list, now_iso
from search.target import redact

OWNER_COLUMNS = ("owner_host", "owner_pid", "owner_started")


def start_run(
    state: StateStore, source: str | None, start_urls: list[str], trigger: str = "cli"
) -> int:
    """Record a run as started by this process; ``trigger`` says who asked (cli, api,
    schedule)."""
    owner = this_process()
    with state.transaction() as db:
        cur = db.execute(
            "INSERT INTO crawl_runs (source, trigger, start_urls, status, started_at,"
            " owner_host, owner_pid, owner_started) VALUES (?, ?, ?, 'running', ?, ?, ?, ?)",
            (
                source,
                trigger,
                dumps(list(start_urls)),
                now_iso(),
                owner.host,
                owner.pid,
                owner.started,
            ),
        )
        return int(cur.lastrowid)  # type: ignore[arg-type]


def finish_run(
    state: StateStore,
    run_id: int,
    report: CrawlReport | None = None,
    *,
    error: str | None = None,
    alerts: int = 0,
    interrupted: bool = False,
) -> dict:
    """Store a crawl's figures (none when it failed before it had any). The message is the
    error, else the report's own note; index URLs in it lose their password (the runs are
    shown by an unauthenticated API)."""
    report = report or CrawlReport()
    figures = {
        "pages": report.pages,
        "articles": report.articles,
        "new": report.new,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "errors": report.errors,
    }
    status = "interrupted" if interrupted else "failed" if error else "finished"
    if status == "failed":  # the failure itself is an error, whatever the crawl counted
        figures["errors"] = max(1, figures["errors"])
    message = error or report.message
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
                redact(message) if message else None,
                run_id,
            ),
        )
    run = get_run(state, run_id)
    assert run is not None
    return run


def _owner_gone(row: dict) -> bool:
    if row["status"] != "running" or row.get("owner_pid") is None:
        return False  # finished, or recorded before runs had owners: cannot tell
    return is_gone(Owner(row["owner_host"], int(row["owner_pid"]), row["owner_started"]))


def _mark_interrupted(state: StateStore, row: dict) -> None:
    message = f"interrupted: the process that ran this crawl (pid {row['owner_pid']}) is gone"
    with state.transaction() as db:
        db.execute(
            "UPDATE crawl_runs SET status = 'interrupted', message = ?"
            " WHERE id = ? AND status = 'running'",
            (message, row["id"]),
        )
    row.update(status="interrupted", message=message)


def _run(state: StateStore, row: dict) -> dict:
    if _owner_gone(row):
        _mark_interrupted(state, row)
    for column in OWNER_COLUMNS:  # which host and pid ran it is nobody's business outside
        row.pop(column, None)
    row["start_urls"] = loads_list(row["start_urls"])
    if row.get("message"):
        row["message"] = redact(row["message"])  # rows stored before messages were redacted
    return row


def get_run(state: StateStore, run_id: int) -> dict | None:
    row = state.query_one("SELECT * FROM crawl_runs WHERE id = ?", (run_id,))
    return _run(state, row) if row else None


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
    return [_run(state, r) for r in rows]
