"""The SQLAlchemy engine the views are read and written through, one per store."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from infra.settings import StoreLocation

CACHE_KIB = 256 * 1024
CHECKPOINT_PAGES = 10_000


def view_engine(location: StoreLocation) -> Engine:
    """An engine for the store; on SQLite every transaction takes the write lock at BEGIN,
    so that a batch that reads the log and writes views never fails half-way on a busy lock."""
    if location.backend == "postgres":
        return create_engine(location.sqlalchemy_url, pool_pre_ping=True)
    engine = create_engine(location.sqlalchemy_url, connect_args={"timeout": 30, "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _views_are_rebuildable(dbapi_connection: Any, _: Any) -> None:
        # WAL with synchronous=NORMAL stays atomic and consistent; a power cut may lose the
        # last commits, which the views (derived from the log) simply project again.
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        # The views' indexes are keyed by entry (random ids): with SQLite's default 2 MB page
        # cache a rebuild spent most of its time re-reading index pages. Memory is allotted
        # as pages are used, so a store that stays small never takes this much.
        dbapi_connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        # A checkpoint copies the WAL into the database and syncs it; batches of view rows
        # fill SQLite's default 1,000 pages many times over, so checkpoint ten times rarer.
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        if connection.get_execution_options().get("log_reader"):
            return  # reads the immutable log statement by statement, beside a writer
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
