"""Which process owns a crawl run, and whether it still runs.

A pid alone is not enough: after the owner dies the pid may be handed to another process.
On Linux the kernel's boot id plus the process's start time (in clock ticks since boot) name
one process for good; elsewhere the pid is all there is. A run recorded on another host, or
in another container (another pid namespace), cannot be checked from here and is left alone.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class Owner:
    host: str  # where its pid means something: host name, plus the pid namespace on Linux
    pid: int
    started: str | None  # "<boot id>:<start time in ticks>", None where /proc is missing


def _stat(pid: int) -> list[str] | None:
    """Fields 3 onwards of /proc/<pid>/stat, or None when it is gone (or no /proc)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces and parentheses: split after the last ')'
    return stat.rsplit(")", 1)[1].split()


def start_time(pid: int) -> str | None:
    """The process's identity beside its pid, or None when it is gone (or no /proc)."""
    fields = _stat(pid)
    try:
        boot = (PROC / "sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None
    return f"{boot}:{fields[19]}" if fields else None  # field 22, starttime


def where() -> str:
    try:
        namespace = os.readlink(PROC / "self/ns/pid")  # e.g. "pid:[4026531836]"
    except OSError:
        return socket.gethostname()
    return f"{socket.gethostname()} {namespace}"


def this_process() -> Owner:
    pid = os.getpid()
    return Owner(where(), pid, start_time(pid))


def is_gone(owner: Owner) -> bool:
    """True only when sure: the owner ran on this host and has ended (its pid is free, or
    belongs to a process that started later)."""
    if owner.host != where():
        return False
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, another user's: still compare start times
    fields = _stat(owner.pid)
    if fields and fields[0] in ("Z", "X"):
        return True  # ended, not yet reaped by its parent
    if owner.started is None:
        return False
    current = start_time(owner.pid)
    return current is not None and current != owner.started
