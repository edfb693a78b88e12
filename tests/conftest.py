"""Backends for the tests: every backend-dependent test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from infra import schema
from infra.bootstrap import Store, open_store
from infra.settings import StoreLocation, parse_database_url
from tests.postgres_server import Server, find_or_start

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def postgres_server() -> Server:
    try:
        return find_or_start()
    except Exception as error:
        pytest.fail(f"no PostgreSQL server could be found or started: {error}", pytrace=False)


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    server: Server = request.getfixturevalue("postgres_server")
    name = f"tickerlog_test_{uuid.uuid4().hex[:12]}"
    with server.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield server.url(name)
    with server.admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty store on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def location(database_url: str) -> StoreLocation:
    return parse_database_url(database_url)


@pytest.fixture
def migrated(location: StoreLocation) -> StoreLocation:
    schema.upgrade(location)
    return location


@pytest.fixture
def store(migrated: StoreLocation) -> Iterator[Store]:
    with open_store(migrated) as opened:
        yield opened


@pytest.fixture
def fixture_path() -> Path:
    return FIXTURES
