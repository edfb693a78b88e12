"""The front view: per place, its current status, who acts, since when, and its history."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, func, select, text

from projections.claims_fold import ClaimsFold
from projections.context import EntryFacts
from projections.current import newest_first, rebuild_front, refresh_front, status_since
from projections.logged import LoggedEvent
from projections.query import live_generation, valid
from projections.schema import front_claims, front_current


class FrontFold(ClaimsFold):
    name = "front"
    table = front_claims
    kinds = frozenset({"front"})

    def row(
        self, claim: dict[str, Any], claims: list[dict[str, Any]], event: LoggedEvent, facts: EntryFacts
    ) -> dict[str, Any]:
        return {"place": claim["place"], "status": claim["status"], "actor": claim.get("actor")}

    def refresh(self, connection: Connection, opened: list[dict[str, Any]], closing: list[Any]) -> None:
        refresh_front(connection, self.rows.generation, opened, closing)

    def finish(self, connection: Connection) -> None:
        rebuild_front(connection, self.rows.generation)


class FrontRow(BaseModel):
    place: str
    status: str
    actor: str | None
    since: str | None
    reported_by: str | None
    entry: str
    evidence: str
    published: str | None
    recorded: str


def front(connection: Connection, *, as_of: str | None = None, place: str | None = None) -> list[FrontRow]:
    """Each place's status: the latest claim about it (by reported time, then log order)."""
    generation = live_generation(connection, "front")
    if as_of is None:
        return _current(connection, generation, place)
    table = front_claims
    condition = valid(table, generation, as_of)
    found = []
    for name in _places(connection, generation, place):
        newest = select(table).where(condition, table.c.place == name).order_by(*newest_first(table))
        latest = connection.execute(newest.limit(1)).first()
        if latest is not None:
            found.append(_front_row(connection, latest, condition))
    return found


_PLACES = text(
    "WITH RECURSIVE places(place) AS ("
    " SELECT min(place) FROM front_claims WHERE generation = :generation"
    " UNION ALL"
    " SELECT (SELECT min(place) FROM front_claims WHERE generation = :generation AND place > places.place)"
    " FROM places WHERE places.place IS NOT NULL"
    ") SELECT place FROM places WHERE place IS NOT NULL"
)


def _places(connection: Connection, generation: int, place: str | None) -> list[str]:
    """Every place the front view has ever held, in order (one index step per place), or
    the one the user named, in whatever case they typed it."""
    names = list(connection.execute(_PLACES, {"generation": generation}).scalars())
    return [n for n in names if place is None or n.lower() == place.lower()]


def _current(connection: Connection, generation: int, place: str | None) -> list[FrontRow]:
    table = front_current
    query = select(table).where(table.c.generation == generation)
    if place:
        query = query.where(func.lower(table.c.place) == place.lower())
    return [
        FrontRow(
            place=r.place,
            status=r.status,
            actor=r.actor,
            since=r.since,
            reported_by=r.reported_by,
            entry=r.entry_id,
            evidence=r.evidence,
            published=r.published,
            recorded=r.recorded_from,
        )
        for r in connection.execute(query.order_by(table.c.place))
    ]


def _front_row(connection: Connection, row: Any, condition: Any) -> FrontRow:
    return FrontRow(
        place=row.place,
        status=row.status,
        actor=row.actor,
        since=status_since(connection, row, condition),
        reported_by=row.reported_by,
        entry=row.entry_id,
        evidence=row.evidence,
        published=row.published,
        recorded=row.recorded_from,
    )


class FrontHistoryRow(BaseModel):
    place: str
    status: str
    actor: str | None
    reported_by: str | None
    entry: str
    evidence: str
    published: str | None
    recorded: str
    ended: str | None
    ended_by: str | None


def front_history(connection: Connection, place: str) -> list[FrontHistoryRow]:
    table = front_claims
    generation = live_generation(connection, "front")
    rows = connection.execute(
        select(table)
        .where(table.c.generation == generation, func.lower(table.c.place) == place.lower())
        .order_by(table.c.valid_from, table.c.claim_index)
    )
    return [
        FrontHistoryRow(
            place=r.place,
            status=r.status,
            actor=r.actor,
            reported_by=r.reported_by,
            entry=r.entry_id,
            evidence=r.evidence,
            published=r.published,
            recorded=r.recorded_from,
            ended=r.recorded_to,
            ended_by=r.ended_by,
        )
        for r in rows
    ]
