"""``tickerlog extract``: the claims of ticker files in the contract's shape, without a store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from domain.extraction import extract_claims
from infra.ingest import read_updates

_CONTEXT = ("file", "entry", "headline", "kind", "evidence", "span", "reported_by")


def extract_files(paths: Sequence[Path], ticker: str | None = None) -> list[dict[str, Any]]:
    """One row per claim: file, entry index, headline, then the claim's own fields."""
    rows = []
    for path in paths:
        for index, update in enumerate(read_updates(path, ticker)):
            claims = update.claims if update.claims is not None else extract_claims(update)
            for claim in claims:
                context = {"file": path.name, "entry": index, "headline": update.headline}
                rows.append({**context, **claim.model_dump(mode="json")})
    return rows


def claim_summary(row: dict[str, Any]) -> dict[str, Any]:
    """One claim as a table row: its figures in one column, whatever its kind."""
    figures = " ".join(f"{k}={v}" for k, v in row.items() if k not in _CONTEXT and v is not None)
    return {
        "file": row["file"],
        "entry": row["entry"],
        "kind": row["kind"],
        "figures": figures,
        "reported_by": row["reported_by"],
        "evidence": row["evidence"],
    }
