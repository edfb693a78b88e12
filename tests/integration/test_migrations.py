"""Alembic creates, removes and recreates every table, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from domain.errors import StoreNotMigrated
from infra import schema
from infra.bootstrap import open_store
from infra.settings import StoreLocation
from tests.integration.raw import table_names


def test_upgrade_creates_the_event_table_at_the_head_revision(location: StoreLocation) -> None:
    assert schema.upgrade(location) == schema.head_revision()
    assert "stored_events" in table_names(location)


def test_downgrade_to_base_removes_the_tables_and_upgrade_restores_them(
    location: StoreLocation,
) -> None:
    schema.upgrade(location)
    assert schema.downgrade(location, "base") is None
    assert "stored_events" not in table_names(location)
    assert schema.upgrade(location) == schema.head_revision()


def test_upgrade_twice_is_harmless(location: StoreLocation) -> None:
    schema.upgrade(location)
    assert schema.upgrade(location) == schema.head_revision()


def test_an_unmigrated_store_is_refused_with_the_command_to_run(location: StoreLocation) -> None:
    with pytest.raises(StoreNotMigrated, match="run `tickerlog db upgrade`"):
        open_store(location)


def test_a_store_behind_the_head_is_refused(location: StoreLocation) -> None:
    schema.upgrade(location)
    schema.downgrade(location, "base")
    with pytest.raises(StoreNotMigrated):
        open_store(location)
