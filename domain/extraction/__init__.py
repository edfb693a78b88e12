"""Claim extraction: the figures a ticker entry reports, as claims of the contract."""

from __future__ import annotations

from domain.claims import Claim
from domain.updates import TickerUpdate

EXTRACTOR_VERSION = "0"


def extract_claims(update: TickerUpdate) -> tuple[Claim, ...]:
    """The claims in an entry's body (none until the extractor lands)."""
    return ()
