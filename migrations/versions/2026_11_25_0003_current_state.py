"""Current-state tables beside the views' history, and indexes for the latest rows.

front_current (per place), figure_current (per figure and source) and aid_totals (per donor,
currency and aid kind) hold what the queries without --as-of ask for, so that they read a
few rows instead of ranking the whole history.

Revision ID: 0003_current_state
Revises: 0002_views
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_current_state"
down_revision: str | Sequence[str] | None = "0002_views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_INDEXES = {
    "front_claims_place": ("front_claims", ["generation", "place", "valid_to"]),
    "aid_pledges_donor": ("aid_pledges", ["generation", "donor", "valid_to"]),
    "figure_claims_key": ("figure_claims", ["generation", "figure_key", "valid_to"]),
}
NEW_INDEXES = {
    "timeline_entries_latest": ("timeline_entries", ["generation", "valid_to", "valid_from"]),
    "front_claims_latest": (
        "front_claims",
        ["generation", "place", "valid_to", "published_sort", "valid_from"],
    ),
    "aid_pledges_latest": ("aid_pledges", ["generation", "donor", "valid_to", "valid_from"]),
    "figure_claims_latest": (
        "figure_claims",
        ["generation", "figure_key", "source", "valid_to", "published_sort", "valid_from"],
    ),
    "figure_claims_ended": ("figure_claims", ["generation", "recorded_to"]),
}


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


def figure_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("claim_index", sa.Integer, nullable=False),
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
        sa.Column("recorded_from", sa.String(32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "front_current",
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(8)),
        sa.Column("since", sa.String(32)),
        sa.Column("entry_id", sa.String(36), nullable=False),
        *entry_context(),
        sa.Column("recorded_from", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("generation", "place"),
    )
    op.create_table(
        "figure_current", *figure_columns(), sa.PrimaryKeyConstraint("generation", "figure_key", "source")
    )
    op.create_table(
        "aid_totals",
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("donor", sa.String(8), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("aid_kind", sa.String(16), nullable=False),
        sa.Column("amount", sa.BigInteger, nullable=False),
        sa.Column("pledges", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("generation", "donor", "currency", "aid_kind"),
    )
    op.create_index("figure_current_place", "figure_current", ["generation", "place", "published_sort"])
    op.create_index("figure_current_kind", "figure_current", ["generation", "kind", "published_sort"])
    for name, (table, _) in OLD_INDEXES.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in NEW_INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in NEW_INDEXES.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in OLD_INDEXES.items():
        op.create_index(name, table, columns)
    for table in ("aid_totals", "figure_current", "front_current"):
        op.drop_table(table)
