"""Editorial actions on stored entries that do not come from a ticker file."""

from __future__ import annotations

from uuid import UUID

from domain.errors import EntryNotFound
from infra.application import TickerlogApplication


def retract_entry(app: TickerlogApplication, entry_id: UUID, reason: str | None) -> int:
    """Withdraw an entry; its claims stop counting. Returns the events stored."""
    entry = app.load_entries([entry_id]).get(entry_id)
    if entry is None:
        raise EntryNotFound(f"no entry {entry_id} in the store")
    entry.retract(reason)
    return app.save_entries([entry])
