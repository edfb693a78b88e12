"""``tickerlog follow``: keep the views current while other processes write events.

PostgreSQL wakes the follower with LISTEN/NOTIFY (eventsourcing notifies channel
``stored_events`` on every insert); SQLite has no notifications, so the follower polls.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import psycopg

from infra.bootstrap import Store
from infra.schema import connect_postgres
from infra.views import project

CHANNEL = "stored_events"


def follow(store: Store, interval: float = 0.2, timeout: float | None = None,
           on_batch: Callable[[int], None] | None = None) -> int:
    """Project until ``timeout`` seconds pass (or forever); return the events applied."""
    deadline = None if timeout is None else time.monotonic() + timeout
    applied = _project(store, on_batch)
    if store.location.backend == "postgres":
        return applied + _listen(store, interval, deadline, on_batch)
    while deadline is None or time.monotonic() < deadline:
        time.sleep(interval)
        applied += _project(store, on_batch)
    return applied


def _project(store: Store, on_batch: Callable[[int], None] | None) -> int:
    applied = project(store)
    if applied and on_batch:
        on_batch(applied)
    return applied


def _listen(store: Store, interval: float, deadline: float | None,
            on_batch: Callable[[int], None] | None) -> int:
    applied = 0
    with connect_postgres(store.location) as connection:
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        while deadline is None or time.monotonic() < deadline:
            wait = interval * 10 if deadline is None else max(0.0, min(interval * 10, deadline - time.monotonic()))
            try:
                for _ in connection.notifies(timeout=wait, stop_after=1):
                    pass
            except psycopg.OperationalError:
                break
            applied += _project(store, on_batch)
    return applied
