"""The domain knows nothing of storage: it imports only what a pure core may."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "domain"
ALLOWED_THIRD_PARTY = {
    "pydantic",
    "pydantic_core",
    "eventsourcing.domain",
    "eventsourcing.utils",
    "text_to_num",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def is_allowed(module: str) -> bool:
    top = module.split(".", maxsplit=1)[0]
    return (
        top == "domain"
        or top in sys.stdlib_module_names
        or top == "__future__"
        or any(module == allowed or module.startswith(f"{allowed}.") for allowed in ALLOWED_THIRD_PARTY)
    )


def test_the_domain_imports_no_storage_or_outer_layer() -> None:
    offenders = {
        f"{path.relative_to(DOMAIN.parent)}: {module}"
        for path in DOMAIN.rglob("*.py")
        for module in imported_modules(path)
        if not is_allowed(module)
    }
    assert offenders == set()


def test_the_check_would_catch_a_storage_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import psycopg\nfrom infra.settings import StoreLocation\n")
    assert {m for m in imported_modules(bad) if not is_allowed(m)} == {"psycopg", "infra.settings"}


def _top_level_names(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second ``_PATTERN = ...`` further down silently replaces the first for every use above it."""
    root = DOMAIN.parent
    twice = {
        str(path.relative_to(root)): sorted({n for n in names if names.count(n) > 1})
        for package in ("domain", "infra", "projections")
        for path in (root / package).rglob("*.py")
        if (names := _top_level_names(path)) and len(set(names)) < len(names)
    }
    assert twice == {}
