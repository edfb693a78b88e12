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


Project = Callable[[], int]


def follow(store: Store, interval: float = 0.2, timeout: float | None = None, batch_size: int = 5000) -> int:
    """Project until ``timeout`` seconds pass (or forever); return the events applied."""
    deadline = None if timeout is None else time.monotonic() + timeout

    def catch_up() -> int:
        return project(store, batch_size=batch_size)

    applied = catch_up()
    if store.location.backend == "postgres":
        return applied + _listen(store, catch_up, interval, deadline)
    while deadline is None or time.monotonic() < deadline:
        time.sleep(interval)
        applied += catch_up()
    return applied


def _listen(store: Store, catch_up: Project, interval: float, deadline: float | None) -> int:
    applied = 0
    with connect_postgres(store.location) as connection:
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        while deadline is None or time.monotonic() < deadline:
            wait = (
                interval * 10
                if deadline is None
                else max(0.0, min(interval * 10, deadline - time.monotonic()))
            )
            try:
                for _ in connection.notifies(timeout=wait, stop_after=1):
                    pass
            except psycopg.OperationalError:
                break
            applied += catch_up()
    return applied
