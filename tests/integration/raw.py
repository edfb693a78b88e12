"""Direct driver access for tests that must go around tickerlog (to prove what the DB refuses)."""

from __future__ import annotations

import sqlite3

from infra.schema import connect_postgres
from infra.settings import StoreLocation


def execute(location: StoreLocation, statement: str) -> list[tuple[object, ...]]:
    """Run one statement and commit it; the database's own errors propagate."""
    if location.backend == "sqlite":
        with sqlite3.connect(str(location.path)) as connection:
            return connection.execute(statement).fetchall()
    with connect_postgres(location) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def table_names(location: StoreLocation) -> set[str]:
    if location.backend == "sqlite":
        rows = execute(location, "SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        rows = execute(location, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {str(row[0]) for row in rows}


def count_events(location: StoreLocation) -> int:
    return int(execute(location, "SELECT count(*) FROM stored_events")[0][0])  # type: ignore[call-overload]
