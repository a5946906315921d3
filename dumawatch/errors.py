"""Errors a user can cause and fix: the CLI prints them in one line, the API as a 4xx."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

# what a failed file operation means, in the words a person would search for
OS_REASONS = {
    errno.ENOSPC: "диск заполнен",
    errno.EDQUOT: "превышена дисковая квота",
    errno.EFBIG: "файл слишком велик",
    errno.EROFS: "файловая система только для чтения",
    errno.EACCES: "нет прав доступа",
    errno.EPERM: "операция не разрешена",
    errno.EIO: "ошибка ввода-вывода диска",
    errno.ENOENT: "нет такого файла или папки",
    errno.ENOTDIR: "часть пути — не папка",
    errno.EISDIR: "это папка, а не файл",
    errno.EADDRINUSE: "адрес уже занят (другим сервером?)",
    errno.EADDRNOTAVAIL: "на этой машине нет такого адреса",
}

WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


class UserError(Exception):
    """Bad input or an unreachable/unknown target; the message is the whole explanation."""

    exit_code = 1


def os_reason(exc: OSError) -> str:
    return OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def os_error(exc: OSError, doing: str | None = None) -> UserError:
    """``exc`` as one line: what was being done (``doing``, e.g. "cannot write out.csv") or
    the file it names, and why."""
    if doing is None:
        if exc.filename is not None:
            doing = f"не использовать {exc.filename}"
        elif exc.errno in WRITE_ERRORS:  # a stream (standard output) that could not be written
            doing = "не записать вывод"
        else:
            return UserError(os_reason(exc))
    return UserError(f"{doing}: {os_reason(exc)}")


def sqlite_error(exc: sqlite3.Error, what: str, path: str | Path) -> UserError:
    from search.sqlite_errors import describe

    return UserError(describe(exc, what, Path(path)))


def as_user_error(exc: BaseException) -> UserError | None:
    """Domain errors that are the user's to fix, translated; anything else is a bug.

    File system and SQLite errors no command translated itself (a full disk, a permission,
    a damaged database) are the user's to fix too: one line naming the cause."""
    from search.backend import BackendError

    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, BackendError):
        return UserError(str(exc))
    if isinstance(exc, OSError):
        return os_error(exc)
    if isinstance(exc, sqlite3.Error):
        return UserError(f"ошибка базы данных: {' '.join(str(exc).split())}")
    from crawler.run import CrawlError
    from monitor.sources import SourcesFileError
    from monitor.watchlists import WatchlistError

    if isinstance(exc, CrawlError | SourcesFileError | WatchlistError):
        return UserError(str(exc))
    return None
