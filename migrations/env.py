"""Alembic environment: runs on a connection tickerlog hands over, or on sqlalchemy.url."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine, pool

config = context.config


def database_url() -> str:
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("TICKERLOG_DATABASE_URL")
    if not url:
        raise SystemExit("set sqlalchemy.url or TICKERLOG_DATABASE_URL to run alembic")
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(url=database_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        run_on(given)
        return
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        run_on(connection)


if context.is_offline_mode():
    run_offline()
else:
    run_online()
