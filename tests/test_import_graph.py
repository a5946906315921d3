"""The project's import graph, read from the source with ``ast``: no module cycle, and arrows
between packages only in the directions the layout allows (crawler → extraction → search,
the CLI and HTTP app on top).

Imports at module level (outside ``if TYPE_CHECKING:``) make the cycles: they run when a module
loads. Every import, also one inside a function, counts for the package arrows.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "extraction", "search", "monitor", "dumawatch")

# Cycles closed only by imports inside functions, allowed as exactly these until they go:
LAZY_CYCLES = {
    # open_index() loads the Elasticsearch backend it names, whose modules redact targets with it
    frozenset(
        {
            "search.elastic",
            "search.es_client",
            "search.es_reads",
            "search.es_writes",
            "search.target",
        }
    ),
    # the app mounts the web UI, whose pages read the API's parameters and profiles
    frozenset(
        {"dumawatch.api", "dumawatch.api.app", "dumawatch.web.pages", "dumawatch.web.routes"}
    ),
    # the registry answers a name from a subset of itself, which is built from its own classes
    frozenset({"search.person_registry", "search.person_subset"}),
}

# Which packages each package may import; extraction's base layer is all search may use.
ALLOWED = {
    "extraction": {"extraction"},
    "search": {"search", "extraction.lang"},
    "crawler": {"crawler", "extraction", "search"},
    "monitor": {"monitor", "crawler", "search", "extraction"},
    "dumawatch": set(PACKAGES),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(p): p
        for pkg in PACKAGES
        for p in (ROOT / pkg).rglob("*.py")
        if ".venv" not in p.parts
    }


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Project modules an import statement names (``from a import b`` names ``a.b`` when that
    is a module, else ``a``)."""
    modules = project_modules_cached()
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            here = module.split(".") if is_package else module.split(".")[:-1]
            here = here[: len(here) - (node.level - 1)]
            base = ".".join([*here, base] if base else here)
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
    found = []
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            found.append(name)
    return found


_CACHE: dict[str, Path] = {}


def project_modules_cached() -> dict[str, Path]:
    if not _CACHE:
        _CACHE.update(project_modules())
    return _CACHE


def imports(module: str, path: Path) -> tuple[set[str], set[str]]:
    """(imports run at load time, every import) of one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    at_load: set[str] = set()
    every: set[str] = set()

    def visit(nodes: list[ast.stmt], top: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                found = _targets(node, module, is_package)
                every.update(found)
                if top:
                    at_load.update(found)
            elif isinstance(node, ast.If) and _type_checking(node):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        every.update(_targets(inner, module, is_package))
            else:
                block_top = top and not isinstance(
                    node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                )
                for field in ("body", "orelse", "finalbody", "handlers"):
                    child = getattr(node, field, None)
                    if isinstance(child, list):
                        visit(
                            [c for c in child if isinstance(c, ast.stmt | ast.ExceptHandler)],
                            block_top,
                        )
                if isinstance(node, ast.ExceptHandler):
                    visit(node.body, top)

    visit(tree.body, True)
    at_load.discard(module)
    every.discard(module)
    return at_load, every


def graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    at_load, every = {}, {}
    for module, path in project_modules_cached().items():
        at_load[module], every[module] = imports(module, path)
    return at_load, every


def cycles(edges: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = [0]

    def connect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for v in sorted(edges):
        if v not in index:
            connect(v)
    return found


def _within(module: str, allowed: set[str]) -> bool:
    return any(module == a or module.startswith(a + ".") for a in allowed)


def _with_parents(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Importing ``a.b.c`` runs ``a/__init__`` and ``a/b/__init__`` first: those are arrows too."""
    modules = project_modules_cached()
    out = {}
    for module, targets in edges.items():
        grown = set(targets)
        for target in targets:
            parent = target.rpartition(".")[0]
            while parent:
                if parent in modules and not module.startswith(parent + "."):
                    grown.add(parent)
                parent = parent.rpartition(".")[0]
        out[module] = grown
    return out


def test_the_graph_is_read_from_real_modules() -> None:
    at_load, every = graph()
    assert "extraction.lang.names" in at_load["search.filters"]
    assert "extraction.lang.morph" in at_load["extraction.morph"]
    # a lazy import inside a function is an arrow but not a load-time edge
    assert "extraction.extractor" not in at_load["extraction"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_cycle_when_modules_load() -> None:
    at_load, _ = graph()
    assert cycles(_with_parents(at_load)) == []


def test_no_import_cycle_through_lazy_imports_but_the_known_ones() -> None:
    _, every = graph()
    found = set(cycles(_with_parents(every)))
    assert found - LAZY_CYCLES == set()
    assert LAZY_CYCLES - found == set(), "a known cycle is gone: take it off the list"


def test_packages_import_only_downwards() -> None:
    _, every = graph()
    wrong = []
    for module, targets in every.items():
        package = module.split(".")[0]
        for target in targets:
            if not _within(target, ALLOWED[package]):
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_only_the_dumawatch_front_ends_import_the_commands() -> None:
    """The CLI's commands are wiring: no domain package and not the HTTP app or web UI
    (which have their own routes) import them."""
    _, every = graph()
    wrong = [
        f"{module} -> {target}"
        for module, targets in every.items()
        for target in targets
        if _within(target, {"dumawatch.cli", "dumawatch.commands"})
        and (
            not module.startswith("dumawatch")
            or _within(module, {"dumawatch.api", "dumawatch.web"})
        )
    ]
    assert wrong == []
