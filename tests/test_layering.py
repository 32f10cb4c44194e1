"""The architecture's arrows point down only, and there are no import cycles.

document <- analysis (text <- rules <- insights <- engine) <- publishing; storage beside them;
session above both; ui and the command line on top. See the README's architecture section.
Imports under ``if TYPE_CHECKING:`` count too: a type-only cycle is still a cycle.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, wherever the import is (type-checking blocks included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from package import submodule" depends on the submodule, not on the package.
            submodules = {f"{node.module}.{alias.name}" for alias in node.names}
            real = {name for name in submodules if _is_module(name)}
            found.update(real or {node.module})
    return found


def _is_module(name: str) -> bool:
    path = APP.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_imports(package: str) -> dict[str, set[str]]:
    return {_module_name(path): _imports(path) for path in (APP / package).rglob("*.py")}


def _violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{module} imports {name}"
        for module, names in _package_imports(package).items()
        for name in names
        if name.startswith(forbidden)
    ]


_QT_AND_DATABASE = ("PySide6", "sqlalchemy", "alembic")
_ABOVE_ANALYSIS = (
    "app.storage",
    "app.publishing",
    "app.session",
    "app.ui",
    "app.commands",
    "app.cli",
)

# The analysis layers, bottom first: each may import only itself and the layers before it.
_ANALYSIS_LAYERS = ("text", "rules", "insights", "engine")


def test_document_imports_nothing_above_it() -> None:
    assert _violations("document", (*_QT_AND_DATABASE, "app.analysis", *_ABOVE_ANALYSIS)) == []


def test_analysis_imports_no_qt_storage_publishing_or_ui() -> None:
    assert _violations("analysis", (*_QT_AND_DATABASE, *_ABOVE_ANALYSIS)) == []


@pytest.mark.parametrize("index", range(len(_ANALYSIS_LAYERS) - 1))
def test_each_analysis_layer_imports_only_the_layers_below(index: int) -> None:
    above = tuple(f"app.analysis.{name}" for name in _ANALYSIS_LAYERS[index + 1 :])
    assert _violations(f"analysis/{_ANALYSIS_LAYERS[index]}", above) == []


def test_the_analysis_package_holds_only_its_layers() -> None:
    entries = {path.name for path in (APP / "analysis").iterdir() if path.name != "__pycache__"}
    assert entries == {"__init__.py", *_ANALYSIS_LAYERS}


def test_storage_imports_no_qt_analysis_publishing_or_ui() -> None:
    forbidden = ("PySide6", "app.analysis", "app.document", "app.publishing", "app.session")
    assert _violations("storage", (*forbidden, "app.ui", "app.commands")) == []


def test_publishing_imports_no_qt_storage_or_ui() -> None:
    forbidden = ("app.storage", "app.session", "app.ui", "app.commands")
    assert _violations("publishing", (*_QT_AND_DATABASE, *forbidden)) == []


def test_session_imports_no_qt_or_ui() -> None:
    assert _violations("session", ("PySide6", "app.ui", "app.commands")) == []


def test_ui_imports_no_storage() -> None:
    assert _violations("ui", ("app.storage", "sqlalchemy")) == []


def test_type_only_imports_count_for_cycles(tmp_path: Path) -> None:
    module = tmp_path / "typed.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.ui import editor\n",
        encoding="utf-8",
    )
    assert "app.ui.editor" in _imports(module)


def test_no_import_cycles_between_modules() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    modules = {_module_name(path): path for path in APP.rglob("*.py")}
    for module, path in modules.items():
        for name in _imports(path):
            if name in modules and name != module:
                graph[module].add(name)
    visiting: set[str] = set()
    done: set[str] = set()
    cycles: list[str] = []

    def visit(module: str, trail: list[str]) -> None:
        if module in done:
            return
        if module in visiting:
            cycles.append(" -> ".join([*trail[trail.index(module) :], module]))
            return
        visiting.add(module)
        for target in sorted(graph[module]):
            visit(target, [*trail, module])
        visiting.discard(module)
        done.add(module)

    for module in sorted(modules):
        visit(module, [])
    assert cycles == []
