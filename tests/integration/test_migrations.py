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


def test_the_migrated_schema_matches_the_view_models(location: StoreLocation) -> None:
    import sqlalchemy
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from projections.schema import metadata

    schema.upgrade(location)
    engine = sqlalchemy.create_engine(location.sqlalchemy_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = [d for d in compare_metadata(context, metadata) if not _event_store(d)]
    engine.dispose()
    assert differences == []


def _event_store(difference: tuple[object, ...]) -> bool:
    """The event store's own table and index belong to eventsourcing, not to the view models."""
    kind, item = difference[0], difference[1]
    name = getattr(item, "name", "")
    return (kind == "remove_table" and name in {"stored_events", "alembic_version"}) or (
        kind == "remove_index" and str(name).startswith("stored_events")
    )
