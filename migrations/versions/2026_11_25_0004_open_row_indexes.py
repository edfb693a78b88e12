"""Partial indexes on open rows, so the latest rows are read in index order.

PostgreSQL will not walk a btree in order past a ``valid_to IS NULL`` condition on one of
its columns; an index limited to open rows lets ``timeline --limit`` and ``aid --donor
--limit`` read the newest rows directly, on both backends.

Revision ID: 0004_open_row_indexes
Revises: 0003_current_state
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_open_row_indexes"
down_revision: str | Sequence[str] | None = "0003_current_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "timeline_entries_open_latest": ("timeline_entries", ["generation", "valid_from"]),
    "aid_pledges_open_latest": ("aid_pledges", ["generation", "donor", "valid_from"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        where = sa.text("valid_to IS NULL")
        op.create_index(name, table, columns, postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
