"""The event store: eventsourcing's stored_events table, immutable by trigger.

The columns are those eventsourcing 9.5's application recorders read and write; the
triggers refuse UPDATE, DELETE (and on PostgreSQL TRUNCATE) so that a stored event can
never change.

Revision ID: 0001_event_store
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0001_event_store"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POSTGRES_UP = [
    "CREATE TYPE stored_event_uuid AS ("
    " originator_id uuid, originator_version bigint, topic text, state bytea)",
    "CREATE TABLE stored_events ("
    " originator_id uuid NOT NULL,"
    " originator_version bigint NOT NULL,"
    " topic text,"
    " state bytea,"
    " notification_id bigserial,"
    " PRIMARY KEY (originator_id, originator_version))",
    "CREATE UNIQUE INDEX stored_events_notification_id_idx ON stored_events (notification_id ASC)",
    "CREATE FUNCTION tickerlog_refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN RAISE EXCEPTION 'stored events are immutable: % on % refused', TG_OP, TG_TABLE_NAME"
    " USING ERRCODE = 'restrict_violation'; END $$",
    "CREATE TRIGGER stored_events_immutable BEFORE UPDATE OR DELETE ON stored_events"
    " FOR EACH ROW EXECUTE FUNCTION tickerlog_refuse_event_change()",
    "CREATE TRIGGER stored_events_not_truncated BEFORE TRUNCATE ON stored_events"
    " FOR EACH STATEMENT EXECUTE FUNCTION tickerlog_refuse_event_change()",
]
POSTGRES_DOWN = [
    "DROP TABLE stored_events",
    "DROP FUNCTION tickerlog_refuse_event_change()",
    "DROP TYPE stored_event_uuid",
]
SQLITE_UP = [
    "CREATE TABLE stored_events ("
    " originator_id TEXT, originator_version INTEGER, topic TEXT, state BLOB,"
    " PRIMARY KEY (originator_id, originator_version))",
    "CREATE TRIGGER stored_events_no_update BEFORE UPDATE ON stored_events"
    " BEGIN SELECT RAISE(ABORT, 'stored events are immutable: UPDATE refused'); END",
    "CREATE TRIGGER stored_events_no_delete BEFORE DELETE ON stored_events"
    " BEGIN SELECT RAISE(ABORT, 'stored events are immutable: DELETE refused'); END",
]
SQLITE_DOWN = ["DROP TABLE stored_events"]


def run(postgres: list[str], sqlite: list[str]) -> None:
    statements = postgres if op.get_bind().dialect.name == "postgresql" else sqlite
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    run(POSTGRES_UP, SQLITE_UP)


def downgrade() -> None:
    run(POSTGRES_DOWN, SQLITE_DOWN)
