"""The aid view: every pledge per donor, and totals that never add a cumulative figure."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, func, select

from projections.claims_fold import ClaimsFold
from projections.context import EntryFacts
from projections.current import counts_toward_totals, rebuild_totals, refresh_totals
from projections.logged import LoggedEvent
from projections.query import live_generation, valid
from projections.schema import aid_pledges, aid_totals

_FIELDS = ("donor", "recipient", "amount", "currency", "aid_kind", "status", "items")


class AidFold(ClaimsFold):
    name = "aid"
    table = aid_pledges
    kinds = frozenset({"aid_pledge"})

    def row(
        self, claim: dict[str, Any], claims: list[dict[str, Any]], event: LoggedEvent, facts: EntryFacts
    ) -> dict[str, Any]:
        return {**{f: claim.get(f) for f in _FIELDS}, "cumulative": bool(claim.get("cumulative"))}

    def refresh(self, connection: Connection, opened: list[dict[str, Any]], closing: list[Any]) -> None:
        refresh_totals(connection, self.rows.generation, opened, closing)

    def finish(self, connection: Connection) -> None:
        rebuild_totals(connection, self.rows.generation)


class PledgeRow(BaseModel):
    donor: str | None
    recipient: str | None
    amount: int | None
    currency: str | None
    aid_kind: str | None
    status: str | None
    cumulative: bool
    items: str | None
    reported_by: str | None
    entry: str
    evidence: str
    published: str | None
    recorded: str


class TotalRow(BaseModel):
    donor: str | None
    currency: str | None
    aid_kind: str | None
    amount: int
    pledges: int


def pledges(
    connection: Connection, *, as_of: str | None = None, donor: str | None = None, limit: int | None = None
) -> list[PledgeRow]:
    """Pledges as they stood, by donor; with ``limit``, the latest that many."""
    table = aid_pledges
    generation = live_generation(connection, "aid")
    query = select(table).where(valid(table, generation, as_of))
    if donor:
        query = query.where(table.c.donor == donor.upper())
    if limit is not None:
        query = query.order_by(table.c.valid_from.desc()).limit(limit)
    rows = sorted(
        connection.execute(query), key=lambda r: (r.donor or "", r.published_sort or "", r.valid_from)
    )
    return [
        PledgeRow(
            **{f: getattr(r, f) for f in _FIELDS},
            cumulative=r.cumulative,
            reported_by=r.reported_by,
            entry=r.entry_id,
            evidence=r.evidence,
            published=r.published,
            recorded=r.recorded_from,
        )
        for r in rows
    ]


def totals(connection: Connection, *, as_of: str | None = None, donor: str | None = None) -> list[TotalRow]:
    """Sums per donor, currency and aid kind of new packages: cumulative totals and calls
    for aid are left out, so nothing is counted twice."""
    generation = live_generation(connection, "aid")
    if as_of is None:
        return _current_totals(connection, generation, donor)
    table = aid_pledges
    query = (
        select(
            table.c.donor,
            table.c.currency,
            table.c.aid_kind,
            func.sum(table.c.amount).label("amount"),
            func.count().label("pledges"),
        )
        .where(valid(table, generation, as_of), counts_toward_totals())
        .group_by(table.c.donor, table.c.currency, table.c.aid_kind)
        .order_by(table.c.donor, table.c.currency, table.c.aid_kind)
    )
    if donor:
        query = query.where(table.c.donor == donor.upper())
    return [
        TotalRow(
            donor=r.donor, currency=r.currency, aid_kind=r.aid_kind, amount=int(r.amount), pledges=r.pledges
        )
        for r in connection.execute(query)
    ]


def _current_totals(connection: Connection, generation: int, donor: str | None) -> list[TotalRow]:
    table = aid_totals
    query = select(table).where(table.c.generation == generation)
    if donor:
        query = query.where(table.c.donor == donor.upper())
    rows = connection.execute(query.order_by(table.c.donor, table.c.currency, table.c.aid_kind))
    return [
        TotalRow(
            donor=r.donor or None,
            currency=r.currency or None,
            aid_kind=r.aid_kind or None,
            amount=r.amount,
            pledges=r.pledges,
        )
        for r in rows
    ]
