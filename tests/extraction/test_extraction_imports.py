"""The extraction modules import each other without a cycle.

A cycle works only while every module in it defers one import into a function body; the next
top-level import added to any of them breaks the package at import time. The graph is read from
the source (``ast``), function-level imports included, so a deferred import counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "extraction"


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """Sibling modules a module imports, relative («from .posts import x», «from . import
    posts») or absolute («from extraction.morph import lemma»)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level == 1 or base == "extraction" or base.startswith("extraction."):
                base = base.removeprefix("extraction").lstrip(".") if node.level == 0 else base
                if base:
                    found.add(base.split(".")[0])
                else:
                    found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("extraction."):
                    found.add(alias.name.split(".")[1])
    return found & modules


def import_graph() -> dict[str, set[str]]:
    files = {p.stem: p for p in PACKAGE.glob("*.py")}
    modules = set(files) - {"__init__"}
    return {name: imports_of(path, modules) - {name} for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_extraction_has_no_import_cycle() -> None:
    graph = import_graph()
    assert {"posts", "entities", "entity_rules", "post_heads"} <= set(graph)
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_cycle_finder_sees_a_cycle() -> None:
    """The checker itself: a graph with a loop through three modules is reported."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_deferred_imports_are_read(tmp_path: Path) -> None:
    """An import inside a function is an edge too: that is how the old cycle hid."""
    module = tmp_path / "rules.py"
    module.write_text("def f():\n    from .posts import is_head\n    return is_head\n")
    assert imports_of(module, {"posts", "rules"}) == {"posts"}
