"""pyproject.toml declares what the code imports, and the code imports what it declares."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "extraction", "search", "monitor", "dumawatch", "sample_site")
# Declared though never imported by name, each for a reason:
NOT_IMPORTED = {
    "lxml-html-clean": "justext (under trafilatura) imports it; lxml 6 split it out",
    "pymorphy3-dicts-ru": "the dictionaries pymorphy3 loads",
    "jinja2": "Starlette's templates load it",
}


def _name(requirement: str) -> str:
    """'pymorphy3[fast]>=2.0,<3' -> 'pymorphy3'; names compared normalised (PEP 503)."""
    bare = re.match(r"[A-Za-z0-9._-]+", requirement).group()  # type: ignore[union-attr]
    return re.sub(r"[-_.]+", "-", bare).lower()


def declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    return {_name(r) for r in project["dependencies"]}, {
        extra: {_name(r) for r in reqs} for extra, reqs in extras.items()
    }


def imported() -> dict[str, set[str]]:
    """Third-party distributions the project's packages import -> the modules importing them."""
    owners = packages_distributions()
    found: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in PACKAGES:
                        continue
                    for dist in owners.get(top, [top]):
                        found.setdefault(_name(dist), set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_import_is_declared() -> None:
    runtime, extras = declared()
    undeclared = {
        dist: sorted(where)
        for dist, where in imported().items()
        if dist not in runtime and dist not in extras.get("redis", set())
    }
    assert undeclared == {}


def test_every_runtime_dependency_is_imported() -> None:
    runtime, _ = declared()
    assert runtime - set(imported()) - set(NOT_IMPORTED) == set()
    assert {"pyinstrument", "slovnet"} & runtime == set()
