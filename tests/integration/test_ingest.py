"""Ingest on each backend: idempotent, source-keyed, atomic per batch, safe under conflicts."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent

from domain.errors import InputError, VersionConflict
from domain.parsing import parse_ticker_text
from infra.bootstrap import Store
from infra.ingest import ingest_paths, ingest_updates, store_batch
from infra.queries import list_entries
from tests.events import NoteTaken
from tests.integration.raw import count_events

SEED_LIKE = """date 2025-01-20 Angriff auf Saporischschja

Russische Raketen trafen in der Nacht die Stadt Saporischschja. (dpa)

Die Zahl der Verletzten stieg auf zwölf. (afp)

Neue Hilfen aus Berlin

Die Bundesregierung sagte weitere Hilfen zu. (rtr)
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_ticker_becomes_its_entries(store: Store, tmp_path: Path) -> None:
    report = ingest_paths(store.app, [write(tmp_path, "live.txt", SEED_LIKE)])
    assert report.as_dict()["new"] == 3
    rows = list_entries(store)
    assert [(r.headline, r.agencies) for r in rows] == [
        ("Angriff auf Saporischschja", ["dpa"]),
        (None, ["afp"]),
        ("Neue Hilfen aus Berlin", ["rtr"]),
    ]


def test_ingesting_the_same_file_twice_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "live.txt", SEED_LIKE)
    ingest_paths(store.app, [path])
    events = count_events(store.location)
    report = ingest_paths(store.app, [path])
    assert report.as_dict()["unchanged"] == 3
    assert report.events == 0
    assert count_events(store.location) == events


def test_a_changed_text_is_stored_as_a_correction(store: Store, tmp_path: Path) -> None:
    ingest_paths(store.app, [write(tmp_path, "live.txt", SEED_LIKE)])
    corrected = SEED_LIKE.replace("weitere Hilfen", "Luftabwehr")
    report = ingest_paths(store.app, [write(tmp_path, "live.txt", corrected)])
    assert (report.outcomes["corrected"], report.outcomes["unchanged"]) == (1, 2)
    rows = list_entries(store)
    assert len(rows) == 3
    assert rows[2].revisions == 2


def test_a_jsonl_retraction_marks_the_entry(store: Store, tmp_path: Path) -> None:
    record = {"ticker": "live", "source_id": "7", "body": "Meldung.", "agencies": ["dpa"]}
    ingest_paths(store.app, [write(tmp_path, "a.jsonl", json.dumps(record))])
    retraction = {**record, "retracted": True, "reason": "Quelle falsch"}
    report = ingest_paths(store.app, [write(tmp_path, "b.jsonl", json.dumps(retraction))])
    assert report.outcomes["retracted"] == 1
    assert list_entries(store)[0].retracted


def test_a_parse_error_in_any_file_stores_nothing(store: Store, tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", SEED_LIKE)
    bad = write(tmp_path, "bad.jsonl", '{"ticker": "x", "body": "ok"}\n{"ticker": "x"}\n')
    with pytest.raises(InputError, match=r"bad\.jsonl:2: body"):
        ingest_paths(store.app, [good, bad])
    assert count_events(store.location) == 0


def test_a_batch_that_collides_with_another_writer_stores_nothing(store: Store) -> None:
    updates = parse_ticker_text(SEED_LIKE, "live.txt", "live")
    ingest_updates(store.app, updates[:1])
    before = count_events(store.location)
    stale = store.app.load_entries
    store.app.load_entries = lambda ids: {}  # type: ignore[method-assign]
    try:
        with pytest.raises(VersionConflict):
            store_batch(store.app, updates)
    finally:
        store.app.load_entries = stale  # type: ignore[method-assign]
    assert count_events(store.location) == before


def test_a_conflict_is_retried_with_fresh_state(store: Store) -> None:
    updates = parse_ticker_text(SEED_LIKE, "live.txt", "live")
    ingest_updates(store.app, updates[:1])
    real = store.app.load_entries
    calls = []

    def stale_once(ids: list) -> dict:
        calls.append(ids)
        return {} if len(calls) == 1 else real(ids)

    store.app.load_entries = stale_once  # type: ignore[method-assign]
    report = ingest_updates(store.app, updates)
    assert (report.outcomes["unchanged"], report.outcomes["new"], len(calls)) == (1, 2, 2)


def test_large_inputs_are_stored_in_batches(store: Store) -> None:
    text = "date 2025-01\n\n" + "\n\n".join(f"Kopf {i}\n\nText {i}. (dpa)" for i in range(25))
    updates = parse_ticker_text(text, "big.txt", "big")
    report = ingest_updates(store.app, updates, batch_size=4)
    assert report.outcomes["new"] == 25
    assert len(list_entries(store)) == 25


def test_an_event_stored_at_an_older_version_loads_upcast(store: Store) -> None:
    state = {"timestamp": "2025-01-01T00:00:00+00:00", "text": "alt"}
    stored = StoredEvent(uuid4(), 1, NoteTaken.TOPIC, json.dumps(state).encode())
    store.app.recorder.insert_events([stored])
    [notification] = store.app.notifications()
    note = store.app.decode(notification)
    assert (note.text, note.language, note.author) == ("alt", "de", None)
