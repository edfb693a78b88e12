"""Index a figure's claims by place and recorded time, and entries' open rows again.

* ``figure_claims_place``: ``figures --place --as-of`` read every claim valid at the moment
  and kept one place's (570 ms at a million events on SQLite); through this index it reads
  only that place's claims recorded by then.
* ``<view>_open`` (generation, entry_id, valid_to), dropped by 0005: without it PostgreSQL
  closed an entry's rows through the partial index on open rows, scanning every open row
  older than the batch, for each corrected entry (a 1M-event rebuild stalled at 2 minutes
  per batch). The primary key would serve, but the planner does not pick it reliably.

Revision ID: 0006_place_and_open_indexes
Revises: 0005_fewer_view_indexes
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006_place_and_open_indexes"
down_revision: str | Sequence[str] | None = "0005_fewer_view_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


VIEWS = ("timeline_entries", "front_claims", "aid_pledges", "figure_claims")


def upgrade() -> None:
    op.create_index("figure_claims_place", "figure_claims", ["generation", "place", "recorded_from"])
    for table in VIEWS:
        op.create_index(f"{table}_open", table, ["generation", "entry_id", "valid_to"])


def downgrade() -> None:
    for table in VIEWS:
        op.drop_index(f"{table}_open", table_name=table)
    op.drop_index("figure_claims_place", table_name="figure_claims")
