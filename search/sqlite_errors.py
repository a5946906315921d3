"""What an SQLite error means to the person who has to fix it, in one line: a damaged file, a
full disk, a read-only file or folder, a lock held elsewhere, or a file that is no index at all.
Both SQLite files of the search side (the index and the Elasticsearch spool) speak through it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from search.backend import BackendError

MAGIC = b"SQLite format 3\x00"
DAMAGED_HINT = "восстановите его из резервной копии или соберите новый индекс обходом"
FULL_BELOW = 64 * 1024  # free bytes under which a failed write is put down to a full disk
DAMAGED_HINTS = {  # what to do about a damaged file, by what it holds
    "index": DAMAGED_HINT,
    "spool": "уберите его в сторону (ждавшие в нём записи пропадут; обойдите сайты снова)",
}
DAMAGED = {"state database": "повреждена"}  # agrees with the noun
# what the file is, as a subject, after «не записать» / «не открыть», after «нет доступа к»
WHAT = {"index": "индекс", "spool": "файл отложенных записей", "state database": "база состояния"}
WHAT_GEN = {
    "index": "индекс",
    "spool": "файл отложенных записей",
    "state database": "базу состояния",
}
WHAT_DAT = {
    "index": "индексу",
    "spool": "файлу отложенных записей",
    "state database": "базе состояния",
}


def describe(exc: sqlite3.Error, what: str, path: Path) -> str:
    """``exc`` (raised while using the ``what`` — "index", "spool", "state database" — at
    ``path``) as one line that names the cause."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    detail = " ".join(str(exc).split())
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        hint = DAMAGED_HINTS.get(what, "восстановите из резервной копии")
        return f"{WHAT.get(what, what)} {path} {DAMAGED.get(what, 'повреждён')} ({detail}): {hint}"
    if primary == sqlite3.SQLITE_FULL or (primary == sqlite3.SQLITE_IOERR and disk_full(path)):
        return f"не записать {WHAT_GEN.get(what, what)} {path}: диск заполнен"
    if primary == sqlite3.SQLITE_READONLY:
        return f"не записать {WHAT_GEN.get(what, what)} {path}: {read_only_part(path)}"
    if primary == sqlite3.SQLITE_CANTOPEN:
        return f"не открыть {WHAT_GEN.get(what, what)} {path}: {unopenable_part(path)}"
    if primary == sqlite3.SQLITE_IOERR:
        return (
            f"не прочитать и не записать {WHAT_GEN.get(what, what)} {path}: ошибка ввода-вывода "
            "(диск заполнен или неисправен?)"
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (
            f"{WHAT.get(what, what)} {path} занят другим процессом (ждали 30 с): попробуйте позже"
        )
    if primary in (sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        return f"нет доступа к {WHAT_DAT.get(what, what)} {path}"
    return f"{WHAT.get(what, what)} {path}: ошибка SQLite: {detail}"


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` is (all but) full: SQLite reports a write that found no
    space as "disk I/O error" where it was mapping its shared-memory file."""
    try:
        st = os.statvfs(path.parent if str(path.parent) else ".")
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < FULL_BELOW


def read_only_part(path: Path) -> str:
    """Which of the file or its folder refuses writes (SQLite writes ``-wal`` and ``-shm`` files
    beside the database, so a read-only folder refuses it too)."""
    folder = path.parent if str(path.parent) else Path(".")
    folder_read_only = not os.access(folder, os.W_OK)
    if folder_read_only and not Path(f"{path}-shm").exists():
        return f"папка {folder} только для чтения (SQLite держит рядом {path.name}-wal и -shm)"
    if path.exists() and not os.access(path, os.W_OK):
        return "файл только для чтения"
    if folder_read_only:
        return f"папка {folder} только для чтения"
    return "файловая система только для чтения"


def unopenable_part(path: Path) -> str:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.R_OK):
        return "нет прав доступа"
    if not os.access(folder, os.W_OK):
        return f"в папку {folder} нельзя писать"
    return "файл не открывается"


def file_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be an SQLite database, read from its first 100 bytes
    without opening it in SQLite (so a foreign file is never written to); None when it looks
    whole, is empty or does not exist yet.

    A file shorter than the page count its header promises was cut short (a copy or download
    that stopped). Only checked when no write-ahead log is beside it: pages still in a log may
    legitimately be missing from the file until the next checkpoint."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"не читается ({exc.strerror})"
    if not header.startswith(MAGIC):
        return "это не база SQLite"
    if len(header) < 100:
        return f"файл обрезан ({size} байт): {DAMAGED_HINT}"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_count_valid = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if header_count_valid and not wal_pending and size < pages * page_size:
        return f"файл обрезан ({size} из {pages * page_size} байт): {DAMAGED_HINT}"
    return None


@contextmanager
def sqlite_errors(what: str, path: Path) -> Iterator[None]:
    """Raise SQLite errors met inside as a one-line BackendError about ``what`` at ``path``."""
    try:
        yield
    except sqlite3.Error as exc:
        raise BackendError(describe(exc, what, path)) from exc
