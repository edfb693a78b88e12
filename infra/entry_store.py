"""Load many entries in one query: eventsourcing's repository reads one aggregate at a time."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, cast
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Mapper, StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder

from domain.entry import TickerEntry

_COLUMNS = "originator_id, originator_version, topic, state"


def select_stored_events(recorder: ApplicationRecorder, ids: list[UUID]) -> list[StoredEvent]:
    """Every stored event of the given aggregates, each aggregate's in version order."""
    if not ids:
        return []
    if isinstance(recorder, SQLiteApplicationRecorder):
        return _select_sqlite(recorder, ids)
    if isinstance(recorder, PostgresApplicationRecorder):
        return _select_postgres(recorder, ids)
    return [event for i in ids for event in recorder.select_events(i)]


def _select_sqlite(recorder: SQLiteApplicationRecorder, ids: list[UUID]) -> list[StoredEvent]:
    marks = ",".join("?" * len(ids))
    statement = (
        f"SELECT {_COLUMNS} FROM {recorder.events_table_name} "
        f"WHERE originator_id IN ({marks}) ORDER BY originator_id, originator_version"
    )
    with recorder.datastore.transaction(commit=False) as cursor:
        cursor.execute(statement, [i.hex for i in ids])
        return [_stored(row, UUID(row["originator_id"])) for row in cursor.fetchall()]


def _select_postgres(recorder: PostgresApplicationRecorder, ids: list[UUID]) -> list[StoredEvent]:
    statement = (
        f"SELECT {_COLUMNS} FROM {recorder.events_table_name} "
        "WHERE originator_id = ANY(%s) ORDER BY originator_id, originator_version"
    )
    with recorder.datastore.transaction(commit=False) as cursor:
        cursor.execute(statement, (ids,))
        return [_stored(row, row["originator_id"]) for row in cursor.fetchall()]


def _stored(row: Any, originator_id: UUID) -> StoredEvent:
    return StoredEvent(
        originator_id=originator_id,
        originator_version=row["originator_version"],
        topic=row["topic"],
        state=bytes(row["state"]),
    )


def load_entries(
    recorder: ApplicationRecorder, mapper: Mapper[UUID], ids: list[UUID]
) -> dict[UUID, TickerEntry]:
    """The current state of each stored entry among ``ids`` (absent ids are left out)."""
    by_id: dict[UUID, list[StoredEvent]] = defaultdict(list)
    for stored in select_stored_events(recorder, ids):
        by_id[cast(UUID, stored.originator_id)].append(stored)
    entries = {}
    for entry_id, stored_events in by_id.items():
        entry: Any = None
        for stored in stored_events:
            entry = mapper.to_domain_event(stored).mutate(entry)  # type: ignore[attr-defined]
        entries[entry_id] = cast(TickerEntry, entry)
    return entries
