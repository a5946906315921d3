"""Child processes that end with the process that started them, even after a ``kill -9``.

A killed parent runs no cleanup, so the child must learn of the death from the kernel: on
Linux ``prctl(PR_SET_PDEATHSIG)`` sends it a signal when the parent (precisely: the parent's
thread that forked it) ends. Elsewhere this is a no-op and the caller's other means (a pipe
whose end of file means the parent is gone) have to do.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def _set_pdeathsig(sig: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):  # no libc prctl: a libc without it, or a sandbox
        return False


def die_with_parent(parent_pid: int, sig: int = signal.SIGTERM) -> bool:
    """Have ``sig`` delivered to this process when ``parent_pid`` ends; True when the kernel
    took the request. A parent that died before the request was made (it may die while the
    child starts) is caught by comparing ``getppid()`` afterwards: the signal is then sent at
    once, so the caller's handler for ``sig`` runs either way."""
    armed = _set_pdeathsig(sig)
    if os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)
    return armed


def settle_worker(owner_pid: int) -> None:
    """For a pool worker forked from ``owner_pid``. A forked worker inherits its parent's
    Python signal handlers: in a crawl process they only ask that process's reactor (not
    running in the worker) to stop, so SIGTERM and SIGINT were in effect ignored and the
    workers outlived a killed crawl. Back to the defaults, no inherited wake-up pipe, and
    killed with the process that forked them: a worker holds nothing worth a clean exit."""
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    die_with_parent(owner_pid, signal.SIGKILL)
