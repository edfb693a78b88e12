"""Run the extractor on sentences we wrote, and pick out what a test looks at."""

from __future__ import annotations

from typing import Any

from domain.extraction import extract_from_text
from domain.parsing.language import detect_language


def claims(text: str, kind: str | None = None, headline: str | None = None) -> list[dict[str, Any]]:
    found = extract_from_text(text, headline, detect_language(text))
    return [c.model_dump() for c in found if kind is None or c.kind == kind]


def keys(text: str, kind: str, *fields: str) -> list[tuple[Any, ...]]:
    return [tuple(c[f] for f in fields) for c in claims(text, kind)]
