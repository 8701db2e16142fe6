"""The rules docs/architecture.md states, checked over the source: which floor may import
which (type-only and function-level imports included), no import circles, small modules and
functions. The floors are read from the page's table, so the page and the test agree."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
PAGE = ROOT / "docs" / "architecture.md"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(GUI.rglob("*.py"))}


def floors_from_page(text: str) -> dict[str, int]:
    """`| 3 | \\`gui.workers\\` | …` rows: each named module or package and its floor."""
    floors: dict[str, int] = {}
    for match in re.finditer(r"^\| (\d) \| ([^|]+) \|", text, re.MULTILINE):
        for name in re.findall(r"`([\w.]+)`", match.group(2)):
            floors[name] = int(match.group(1))
    return floors


FLOORS = floors_from_page(PAGE.read_text(encoding="utf-8"))
FORBIDDEN = {("gui.ui", "gui.workers")}  # the window reaches the threads through the session


def floor_of(module: str) -> tuple[str, int] | None:
    """The table's entry that holds `module` (the longest matching prefix)."""
    for name in sorted(FLOORS, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name, FLOORS[name]
    return None


def resolve(name: str) -> str | None:
    """The module of ours that importing `name` loads last (a name inside a module: that
    module)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> Iterator[tuple[str, int]]:
    """Every module of ours `module` imports, anywhere in it, with the line."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    yield from imports_in(path.read_text(encoding="utf-8"), module, package)


def imports_in(source: str, module: str, package: str) -> Iterator[tuple[str, int]]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # `from pkg import mod` loads pkg (its __init__) and then pkg.mod
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            found = resolve(target)
            if found is not None and found != module and found != "gui":
                yield found, node.lineno


GRAPH = {module: {target for target, _ in imports_of(module)} for module in MODULES}


def test_the_page_names_every_floor_and_every_module_has_one() -> None:
    assert sorted(set(FLOORS.values())) == list(range(7))
    unplaced = [m for m in MODULES if m != "gui" and floor_of(m) is None]
    assert unplaced == []


def test_no_import_reaches_a_floor_above() -> None:
    broken = []
    for module in MODULES:
        mine = floor_of(module)
        if mine is None:
            continue
        for target, line in imports_of(module):
            theirs = floor_of(target)
            assert theirs is not None, target
            upward = theirs[1] > mine[1]
            if upward or (mine[0], theirs[0]) in FORBIDDEN:
                broken.append(f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}")
    assert broken == []


def test_no_import_circles() -> None:
    """Tarjan's strongly connected components over every import, type-only included."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in GRAPH[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in MODULES:
        if module not in index:
            visit(module)
    assert circles == []


@pytest.mark.parametrize("top", ["gui", "tests"])
def test_modules_stay_small(top: str) -> None:
    big = [
        f"{path.relative_to(ROOT)}: {lines}"
        for path in sorted((ROOT / top).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert big == []


def test_functions_stay_short() -> None:
    long = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {length}")
    assert long == []


def test_the_checker_sees_type_only_function_level_and_relative_imports() -> None:
    """The checks can fail: what they would find in a module that breaks the rules."""
    assert floors_from_page("| 4 | `gui.session` | x | y |\n") == {"gui.session": 4}
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from gui.ui.main_window import MainWindow\n"
        "def f():\n"
        "    from . import upload_queue\n"
        "    import gui.workers.upload\n"
    )
    found = {target for target, _ in imports_in(source, "gui.session.x", "gui.session")}
    assert found == {"gui.ui.main_window", "gui.session.upload_queue", "gui.workers.upload"}
    assert floor_of("gui.ui.main_window") == ("gui.ui", 5)
    assert floor_of("gui.session.upload_queue") == ("gui.session", 4)
