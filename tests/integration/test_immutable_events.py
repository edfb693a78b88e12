"""The database itself refuses to change or remove a stored event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from infra import schema
from infra.bootstrap import Store, open_store
from infra.ingest import ingest_paths
from infra.settings import parse_database_url
from tests.integration.raw import count_events, execute

REFUSALS = (sqlite3.IntegrityError, psycopg.errors.RestrictViolation)


@pytest.fixture
def filled(store: Store, fixture_path: Path) -> Store:
    ingest_paths(store.app, [fixture_path / "frontticker.txt"])
    return store


def test_update_of_a_stored_event_is_refused(filled: Store) -> None:
    with pytest.raises(REFUSALS, match="immutable"):
        execute(filled.location, "UPDATE stored_events SET topic = 'forged'")


def test_delete_of_a_stored_event_is_refused(filled: Store) -> None:
    before = count_events(filled.location)
    with pytest.raises(REFUSALS, match="immutable"):
        execute(filled.location, "DELETE FROM stored_events")
    assert count_events(filled.location) == before > 0


@pytest.mark.postgres
def test_truncate_is_refused_on_postgres(postgres_url: str, fixture_path: Path) -> None:
    location = parse_database_url(postgres_url)
    schema.upgrade(location)
    with open_store(location) as store:
        ingest_paths(store.app, [fixture_path / "frontticker.txt"])
    with pytest.raises(psycopg.errors.RestrictViolation, match="immutable"):
        execute(location, "TRUNCATE stored_events")
