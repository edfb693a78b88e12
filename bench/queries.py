"""Latency of every view query (p50, p99), and the lag of a live follower."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from bench.generate import as_jsonl, entries
from infra import views
from infra.bootstrap import Store
from infra.ingest import ingest_paths


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


def timed(call: Callable[[], object], repeat: int) -> tuple[float, float]:
    call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def middle_moment(store: Store) -> str:
    """The recorded time halfway through the log, for --as-of queries."""
    with store.views.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM timeline_entries")).scalar_one()
        return str(
            connection.execute(
                text("SELECT recorded_from FROM timeline_entries ORDER BY valid_from LIMIT 1 OFFSET :n"),
                {"n": count // 2},
            ).scalar_one()
        )


def window_of_entries(store: Store, entries: int) -> tuple[str, str]:
    """The recorded times around ``entries`` consecutive entries from the middle of the log."""
    with store.views.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM timeline_entries")).scalar_one()
        rows = (
            connection.execute(
                text("SELECT recorded_from FROM timeline_entries ORDER BY valid_from LIMIT :k OFFSET :n"),
                {"k": entries + 1, "n": max(0, count // 2 - entries // 2)},
            )
            .scalars()
            .all()
        )
    return str(rows[0]), str(rows[-1])


def query_latencies(store: Store, repeat: int) -> dict[str, tuple[float, float]]:
    """p50 and p99 in milliseconds of each query the CLI offers."""
    [figure] = views.figure_values(store, kind="interception")[:1] or [None]
    middle = middle_moment(store)
    calls: dict[str, Callable[[], object]] = {
        "front": lambda: views.front_status(store),
        "front --place": lambda: views.front_status(store, place="Kharkiv"),
        "aid --donor (latest 100)": lambda: views.aid_pledges(store, donor="CA", limit=100),
        "aid --totals": lambda: views.aid_totals(store),
        "figures --kind (latest 100)": lambda: views.figure_values(store, kind="interception", limit=100),
        "figures --place (latest 100)": lambda: views.figure_values(store, place="Kharkiv", limit=100),
        "timeline (latest 100)": lambda: views.entries_timeline(store, limit=100),
        "figures --place --as-of": lambda: views.figure_values(store, place="Kharkiv", as_of=middle),
        "front --as-of": lambda: views.front_status(store, as_of=middle),
    }
    if figure is not None:
        calls["history"] = lambda: views.figure_history(store, figure.figure_key)
        since, until = window_of_entries(store, 100)
        calls["changes (100 entries)"] = lambda: views.figure_changes(store, since=since, until=until)
    return {name: timed(call, repeat) for name, call in calls.items()}


def live_lag(store: Store, database_url: str, folder: Path, appends: int = 50) -> tuple[float, float]:
    """Milliseconds from an append committing to a follower process having projected it."""
    follower = subprocess.Popen(
        [sys.executable, "-m", "infra.cli", "follow", "--database", database_url, "--timeout", "300"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.5)
        samples = []
        for index in range(appends):
            path = folder / f"lag-{index}.jsonl"
            path.write_text(as_jsonl(list(entries(1, seed=10_000 + index)), ticker=f"lag{index}"))
            ingest_paths(store.app, [path])
            started = time.perf_counter()
            with store.views.connect() as connection:
                last = store.log.last_position(connection)
            while min(views.view_positions(store).values()) < last:
                time.sleep(0.0005)
            samples.append((time.perf_counter() - started) * 1000)
        return percentiles(samples)
    finally:
        follower.kill()
        follower.wait()
