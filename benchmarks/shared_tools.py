"""The shared scorers beside the repo (``../shared/tools``), imported as modules so benchmarks
get their per-document details as well as the totals their command lines print."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"


def load(name: str) -> ModuleType:
    """``load("factru_eval")``: ``../shared/tools/factru_eval.py`` as a module."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
