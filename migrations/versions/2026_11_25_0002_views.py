"""The views: timeline, front, aid and figures, versioned by log position, and their state.

Written out here (not imported from projections.schema) so that this revision stays what
it was; tests/integration/test_migrations.py checks that the head schema matches the models.

Revision ID: 0002_views
Revises: 0001_event_store
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_views"
down_revision: str | Sequence[str] | None = "0001_event_store"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("timeline_entries", "front_claims", "aid_pledges", "figure_claims")


def validity() -> list[sa.Column[object]]:
    return [
        sa.Column("valid_from", sa.BigInteger, nullable=False),
        sa.Column("valid_to", sa.BigInteger),
        sa.Column("recorded_from", sa.String(32), nullable=False),
        sa.Column("recorded_to", sa.String(32)),
        sa.Column("ended_by", sa.String(16)),
    ]


def entry_context() -> list[sa.Column[object]]:
    return [
        sa.Column("ticker", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("published_sort", sa.String(32)),
        sa.Column("agencies", sa.Text),
        sa.Column("evidence", sa.Text),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("reported_by", sa.Text),
    ]


def claim_key() -> list[sa.Column[object]]:
    return [
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("claim_index", sa.Integer, nullable=False),
    ]


def claims_pk() -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("generation", "entry_id", "claim_index", "valid_from")


def upgrade() -> None:
    op.create_table(
        "projection_state",
        sa.Column("view", sa.String(32), primary_key=True),
        sa.Column("generation", sa.Integer, primary_key=True),
        sa.Column("position", sa.BigInteger, nullable=False),
        sa.Column("live", sa.Boolean, nullable=False),
    )
    op.create_table(
        "timeline_entries",
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("ticker", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("published", sa.String(32)),
        sa.Column("published_sort", sa.String(32)),
        sa.Column("headline", sa.Text),
        sa.Column("agencies", sa.Text),
        sa.Column("language", sa.String(2)),
        sa.Column("retracted", sa.Boolean, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("source", sa.Text),
        *validity(),
        sa.PrimaryKeyConstraint("generation", "entry_id", "valid_from"),
    )
    op.create_table(
        "front_claims",
        *claim_key(),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(8)),
        *entry_context(),
        *validity(),
        claims_pk(),
    )
    op.create_table(
        "aid_pledges",
        *claim_key(),
        sa.Column("donor", sa.String(8)),
        sa.Column("recipient", sa.String(8)),
        sa.Column("amount", sa.BigInteger),
        sa.Column("currency", sa.String(3)),
        sa.Column("aid_kind", sa.String(16)),
        sa.Column("status", sa.String(16)),
        sa.Column("cumulative", sa.Boolean, nullable=False),
        sa.Column("items", sa.Text),
        *entry_context(),
        *validity(),
        claims_pk(),
    )
    op.create_table(
        "figure_claims",
        *claim_key(),
        sa.Column("figure_key", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("place", sa.Text),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("previous", sa.Text),
        sa.Column("weapon", sa.String(24)),
        sa.Column("attacker", sa.String(8)),
        sa.Column("launched", sa.BigInteger),
        sa.Column("intercepted", sa.BigInteger),
        sa.Column("lost", sa.BigInteger),
        sa.Column("victims", sa.String(16)),
        sa.Column("killed", sa.BigInteger),
        sa.Column("injured", sa.BigInteger),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("cumulative", sa.Boolean),
        sa.Column("country", sa.String(8)),
        sa.Column("count", sa.BigInteger),
        *entry_context(),
        *validity(),
        claims_pk(),
    )
    create_indexes()


def create_indexes() -> None:
    for table in VIEWS:
        op.create_index(f"{table}_open", table, ["generation", "entry_id", "valid_to"])
        op.create_index(f"{table}_recorded", table, ["generation", "recorded_from"])
    op.create_index("front_claims_place", "front_claims", ["generation", "place", "valid_to"])
    op.create_index("aid_pledges_donor", "aid_pledges", ["generation", "donor", "valid_to"])
    op.create_index("figure_claims_key", "figure_claims", ["generation", "figure_key", "valid_to"])


def downgrade() -> None:
    for table in (*VIEWS, "projection_state"):
        op.drop_table(table)
