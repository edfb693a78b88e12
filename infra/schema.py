"""The store's schema: alembic brings it to head; every other command checks it is there."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

import psycopg
import sqlalchemy
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

import migrations
from domain.errors import StoreNotMigrated, StoreUnreachable
from infra.settings import StoreLocation

MIGRATIONS_DIR = Path(migrations.__file__).parent


def alembic_config(location: StoreLocation) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", location.sqlalchemy_url.replace("%", "%%"))
    return config


@cache
def head_revision() -> str:
    """The newest schema revision this version of tickerlog knows."""
    head = ScriptDirectory.from_config(alembic_config(StoreLocation("sqlite"))).get_current_head()
    assert head is not None
    return head


def _run(location: StoreLocation, action: str, revision: str) -> None:
    if location.backend == "sqlite":
        assert location.path is not None
        location.path.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlalchemy.create_engine(location.sqlalchemy_url, poolclass=sqlalchemy.NullPool)
    config = alembic_config(location)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
    except sqlalchemy.exc.OperationalError as error:
        raise StoreUnreachable(f"{location.display}: {first_line(error.orig)}") from None
    finally:
        engine.dispose()


def upgrade(location: StoreLocation, revision: str = "head") -> str | None:
    """Create or migrate the store; return the revision it is at afterwards."""
    _run(location, "upgrade", revision)
    return current_revision(location)


def downgrade(location: StoreLocation, revision: str) -> str | None:
    """Step the schema back (``base`` removes every table); return the revision reached."""
    _run(location, "downgrade", revision)
    return current_revision(location)


def current_revision(location: StoreLocation) -> str | None:
    """The revision the store is at, or None for an empty or missing store."""
    if location.backend == "sqlite":
        return _sqlite_revision(location)
    return _postgres_revision(location)


def _sqlite_revision(location: StoreLocation) -> str | None:
    assert location.path is not None
    if not location.path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{location.path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise StoreUnreachable(f"{location.display}: {error}") from None
    except sqlite3.DatabaseError as error:
        raise StoreUnreachable(f"{location.display}: {error}") from None
    return str(row[0]) if row else None


def _postgres_revision(location: StoreLocation) -> str | None:
    try:
        with connect_postgres(location) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    return str(row[0]) if row else None


def connect_postgres(location: StoreLocation) -> psycopg.Connection[tuple[object, ...]]:
    """A plain psycopg connection to the store, with unreachability as our own error."""
    try:
        return psycopg.connect(
            host=location.host,
            port=location.port,
            user=location.user,
            password=location.password or None,
            dbname=location.dbname,
            connect_timeout=5,
        )
    except psycopg.OperationalError as error:
        raise StoreUnreachable(f"{location.display}: {first_line(error)}") from None


def require_current(location: StoreLocation) -> None:
    """Raise ``StoreNotMigrated`` unless the store is at this version's schema."""
    current = current_revision(location)
    if current == head_revision():
        return
    if current is None:
        raise StoreNotMigrated(f"no tickerlog store at {location.display}: run `tickerlog db upgrade` first")
    raise StoreNotMigrated(
        f"the store at {location.display} is at schema {current}, this tickerlog needs "
        f"{head_revision()}: run `tickerlog db upgrade`"
    )


def first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
