"""Suite-wide guard: tests that read ../shared (the seed page, factRuEval) skip on a developer
machine without it, but CI always has it — there a missing folder fails the run instead of
quietly skipping the quality checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("CI") and not (SHARED / "data").is_dir():
        pytest.exit(f"CI without the shared data at {SHARED}: quality tests would be skipped", 1)
