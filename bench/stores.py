"""Fresh, migrated stores for benchmarks: a temporary SQLite file or a new PostgreSQL database."""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

from infra import schema
from infra.settings import StoreLocation, parse_database_url

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


@contextlib.contextmanager
def fresh_sqlite() -> Iterator[StoreLocation]:
    with tempfile.TemporaryDirectory(prefix="tickerlog-bench-") as folder:
        location = parse_database_url(f"sqlite:///{Path(folder) / 'bench.db'}")
        schema.upgrade(location)
        yield location


@contextlib.contextmanager
def fresh_postgres(server_url: str = DEFAULT_POSTGRES) -> Iterator[StoreLocation]:
    server = parse_database_url(server_url)
    name = f"tickerlog_bench_{uuid.uuid4().hex[:10]}"
    admin = dict(  # noqa: C408 - keyword arguments for psycopg.connect
        host=server.host,
        port=server.port,
        user=server.user,
        password=server.password or None,
        dbname=server.dbname,
        autocommit=True,
    )
    with psycopg.connect(**admin) as connection:  # type: ignore[arg-type]
        connection.execute(f'CREATE DATABASE "{name}"')
    location = StoreLocation(
        "postgres",
        host=server.host,
        port=server.port,
        user=server.user,
        password=server.password,
        dbname=name,
    )
    try:
        schema.upgrade(location)
        yield location
    finally:
        with psycopg.connect(**admin) as connection:  # type: ignore[arg-type]
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh(
    backend: str, server_url: str = DEFAULT_POSTGRES
) -> contextlib.AbstractContextManager[StoreLocation]:
    return fresh_sqlite() if backend == "sqlite" else fresh_postgres(server_url)
