"""A projection process killed with SIGKILL at any moment resumes without losing or
doubling an event: in the middle of a rebuild, and in the middle of live following."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.generate import as_jsonl, entries
from infra import views
from infra.bootstrap import Store
from infra.ingest import ingest_paths
from tests.integration.raw import execute

ENTRIES = 2500


def fill_log(store: Store, tmp_path: Path, count: int = ENTRIES, seed: int = 1) -> int:
    path = tmp_path / f"log-{seed}.jsonl"
    path.write_text(as_jsonl(list(entries(count, seed)), seed, ticker=f"t{seed}"), encoding="utf-8")
    return ingest_paths(store.app, [path]).events


def start(database_url: str, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "infra.cli", *args, "--database", database_url]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when(process: subprocess.Popen[bytes], store: Store, sql: str, last: int) -> None:
    """SIGKILL the process once the state row the query reads is between 0 and ``last``."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        rows = execute(store.location, sql)
        if rows and 0 < int(rows[0][0]) < last:  # type: ignore[call-overload]
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return
        time.sleep(0.01)
    raise AssertionError(f"the process ended or stalled before it could be killed: {process.poll()}")


def last_position(store: Store) -> int:
    with store.views.connect() as connection:
        return store.log.last_position(connection)


def assert_consistent(store: Store) -> None:
    reports = views.verify(store)
    assert [(r.view, r.missing, r.unexpected) for r in reports] == [(r.view, 0, 0) for r in reports]
    assert set(views.view_positions(store).values()) == {last_position(store)}


def test_a_rebuild_killed_midway_resumes_where_it_stopped(
    store: Store, database_url: str, tmp_path: Path
) -> None:
    fill_log(store, tmp_path)
    last = last_position(store)
    replay = start(database_url, "replay", "--view", "figures", "--batch-size", "50")
    aside = "SELECT position FROM projection_state WHERE view = 'figures' AND NOT live"
    kill_when(replay, store, aside, last)
    killed_at = int(execute(store.location, aside)[0][0])  # type: ignore[call-overload]
    assert 0 < killed_at < last
    [report] = views.replay(store, ["figures"])
    assert report.events == last - killed_at  # resumed, not restarted
    views.project(store)
    assert_consistent(store)


def test_live_following_killed_midway_resumes_where_it_stopped(
    store: Store, database_url: str, tmp_path: Path
) -> None:
    views.project(store)
    fill_log(store, tmp_path)
    last = last_position(store)
    follower = start(database_url, "follow", "--batch-size", "50", "--timeout", "60")
    kill_when(follower, store, "SELECT min(position) FROM projection_state WHERE live", last)
    fill_log(store, tmp_path, count=300, seed=2)
    views.project(store)
    assert_consistent(store)
