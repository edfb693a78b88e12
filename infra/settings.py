"""Where the store lives: the database URL, read from the flag, the environment or the default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

from domain.errors import InvalidDatabaseUrl

DATABASE_URL_VARIABLE = "TICKERLOG_DATABASE_URL"
DEFAULT_SQLITE_FILE = "tickerlog.db"


@dataclass(frozen=True)
class StoreLocation:
    """A parsed database URL: an SQLite file or a PostgreSQL database."""

    backend: Literal["sqlite", "postgres"]
    path: Path | None = None
    host: str = "127.0.0.1"
    port: int = 5432
    user: str = "postgres"
    password: str = ""
    dbname: str = "postgres"

    @property
    def display(self) -> str:
        """The URL with any password hidden, for messages and ``info``."""
        if self.backend == "sqlite":
            return f"sqlite:///{self.path}"
        if self.host.startswith("/"):
            return f"postgresql://{self.user}@/{self.dbname}?host={self.host}&port={self.port}"
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def sqlalchemy_url(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.path}"
        secret = f":{self.password}" if self.password else ""
        if self.host.startswith("/"):
            return (
                f"postgresql+psycopg://{self.user}{secret}@/{self.dbname}?host={self.host}&port={self.port}"
            )
        return f"postgresql+psycopg://{self.user}{secret}@{self.host}:{self.port}/{self.dbname}"

    def eventsourcing_env(self) -> dict[str, str]:
        """The settings eventsourcing's persistence modules read (tables come from alembic)."""
        if self.backend == "sqlite":
            return {
                "PERSISTENCE_MODULE": "eventsourcing.sqlite",
                "SQLITE_DBNAME": str(self.path),
                "SQLITE_LOCK_TIMEOUT": "30",
                "CREATE_TABLE": "n",
            }
        return {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": self.dbname,
            "POSTGRES_HOST": self.host,
            "POSTGRES_PORT": str(self.port),
            "POSTGRES_USER": self.user,
            "POSTGRES_PASSWORD": self.password,
            "POSTGRES_CONNECT_TIMEOUT": "5",
            "POSTGRES_ENABLE_DB_FUNCTIONS": "n",
            "CREATE_TABLE": "n",
        }


def parse_database_url(url: str) -> StoreLocation:
    """Read ``sqlite:///path/to/store.db`` or ``postgresql://user[:pw]@host[:port]/db``."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        return _sqlite(url, parts.netloc, parts.path)
    if parts.scheme in {"postgresql", "postgres", "postgresql+psycopg"}:
        return _postgres(url)
    raise InvalidDatabaseUrl(
        f"database URL {url!r}: expected sqlite:///path/to/store.db or postgresql://user@host/db"
    )


def _sqlite(url: str, netloc: str, path: str) -> StoreLocation:
    if netloc or not path.startswith("/") or path == "/":
        raise InvalidDatabaseUrl(f"database URL {url!r}: expected sqlite:///path/to/store.db")
    file = Path(unquote(path[1:])).expanduser()
    return StoreLocation(backend="sqlite", path=file.resolve())


def _postgres(url: str) -> StoreLocation:
    """A server by host name, or by socket directory as libpq writes it: ``/db?host=/run/pg``."""
    split = urlsplit(url)
    dbname = unquote(split.path.lstrip("/"))
    host = parse_qs(split.query).get("host", [split.hostname or ""])[0]
    if not host or not dbname:
        raise InvalidDatabaseUrl(f"database URL {url!r}: expected postgresql://user@host/db")
    try:
        port = int(parse_qs(split.query).get("port", [split.port or 5432])[0])
    except ValueError:
        raise InvalidDatabaseUrl(f"database URL {url!r}: the port is not a number") from None
    return StoreLocation(
        backend="postgres",
        host=host,
        port=port,
        user=unquote(split.username or "postgres"),
        password=unquote(split.password or ""),
        dbname=dbname,
    )


def resolve_location(flag: str | None = None) -> StoreLocation:
    """The store to use: ``--database``, else ``TICKERLOG_DATABASE_URL``, else ./tickerlog.db."""
    url = flag or os.environ.get(DATABASE_URL_VARIABLE) or f"sqlite:///{DEFAULT_SQLITE_FILE}"
    return parse_database_url(url)
