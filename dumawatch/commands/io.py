"""Files or standard streams, written so that a failed command never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TextIO

from rich.console import Console

from dumawatch.errors import WRITE_ERRORS, UserError, os_error

PIPE_WIDTH = 10_000  # columns of a console that is not a terminal: lines and tables stay whole


def console(stderr: bool = False) -> Console:
    """Rich output for a terminal; for a pipe or a file, lines are never wrapped and table
    cells never cut («sour…»), since rich would otherwise assume 80 columns."""
    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(highlight=False, stderr=stderr)
    return Console(highlight=False, stderr=stderr, width=PIPE_WIDTH, soft_wrap=True)


@contextlib.contextmanager
def open_input(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdin
        return
    try:
        with open(path, encoding="utf-8") as fh:
            yield fh
    except FileNotFoundError:
        raise UserError(f"нет такого файла: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} — папка, а не файл") from None


@contextlib.contextmanager
def atomic_output(path: str, newline: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and move it in place only on success."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if not target.parent.exists():
        raise UserError(f"папки {target.parent} нет")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise os_error(exc, f"не записать {path}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an export is for sharing
        os.replace(tmp, target)
    except OSError as exc:
        os.unlink(tmp)
        if exc.errno in WRITE_ERRORS | {errno.EROFS, errno.EACCES, errno.EISDIR}:
            raise os_error(exc, f"не записать {path}") from exc
        raise
    except BaseException:
        os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
