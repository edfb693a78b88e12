"""What the read commands return, as data: entries, the event log and the store's facts."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel

from domain.errors import EntryNotFound
from infra import schema
from infra.bootstrap import Store
from infra.settings import StoreLocation


class EntryRow(BaseModel):
    id: UUID
    ticker: str
    published: str | None
    headline: str | None
    agencies: list[str]
    language: str
    retracted: bool
    revisions: int
    claims: int
    source: str | None


class LogRow(BaseModel):
    position: int
    recorded: datetime
    type: str
    entry: UUID
    version: int


class StoreInfo(BaseModel):
    backend: str
    location: str
    schema_revision: str | None
    schema_head: str
    events: int
    entries: int


def _entry_row(entry: Any) -> EntryRow:
    source = f"{entry.source.file}:{entry.source.line}" if entry.source else None
    return EntryRow(
        id=entry.id,
        ticker=entry.ticker,
        published=entry.published.text if entry.published else None,
        headline=entry.headline,
        agencies=list(entry.agencies),
        language=entry.language,
        retracted=entry.retracted,
        revisions=entry.revision,
        claims=len(entry.claims),
        source=source,
    )


def list_entries(store: Store, ticker: str | None = None) -> list[EntryRow]:
    """Every entry as it stands now, in the order the log first recorded them."""
    entries: dict[UUID, Any] = {}
    for notification in store.app.notifications():
        event = store.app.decode(notification)
        entries[event.originator_id] = event.mutate(entries.get(event.originator_id))
    rows = [_entry_row(entry) for entry in entries.values()]
    return [row for row in rows if ticker is None or row.ticker == ticker]


def event_log(store: Store, entry: UUID | None = None) -> list[LogRow]:
    """The stored events in log order, optionally of one entry only."""
    rows = []
    for notification in store.app.notifications():
        if entry is not None and notification.originator_id != entry:
            continue
        event = store.app.decode(notification)
        rows.append(
            LogRow(
                position=notification.id,
                recorded=event.timestamp,
                type=type(event).__name__,
                entry=event.originator_id,
                version=event.originator_version,
            )
        )
    if entry is not None and not rows:
        raise EntryNotFound(f"no entry {entry} in the store")
    return rows


def store_info(location: StoreLocation, store: Store | None) -> StoreInfo:
    """Which store, where, at which schema, holding how much."""
    events = entries = 0
    if store is not None:
        ids = set()
        for notification in store.app.notifications():
            events += 1
            ids.add(notification.originator_id)
        entries = len(ids)
    return StoreInfo(
        backend=location.backend,
        location=location.display,
        schema_revision=schema.current_revision(location),
        schema_head=schema.head_revision(),
        events=events,
        entries=entries,
    )
