"""The stored events as the projections read them, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Result, bindparam, text

from infra.settings import StoreLocation
from projections.logged import LoggedEvent, decode

_ENTRY_TOPICS = ("tickerlog:EntryPublished", "tickerlog:EntryCorrected", "tickerlog:EntryRetracted")


def _dashed(hex_id: str) -> str:
    """SQLite's stored UUID hex in the usual dashed form."""
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


class EventLog:
    """Reads ``stored_events`` in log order; the position is SQLite's rowid or PostgreSQL's
    notification_id (both written by eventsourcing in commit order)."""

    def __init__(self, location: StoreLocation) -> None:
        self.sqlite = location.backend == "sqlite"
        position = "rowid" if self.sqlite else "notification_id"
        entry = "originator_id" if self.sqlite else "originator_id::text"
        columns = f"{position} AS position, {entry} AS entry, originator_version, topic, state"
        self._read = text(
            f"SELECT {columns} FROM stored_events WHERE {position} > :after ORDER BY {position} LIMIT :limit"
        )
        self._entries = text(
            f"SELECT {columns} FROM stored_events WHERE originator_id IN :ids "
            f"AND topic IN :topics AND {position} < :before ORDER BY {position}"
        ).bindparams(bindparam("ids", expanding=True), bindparam("topics", expanding=True))
        self._last = text(f"SELECT max({position}) FROM stored_events")

    def _events(self, result: Result[Any]) -> list[LoggedEvent]:
        found = []
        for position, entry, version, topic, state in result.all():  # one fetch, not one a row
            entry_id = _dashed(entry) if self.sqlite else entry
            found.append(decode(position, entry_id, version, topic, bytes(state)))
        return found

    def read(self, connection: Connection, after: int, limit: int) -> list[LoggedEvent]:
        return self._events(connection.execute(self._read, {"after": after, "limit": limit}))

    def entry_events(self, connection: Connection, entry_ids: list[str], before: int) -> list[LoggedEvent]:
        ids: list[object] = [UUID(i).hex for i in entry_ids] if self.sqlite else [UUID(i) for i in entry_ids]
        return self._events(
            connection.execute(self._entries, {"ids": ids, "topics": list(_ENTRY_TOPICS), "before": before})
        )

    def last_position(self, connection: Connection) -> int:
        return int(connection.execute(self._last).scalar() or 0)
