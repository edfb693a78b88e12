"""The SQLAlchemy engine the views are read and written through, one per store."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from infra.settings import StoreLocation


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

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
