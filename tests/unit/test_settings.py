"""Database URLs: SQLite files and PostgreSQL servers, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import InvalidDatabaseUrl
from infra.settings import parse_database_url, resolve_location


def test_a_relative_sqlite_url_is_resolved_against_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert parse_database_url("sqlite:///news.db").path == tmp_path / "news.db"


def test_an_absolute_sqlite_url_keeps_its_path() -> None:
    assert parse_database_url("sqlite:////var/data/x.db").path == Path("/var/data/x.db")


def test_a_postgres_url_gives_each_part() -> None:
    location = parse_database_url("postgresql://editor:s3cret@db.local:5433/news")
    assert (location.user, location.password, location.host, location.port, location.dbname) == (
        "editor",
        "s3cret",
        "db.local",
        5433,
        "news",
    )
    assert "s3cret" not in location.display


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "postgresql://host", "news.db"])
def test_urls_of_other_kinds_are_refused(url: str) -> None:
    with pytest.raises(InvalidDatabaseUrl, match="database URL"):
        parse_database_url(url)


def test_the_flag_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TICKERLOG_DATABASE_URL", "postgresql://a@b/c")
    assert resolve_location("sqlite:////tmp/x.db").backend == "sqlite"
    assert resolve_location(None).backend == "postgres"


def test_a_postgres_socket_directory_is_accepted() -> None:
    location = parse_database_url("postgresql://postgres@/news?host=/run/postgresql&port=5433")
    assert (location.host, location.port, location.dbname) == ("/run/postgresql", 5433, "news")
    assert parse_database_url(location.display) == location
