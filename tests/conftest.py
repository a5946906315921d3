"""Suite-wide set-up.

- Tests that read ../shared (the seed page, factRuEval) skip on a developer machine without it,
  but CI always has it — there a missing folder fails the run instead of quietly skipping the
  quality checks.
- Nothing a test runs writes outside temporary folders: the state file (runs, watchlists) and the
  Elasticsearch spool default to a per-session temporary folder, for the CLI processes the tests
  start too, unless a test names its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_SCRATCH = tempfile.mkdtemp(prefix="dumawatch-tests-")


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("CI") and not (SHARED / "data").is_dir():
        pytest.exit(f"CI without the shared data at {SHARED}: quality tests would be skipped", 1)
    os.environ["DUMAWATCH_STATE"] = os.path.join(_SCRATCH, "dumawatch-state.db")
    os.environ["DUMAWATCH_SPOOL"] = os.path.join(_SCRATCH, "spool")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SCRATCH, ignore_errors=True)
