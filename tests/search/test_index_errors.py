"""A damaged, read-only or full index, a damaged state database, a full output disk: every
command says what is wrong in one line, exits non-zero, and leaves the files as they were.
Real files and real processes throughout; a full disk is a real tmpfs filled to the brim (in a
private mount namespace, where the machine allows one), a read-only file is refused by the
kernel's permission check (as root: with CAP_DAC_OVERRIDE dropped, as any user sees it)."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app
from search import SearchQuery, open_index
from search.backend import BackendError
from search.sqlite import SqliteBackend
from tests.app.test_cli import one_line_error
from tests.search.contract.documents import DOCS, docs

REPO = Path(__file__).resolve().parents[2]
PAGE = 4096
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE = 1


def run(*args: str, preexec: Callable[[], None] | None = None, **kwargs):
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "dumawatch", *args],
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        timeout=300,
        preexec_fn=preexec,
        **kwargs,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def many_docs(copies: int) -> list[dict]:
    """The contract documents under ``copies`` ids each: an index of many pages."""
    out = []
    for n in range(copies):
        for d in docs():
            d["id"], d["url"] = f"{d['id']}-{n}", f"{d['url']}{n}/"
            out.append(d)
    return out


@pytest.fixture
def big_index(tmp_path) -> Path:
    path = tmp_path / "big.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(many_docs(60))
    assert not Path(f"{path}-wal").exists()  # closed cleanly: every page is in the file
    return path


@pytest.fixture
def small_index(tmp_path) -> Path:
    path = tmp_path / "small.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert(docs())
    return path


# -- a damaged index -------------------------------------------------------------------------


def test_garbage_bytes_are_refused_by_search_and_export(tmp_path):
    junk = tmp_path / "garbage.db"
    junk.write_bytes(bytes(range(256)) * 64)
    before = sha(junk)
    for command in (["search", "Волков"], ["export"]):
        line = one_line_error(run(*command, "--index", f"sqlite:///{junk}"))
        assert "это не база SQLite" in line
    assert sha(junk) == before


def test_a_truncated_index_is_named_as_such(big_index):
    size = big_index.stat().st_size
    with big_index.open("r+b") as fh:
        fh.truncate(size // 2)
    before = sha(big_index)
    for command in (["search", "Волков"], ["export"], ["search", "--json", ""]):
        line = one_line_error(run(*command, "--index", f"sqlite:///{big_index}"))
        assert f"файл обрезан ({size // 2} из {size} байт)" in line
    assert sha(big_index) == before


def test_damaged_pages_inside_an_index(big_index, tmp_path):
    """The header and schema are whole, pages further in are not: SQLite notices only when a
    query reads them, and the command still ends in one line."""
    pages = big_index.stat().st_size // PAGE
    with big_index.open("r+b") as fh:
        for page in range(pages // 2, pages):
            fh.seek(page * PAGE)
            fh.write(bytes(range(256)) * (PAGE // 256))
    before = sha(big_index)
    target = f"sqlite:///{big_index}"
    for command in (["search", "Волков"], ["export", "-o", str(tmp_path / "out.jsonl")]):
        line = one_line_error(run(*command, "--index", target))
        assert f"индекс {big_index} повреждён (database disk image is malformed)" in line
    assert sha(big_index) == before
    assert not (tmp_path / "out.jsonl").exists()  # no half an export either


def test_a_damaged_index_is_a_503_in_the_api_and_stops_serve_at_start(big_index, tmp_path):
    pages = big_index.stat().st_size // PAGE
    with big_index.open("r+b") as fh:
        for page in range(pages // 2, pages):
            fh.seek(page * PAGE)
            fh.write(b"\xff" * PAGE)
    app = create_app(f"sqlite:///{big_index}", str(tmp_path / "state.db"))
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/api/search", params={"q": "Волков"})
        assert r.status_code == 503 and "повреждён" in r.json()["detail"]
    with big_index.open("r+b") as fh:
        fh.truncate(PAGE * 3)
    proc = run("serve", "--index", f"sqlite:///{big_index}", "--state", str(tmp_path / "s.db"))
    assert "обрезан" in one_line_error(proc)


def test_a_sqlite_file_of_another_program(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
    db.close()
    before = sha(other)
    line = one_line_error(run("search", "x", "--index", f"sqlite:///{other}"))
    assert "файл SQLite, но не индекс dumawatch" in line
    assert sha(other) == before


# -- a read-only index -----------------------------------------------------------------------


def honouring_permissions() -> Callable[[], None] | None:
    """A child process that a read-only file stops: any user but root is; root is once it has
    given up CAP_DAC_OVERRIDE (dropped from the bounding set, so the exec'd process lacks it)."""
    if os.geteuid() != 0:
        return None

    def drop_override() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop_override


@pytest.fixture
def read_only(tmp_path) -> Callable[[], None] | None:
    """The preexec function for commands that must meet read-only files (skips where the
    permission check cannot be made to apply)."""
    preexec = honouring_permissions()
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0o444)
    try:
        tried = subprocess.run(
            [sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
            preexec_fn=preexec,
            capture_output=True,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot drop the permission override here: {exc}")
    if tried.returncode == 0:
        pytest.skip("this user writes to read-only files")
    return preexec


def test_a_read_only_index_can_be_searched_but_not_written(small_index, read_only):
    small_index.chmod(0o444)
    before = sha(small_index)
    target = f"sqlite:///{small_index}"
    found = run("search", "Волков", "--index", target, "--json", preexec=read_only)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 2
    line = one_line_error(run("reindex", "--index", target, preexec=read_only))
    assert line.endswith(f"ошибка: не записать индекс {small_index}: файл только для чтения")
    assert sha(small_index) == before


def test_an_index_in_a_read_only_folder(small_index, read_only):
    folder = small_index.parent / "shelf"
    folder.mkdir()
    shutil.move(small_index, folder / "index.db")
    folder.chmod(0o555)
    try:
        line = one_line_error(
            run("search", "x", "--index", f"sqlite:///{folder}/index.db", preexec=read_only)
        )
        assert f"папка {folder} только для чтения" in line
        line = one_line_error(
            run("reindex", "--index", f"sqlite:///{folder}/new.db", preexec=read_only)
        )  # a command that creates a missing index (search, export and serve refuse to)
        assert f"не открыть индекс {folder}/new.db: в папку {folder} нельзя писать" in line
    finally:
        folder.chmod(0o755)


# -- a full disk ------------------------------------------------------------------------------


def on_a_full_disk(tmp_path: Path, script: str) -> subprocess.CompletedProcess:
    """Run the bash ``script`` with ``$FULL``, a 2 MB tmpfs mounted in a private mount namespace
    (gone when the script ends), and ``$PY``, this Python. Skips where no namespace or mount may
    be made."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to make a private mount namespace")
    full = tmp_path / "full"
    full.mkdir()
    wrapped = f'mount -t tmpfs -o size=2m tmpfs "$FULL" 2>/dev/null || exit 97\n{script}'
    proc = subprocess.run(
        ["unshare", "--mount", "bash", "-euc", wrapped],
        env={**os.environ, "FULL": str(full), "PY": sys.executable, "OUT": str(tmp_path)},
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    if proc.returncode == 97 or "unshare failed" in proc.stderr:
        pytest.skip("no permission to mount a tmpfs in a private namespace here")
    assert proc.returncode == 0, proc.stderr
    return proc


def test_a_full_disk_is_named_and_the_index_stays_whole(small_index, tmp_path):
    before = sha(small_index)
    on_a_full_disk(
        tmp_path,
        f"""
        cp {small_index} "$FULL/index.db"
        cat /dev/zero > "$FULL/filler" 2>/dev/null || true
        "$PY" -m dumawatch reindex --index "sqlite:///$FULL/index.db" 2> "$OUT/full.err" || true
        "$PY" -m dumawatch reindex --index "sqlite:///$FULL/new.db" 2> "$OUT/new.err" || true
        "$PY" -m dumawatch export --index "sqlite:///{small_index}" -o "$FULL/all.jsonl" \\
            2> "$OUT/export.err" || true
        ls -a "$FULL" > "$OUT/listing"
        # room for SQLite's shared memory, not for the rewritten documents
        rm -f "$FULL/index.db-shm" "$FULL/index.db-wal"
        truncate -s -100K "$FULL/filler"
        "$PY" -m dumawatch reindex --index "sqlite:///$FULL/index.db" 2> "$OUT/almost.err" || true
        cp "$FULL/index.db" "$OUT/after.db"
        """,
    )
    full = tmp_path / "full"
    for name, expected in [
        (
            "full.err",
            f"dumawatch reindex: ошибка: не записать индекс {full}/index.db: диск заполнен",
        ),
        ("new.err", f"dumawatch reindex: ошибка: не записать индекс {full}/new.db: диск заполнен"),
        (
            "almost.err",
            f"dumawatch reindex: ошибка: не записать индекс {full}/index.db: диск заполнен",
        ),
        ("export.err", f"dumawatch export: ошибка: не записать {full}/all.jsonl: диск заполнен"),
    ]:
        assert (tmp_path / name).read_text().splitlines() == [expected]
    listing = (tmp_path / "listing").read_text().split()
    assert "new.db" not in listing  # the index that could not be started is not left behind
    assert not any(name.startswith((".all.jsonl", "all.jsonl")) for name in listing)
    assert sha(tmp_path / "after.db") == before


def test_sqlite_full_rolls_the_write_back_and_reads_go_on(small_index):
    """SQLite's own "database or disk is full" (here: the page limit a connection may set):
    the write is undone as a whole and the index keeps answering."""
    with SqliteBackend(small_index) as index:
        pages = index._db.execute("PRAGMA page_count").fetchone()[0]
        index._db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(BackendError, match=f"не записать индекс {small_index}: диск заполнен"):
            index.upsert(many_docs(20))
        assert index.count() == len(DOCS)
        assert index.search(SearchQuery(text="Волков")).total == 2
        assert not index._db.in_transaction


def test_output_to_a_full_disk(small_index):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        for command in (["export"], ["search", "--json", ""]):
            proc = run(*command, "--index", f"sqlite:///{small_index}", stdout=full)
            assert proc.returncode == 1
            assert proc.stderr.splitlines() == [
                f"dumawatch {command[0]}: ошибка: не записать вывод: диск заполнен"
            ]


# -- the state database and the server --------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["runs"], ["alerts"], ["watch", "list"], ["watch", "add", "Сергей Петров"]]
)
def test_a_damaged_state_database(tmp_path, command):
    state = tmp_path / "state.db"
    state.write_bytes(b"\x00\x01 not a database " * 300)
    before = sha(state)
    line = one_line_error(run(*command, "--state", str(state)))
    assert f"база состояния {state} повреждена (file is not a database)" in line
    assert sha(state) == before


def test_serve_refuses_a_port_in_use(small_index, tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        proc = run(
            "serve", "--index", f"sqlite:///{small_index}", "--state", str(tmp_path / "s.db"),
            "--port", str(port),
        )  # fmt: skip
    assert f"не слушать 127.0.0.1:{port}: адрес уже занят" in one_line_error(proc)


def test_huge_numbers_in_the_api_are_a_422(small_index, tmp_path):
    app = create_app(f"sqlite:///{small_index}", str(tmp_path / "state.db"))
    with TestClient(app) as client:
        for params in (
            {"offset": "99999999999999999999"},
            {"limit": "99999999999999999999"},
            {"min": "1e400"},
            {"facet_size": "-99999999999999999999"},
        ):
            r = client.get("/api/search", params=params)
            assert r.status_code == 422 and r.json()["detail"], params
        for path in ("/api/runs", "/api/alerts"):
            r = client.get(path, params={"offset": "99999999999999999999"})
            assert r.status_code == 422 and r.json()["detail"], path
