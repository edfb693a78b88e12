"""``tickerlog extract``: the claims of ticker files in the contract's shape, without a store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from domain.extraction import extract_claims
from infra.ingest import read_updates


def extract_files(
    paths: Sequence[Path], ticker: str | None = None, *, with_file: bool = True
) -> list[dict[str, Any]]:
    """One row per claim: file, entry index, headline, then the claim's own fields."""
    rows = []
    for path in paths:
        for index, update in enumerate(read_updates(path, ticker)):
            claims = update.claims if update.claims is not None else extract_claims(update)
            for claim in claims:
                context = {"file": path.name, "entry": index, "headline": update.headline}
                rows.append({**context, **claim.model_dump(mode="json")})
    return rows
