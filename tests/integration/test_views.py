"""The views on each backend: what they show, how corrections and retractions flow through,
as-of answers, replay and verify."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from infra import views
from infra.bootstrap import Store
from infra.ingest import ingest_paths

TICKER = """date 2025-02-11 Drohnenangriff auf Odessa

Russland hat Odessa in der Nacht zu Dienstag mit Drohnen angegriffen. Nach Angaben der ukrainischen Luftwaffe wurden 31 von 40 Drohnen abgefangen. (dpa)

Nordkoreaner an der Front

Nach US-Angaben kämpfen inzwischen mehr als 10.000 nordkoreanische Soldaten im Gebiet Kursk. (afp)

Präsident Selenskyj sagte, 11.000 nordkoreanische Soldaten seien im Gebiet Kursk im Einsatz. (rtr)

Neues Paket aus Berlin

Die Bundesregierung hat der Ukraine ein Militärpaket im Wert von 500 Millionen Euro zugesagt. Damit steigt die deutsche Hilfe auf insgesamt 28 Milliarden Euro. (dpa)
"""
DRONE_KEY = "interception/drone/ru/odesa/2025-02-11-night-to-tuesday"


def ingest_text(store: Store, tmp_path: Path, text: str, name: str = "live.txt") -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    ingest_paths(store.app, [path], ticker="live")
    views.project(store)


def test_figures_keep_each_source_side_by_side(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    troops = views.figure_values(store, kind="troops")
    assert sorted((f.reported_by, f.count, f.qualifier) for f in troops) == [
        ("US", 10000, "more_than"),
        ("Volodymyr Zelensky", 11000, "exact"),
    ]
    assert len({f.figure_key for f in troops}) == 1


def test_the_drone_night_lands_in_figures_with_its_evidence(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    [drones] = views.figure_values(store, kind="interception")
    assert (drones.figure_key, drones.launched, drones.intercepted) == (DRONE_KEY, 40, 31)
    assert drones.evidence.startswith("Nach Angaben der ukrainischen Luftwaffe")
    assert drones.agencies == ["dpa"]


def test_front_shows_the_place_with_actor_and_since(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    odesa = [row for row in views.front_status(store) if row.place == "Odesa"]
    assert [(r.status, r.actor, r.since) for r in odesa] == [("strike", "RU", "2025-02-11")]


def test_aid_totals_leave_cumulative_figures_out(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    assert len(views.aid_pledges(store, donor="DE")) == 2
    [total] = views.aid_totals(store, donor="DE")
    assert (total.amount, total.currency, total.pledges) == (500_000_000, "EUR", 1)


def test_a_correction_revises_the_figure_and_keeps_the_old_value(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    ingest_text(store, tmp_path, TICKER.replace("31 von 40", "35 von 40"))
    [drones] = views.figure_values(store, kind="interception")
    assert drones.intercepted == 35
    revisions = views.figure_history(store, DRONE_KEY)
    assert [(r.intercepted, r.ended_by) for r in revisions] == [(31, "superseded"), (35, None)]
    assert revisions[1].previous == "launched=40 intercepted=31"


def test_a_retraction_leaves_the_current_values_and_stays_in_history(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    before = datetime.now(UTC).isoformat()
    [entry] = [e for e in views.entries_timeline(store) if e.headline == "Drohnenangriff auf Odessa"]
    record = {"ticker": "live", "source_id": "|drohnenangriff auf odessa", "body": "x", "retracted": True}
    ingest_text(store, tmp_path, json.dumps(record), name="retract.jsonl")
    assert views.figure_values(store, kind="interception") == []
    [revision] = views.figure_history(store, DRONE_KEY)
    assert revision.ended_by == "retracted"
    assert [e.retracted for e in views.entries_timeline(store) if e.entry == entry.entry] == [True]
    assert [c.change for c in views.figure_changes(store, before)] == ["retracted"]


def test_as_of_answers_from_history(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    between = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    ingest_text(store, tmp_path, TICKER.replace("31 von 40", "35 von 40"))
    [then] = views.figure_values(store, kind="interception", as_of=between)
    assert then.intercepted == 31
    assert views.figure_values(store, kind="interception", as_of="2000-01-01T00:00") == []


def test_replay_until_a_position_and_verify(store: Store, tmp_path: Path) -> None:
    ingest_text(store, tmp_path, TICKER)
    first_batch = max(views.view_positions(store).values())
    ingest_text(store, tmp_path, TICKER.replace("31 von 40", "35 von 40"))
    reports = views.replay(store, ["figures"], until=str(first_batch))
    assert reports[0].position == first_batch
    [drones] = views.figure_values(store, kind="interception")
    assert drones.intercepted == 31
    views.project(store)
    assert all(r.missing == r.unexpected == 0 for r in views.verify(store))


def test_a_bad_as_of_time_is_a_clear_error(store: Store) -> None:
    with pytest.raises(views.InvalidArgument, match="not a time"):
        views.figure_values(store, as_of="yesterday")


def test_a_figure_reported_and_retracted_within_a_window_shows_each_change_once(
    store: Store, tmp_path: Path
) -> None:
    before = datetime.now(UTC).isoformat()
    ingest_text(store, tmp_path, TICKER)
    record = {"ticker": "live", "source_id": "|drohnenangriff auf odessa", "body": "x", "retracted": True}
    ingest_text(store, tmp_path, json.dumps(record), name="retract.jsonl")
    drone_changes = [c.change for c in views.figure_changes(store, before) if c.figure_key == DRONE_KEY]
    assert drone_changes == ["reported", "retracted"]
