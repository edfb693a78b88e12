"""Rows of data to text: an aligned table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

FORMATS = ("table", "json", "jsonl", "csv")
CELL_WIDTH = 70


def as_dicts(rows: Sequence[BaseModel | dict[str, Any]]) -> list[dict[str, Any]]:
    return [row.model_dump(mode="json") if isinstance(row, BaseModel) else row for row in rows]


def render(rows: Sequence[BaseModel | dict[str, Any]], fmt: str) -> str:
    """The rows in the format asked for; ``json`` is one array of objects."""
    data = as_dicts(rows)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(row, ensure_ascii=False) for row in data)
    if fmt == "csv":
        return render_csv(data)
    return render_table(data)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ",".join(str(item) for item in value)
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def render_table(data: list[dict[str, Any]]) -> str:
    if not data:
        return "(none)"
    columns = list(data[0])
    cells = [[cell(row.get(column)) for column in columns] for row in data]
    widths = [max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in cells]
    return "\n".join(line.rstrip() for line in lines)


def render_csv(data: list[dict[str, Any]]) -> str:
    if not data:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(data[0]), lineterminator="\n")
    writer.writeheader()
    for row in data:
        writer.writerow({key: json.dumps(v) if isinstance(v, list | dict) else v for key, v in row.items()})
    return buffer.getvalue().rstrip("\n")
