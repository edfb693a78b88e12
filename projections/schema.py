"""The views' tables, written once in SQLAlchemy Core for SQLite and PostgreSQL alike.

The alembic migration ``0002_views`` creates the same tables; a test checks they agree.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _validity() -> list[Column[object]]:
    return [
        Column("valid_from", BigInteger, nullable=False),
        Column("valid_to", BigInteger),
        Column("recorded_from", String(32), nullable=False),
        Column("recorded_to", String(32)),
        Column("ended_by", String(16)),
    ]


def _entry_context() -> list[Column[object]]:
    return [
        Column("ticker", Text),
        Column("published", String(32)),
        Column("published_sort", String(32)),
        Column("agencies", Text),
        Column("evidence", Text),
        Column("span_start", Integer),
        Column("span_end", Integer),
        Column("reported_by", Text),
    ]


projection_state = Table(
    "projection_state",
    metadata,
    Column("view", String(32), primary_key=True),
    Column("generation", Integer, primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("live", Boolean, nullable=False),
)

timeline_entries = Table(
    "timeline_entries",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("entry_id", String(36), nullable=False),
    Column("ticker", Text, nullable=False),
    Column("source_id", Text, nullable=False),
    Column("published", String(32)),
    Column("published_sort", String(32)),
    Column("headline", Text),
    Column("agencies", Text),
    Column("language", String(2)),
    Column("retracted", Boolean, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("source", Text),
    *_validity(),
    PrimaryKeyConstraint("generation", "entry_id", "valid_from"),
)

front_claims = Table(
    "front_claims",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("entry_id", String(36), nullable=False),
    Column("claim_index", Integer, nullable=False),
    Column("place", Text, nullable=False),
    Column("status", String(32), nullable=False),
    Column("actor", String(8)),
    *_entry_context(),
    *_validity(),
    PrimaryKeyConstraint("generation", "entry_id", "claim_index", "valid_from"),
)

aid_pledges = Table(
    "aid_pledges",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("entry_id", String(36), nullable=False),
    Column("claim_index", Integer, nullable=False),
    Column("donor", String(8)),
    Column("recipient", String(8)),
    Column("amount", BigInteger),
    Column("currency", String(3)),
    Column("aid_kind", String(16)),
    Column("status", String(16)),
    Column("cumulative", Boolean, nullable=False),
    Column("items", Text),
    *_entry_context(),
    *_validity(),
    PrimaryKeyConstraint("generation", "entry_id", "claim_index", "valid_from"),
)

figure_claims = Table(
    "figure_claims",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("entry_id", String(36), nullable=False),
    Column("claim_index", Integer, nullable=False),
    Column("figure_key", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("subject", Text, nullable=False),
    Column("place", Text),
    Column("period", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("previous", Text),
    Column("weapon", String(24)),
    Column("attacker", String(8)),
    Column("launched", BigInteger),
    Column("intercepted", BigInteger),
    Column("lost", BigInteger),
    Column("victims", String(16)),
    Column("killed", BigInteger),
    Column("injured", BigInteger),
    Column("qualifier", String(16)),
    Column("cumulative", Boolean),
    Column("country", String(8)),
    Column("count", BigInteger),
    *_entry_context(),
    *_validity(),
    PrimaryKeyConstraint("generation", "entry_id", "claim_index", "valid_from"),
)

front_current = Table(
    "front_current",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("place", Text, nullable=False),
    Column("status", String(32), nullable=False),
    Column("actor", String(8)),
    Column("since", String(32)),
    Column("entry_id", String(36), nullable=False),
    *_entry_context(),
    Column("recorded_from", String(32), nullable=False),
    PrimaryKeyConstraint("generation", "place"),
)

figure_current = Table(
    "figure_current",
    metadata,
    *[
        Column(c.name, c.type, nullable=c.nullable)
        for c in figure_claims.c
        if c.name not in {"valid_from", "valid_to", "recorded_to", "ended_by"}
    ],
    PrimaryKeyConstraint("generation", "figure_key", "source"),
)

aid_totals = Table(
    "aid_totals",
    metadata,
    Column("generation", Integer, nullable=False),
    Column("donor", String(8), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("aid_kind", String(16), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("pledges", Integer, nullable=False),
    PrimaryKeyConstraint("generation", "donor", "currency", "aid_kind"),
)

VIEW_TABLES = {
    "timeline": timeline_entries,
    "front": front_claims,
    "aid": aid_pledges,
    "figures": figure_claims,
}
SUMMARY_TABLES = {
    "timeline": (),
    "front": (front_current,),
    "aid": (aid_totals,),
    "figures": (figure_current,),
}

for _table in VIEW_TABLES.values():
    Index(f"{_table.name}_open", _table.c.generation, _table.c.entry_id, _table.c.valid_to)
    Index(f"{_table.name}_recorded", _table.c.generation, _table.c.recorded_from)
Index(
    "front_claims_reported",
    front_claims.c.generation,
    front_claims.c.place,
    front_claims.c.published_sort,
    front_claims.c.valid_from,
)
Index(
    "figure_claims_latest",
    figure_claims.c.generation,
    figure_claims.c.figure_key,
    figure_claims.c.source,
    figure_claims.c.valid_to,
    figure_claims.c.published_sort,
    figure_claims.c.valid_from,
)
Index("figure_claims_ended", figure_claims.c.generation, figure_claims.c.recorded_to)
Index("figure_claims_place", figure_claims.c.generation, figure_claims.c.place, figure_claims.c.recorded_from)
Index(
    "figure_current_place",
    figure_current.c.generation,
    figure_current.c.place,
    figure_current.c.published_sort,
)
Index(
    "figure_current_kind", figure_current.c.generation, figure_current.c.kind, figure_current.c.published_sort
)

for _name, _table, _columns in (
    ("timeline_entries_open_latest", timeline_entries, ("generation", "valid_from")),
    ("aid_pledges_open_latest", aid_pledges, ("generation", "donor", "valid_from")),
):
    Index(
        _name,
        *(_table.c[c] for c in _columns),
        postgresql_where=_table.c.valid_to.is_(None),
        sqlite_where=_table.c.valid_to.is_(None),
    )
