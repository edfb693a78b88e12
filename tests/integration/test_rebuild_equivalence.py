"""On a generated log with corrections and retractions: a rebuild from zero equals the
views reached by following the log one event at a time, and every view's ``--as-of``
answer equals what ``replay --until`` that moment builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bench.generate import as_jsonl, entries
from infra import views
from infra.bootstrap import Store
from infra.ingest import ingest_paths

ENTRIES = 400


def fill_log(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "generated.jsonl"
    path.write_text(as_jsonl(list(entries(ENTRIES, 7)), 7, ticker="generated"), encoding="utf-8")
    ingest_paths(store.app, [path])


def moments(store: Store, count: int) -> list[str]:
    """Recorded times of events spread over the log, from early on to the end."""
    with store.views.connect() as connection:
        times = list(connection.execute(text("SELECT recorded_from FROM timeline_entries")).scalars())
    times.sort()
    return [times[(len(times) - 1) * step // count] for step in range(1, count + 1)]


def every_view(store: Store, as_of: str | None) -> dict[str, Any]:
    """What each query shows now (``as_of`` None) or at a recorded time."""
    return {
        "timeline": views.entries_timeline(store, as_of=as_of),
        "front": views.front_status(store, as_of=as_of),
        "pledges": views.aid_pledges(store, as_of=as_of),
        "totals": views.aid_totals(store, as_of=as_of),
        "figures": views.figure_values(store, as_of=as_of),
        "kharkiv": views.figure_values(store, as_of=as_of, place="kharkiv"),
    }


def test_a_rebuild_from_zero_equals_following_event_by_event(store: Store, tmp_path: Path) -> None:
    fill_log(store, tmp_path)
    views.project(store, batch_size=1)
    reports = views.verify(store)
    assert [(r.view, r.missing, r.unexpected) for r in reports] == [(r.view, 0, 0) for r in reports]
    assert all(r.live_rows > 0 for r in reports)


def test_as_of_equals_replay_until_at_many_moments(store: Store, tmp_path: Path) -> None:
    fill_log(store, tmp_path)
    views.project(store)
    chosen = moments(store, 6)
    answers = {moment: every_view(store, as_of=moment) for moment in chosen}
    assert answers[chosen[0]] != answers[chosen[-1]]
    for moment in chosen:
        views.replay(store, until=moment)
        assert every_view(store, as_of=None) == answers[moment], moment


def test_empty_views_facing_a_long_log_are_built_aside_and_swapped_in(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_log(store, tmp_path)
    monkeypatch.setattr(views, "FRESH_BUILD_EVENTS", 100)
    applied = views.project(store)
    positions = views.view_positions(store)
    with store.views.connect() as connection:
        live = dict(
            connection.execute(text("SELECT view, generation FROM projection_state WHERE live")).all()
        )
    assert applied == max(positions.values()) > 100
    assert all(generation > 1 for generation in live.values())  # swapped in, not the first
    views.project(store)  # now current: the batch path, with nothing to do
    reports = views.verify(store)
    assert [(r.view, r.missing, r.unexpected) for r in reports] == [(r.view, 0, 0) for r in reports]
