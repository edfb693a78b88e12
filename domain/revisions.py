"""What an incoming update does to the entry it names: the rules of ingest, without storage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from domain.claims import Claim
from domain.entry import TickerEntry
from domain.updates import TickerUpdate

Outcome = Literal["new", "corrected", "retracted", "reextracted", "unchanged"]
Extract = Callable[[TickerUpdate], tuple[Claim, ...]]


def apply_update(
    entry: TickerEntry | None, update: TickerUpdate, extract: Extract, extractor_version: str
) -> tuple[TickerEntry, Outcome]:
    """Publish, correct, retract or leave the entry, and keep its claims current.

    Claims an editor gives with the update win over the extractor's. A retracted entry
    stays retracted: later updates of it change nothing.
    """
    if entry is None:
        entry = TickerEntry.publish(update)
        _record_claims(entry, update, extract, extractor_version)
        if update.retracted:
            entry.retract(update.retraction_reason)
        return entry, "new"
    if entry.retracted:
        return entry, "unchanged"
    if update.retracted:
        entry.retract(update.retraction_reason)
        return entry, "retracted"
    corrected = entry.correct(update)
    if not corrected and _claims_are_current(entry, update, extractor_version):
        return entry, "unchanged"
    reextracted = _record_claims(entry, update, extract, extractor_version)
    if corrected:
        return entry, "corrected"
    return entry, "reextracted" if reextracted else "unchanged"


def _claims_are_current(entry: TickerEntry, update: TickerUpdate, version: str) -> bool:
    if update.claims is not None:
        return entry.claims == update.claims and entry.extractor_version is None
    return bool(entry.extractor_version == version)


def _record_claims(entry: TickerEntry, update: TickerUpdate, extract: Extract, version: str) -> bool:
    if update.claims is not None:
        return entry.record_claims(update.claims, None, "editor")
    return entry.record_claims(extract(update), version, "extractor")
