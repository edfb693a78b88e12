"""The timeline view: every entry as it stands (latest correction, retractions marked)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel
from sqlalchemy import Connection, select

from projections.claims_fold import agencies_list
from projections.context import EntryMemory
from projections.logged import LoggedEvent
from projections.query import live_generation, valid
from projections.rows import VersionedRows
from projections.schema import timeline_entries

_ENDINGS = {"EntryCorrected": "corrected", "EntryRetracted": "retracted"}


class TimelineFold:
    name = "timeline"

    def __init__(self, generation: int, known: set[str] | None, deferred: bool = False) -> None:
        self.rows = VersionedRows(timeline_entries, generation, known)

    def begin(self, connection: Connection) -> None:
        """Nothing to look up: every version is built from the entry's facts."""

    def apply(self, event: LoggedEvent, memory: EntryMemory) -> None:
        if event.type not in {"EntryPublished", *_ENDINGS}:
            return
        if event.type in _ENDINGS:
            self.rows.close(event.entry_id, event.position, event.recorded, _ENDINGS[event.type])
        facts = memory[event.entry_id]
        self.rows.open(
            event.entry_id,
            {
                "ticker": facts.ticker,
                "source_id": facts.source_id,
                "published": facts.published,
                "published_sort": facts.published_sort,
                "headline": facts.headline,
                "agencies": facts.agencies,
                "language": facts.language,
                "retracted": facts.retracted,
                "revision": facts.revision,
                "source": facts.source,
                "valid_from": event.position,
                "recorded_from": event.recorded,
            },
        )

    def flush(self, connection: Connection) -> None:
        self.rows.flush(connection)

    def take(self) -> Callable[[Connection], None]:
        return self.rows.take().apply

    def finish(self, connection: Connection) -> None:
        """No current-state table: the open rows are the timeline as it stands."""


class TimelineRow(BaseModel):
    entry: str
    ticker: str
    published: str | None
    headline: str | None
    agencies: list[str]
    retracted: bool
    revision: int
    source: str | None
    recorded: str


def timeline(
    connection: Connection, *, as_of: str | None = None, ticker: str | None = None, limit: int | None = None
) -> list[TimelineRow]:
    """Entries as they stood (now, or at recorded time ``as_of``), in log order; with
    ``limit``, the latest that many."""
    table = timeline_entries
    generation = live_generation(connection, "timeline")
    query = select(table).where(valid(table, generation, as_of))
    if ticker:
        query = query.where(table.c.ticker == ticker)
    if limit is not None:
        latest = query.order_by(table.c.valid_from.desc()).limit(limit).subquery()
        query = select(latest)
        order = latest.c.valid_from
    else:
        order = table.c.valid_from
    rows = connection.execute(query.order_by(order))
    return [
        TimelineRow(
            entry=r.entry_id,
            ticker=r.ticker,
            published=r.published,
            headline=r.headline,
            agencies=agencies_list(r.agencies),
            retracted=r.retracted,
            revision=r.revision,
            source=r.source,
            recorded=r.recorded_from,
        )
        for r in rows
    ]
