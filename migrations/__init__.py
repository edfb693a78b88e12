"""Alembic's migrations: every table tickerlog defines, on SQLite and PostgreSQL alike."""
