"""Drop view indexes that others already cover, so a rebuild maintains fewer of them;
order a place's front claims by reported time, whether open or not.

* ``<view>_open`` (generation, entry_id, valid_to): the primary key begins with
  (generation, entry_id), and an entry has only a few rows, so finding its open rows
  costs the same through the key.
* ``timeline_entries_latest`` and ``aid_pledges_latest``: the partial indexes on open rows
  of ``0004_open_row_indexes`` answer the same queries.

Every insert paid for each of these; a rebuild inserts every row of every view.

* ``front_claims_latest`` (generation, place, valid_to, published_sort, valid_from) becomes
  ``front_claims_reported`` without ``valid_to``: ``front --as-of`` asks, per place, for
  the newest claim valid at a moment, open now or not, and read the whole history to
  find it (2.4 s at a million events); the current-state query reads the same index.

Revision ID: 0005_fewer_view_indexes
Revises: 0004_open_row_indexes
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_fewer_view_indexes"
down_revision: str | Sequence[str] | None = "0004_open_row_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("timeline_entries", "front_claims", "aid_pledges", "figure_claims")
INDEXES = {
    **{f"{table}_open": (table, ["generation", "entry_id", "valid_to"]) for table in VIEWS},
    "timeline_entries_latest": ("timeline_entries", ["generation", "valid_to", "valid_from"]),
    "aid_pledges_latest": ("aid_pledges", ["generation", "donor", "valid_to", "valid_from"]),
    "front_claims_latest": (
        "front_claims",
        ["generation", "place", "valid_to", "published_sort", "valid_from"],
    ),
}
CREATED = {
    "front_claims_reported": ("front_claims", ["generation", "place", "published_sort", "valid_from"]),
}


def upgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in CREATED.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in CREATED.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)
