"""What the hardware and drivers allow without tickerlog: raw inserts and raw read-and-decode."""

from __future__ import annotations

import time

from pydantic_core import from_json
from sqlalchemy import Engine, text

from infra.settings import StoreLocation

_POSITION = {"sqlite": "rowid", "postgres": "notification_id"}


def read_and_decode(engine: Engine, location: StoreLocation, batch: int = 5000) -> float:
    """Events/s for selecting every stored event in log order and decoding its JSON."""
    position = _POSITION[location.backend]
    query = text(
        f"SELECT {position}, originator_id, originator_version, topic, state "
        f"FROM stored_events WHERE {position} > :after ORDER BY {position} LIMIT :n"
    )
    count, after = 0, 0
    started = time.perf_counter()
    with engine.connect() as connection:
        while True:
            rows = connection.execute(query, {"after": after, "n": batch}).all()
            if not rows:
                break
            for row in rows:
                from_json(bytes(row[4]))
            count += len(rows)
            after = rows[-1][0]
    return count / (time.perf_counter() - started)


def _stored_rows(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(
                text("SELECT originator_id, originator_version, topic, state FROM stored_events")
            )
        ]


_RAW_TABLE = {
    "sqlite": [
        "CREATE TABLE bench_raw (originator_id TEXT, originator_version INTEGER, topic TEXT, state BLOB, "
        "PRIMARY KEY (originator_id, originator_version))"
    ],
    "postgres": [
        "CREATE TABLE bench_raw (originator_id uuid NOT NULL, originator_version bigint NOT NULL, "
        "topic text, state bytea, notification_id bigserial, "
        "PRIMARY KEY (originator_id, originator_version))",
        "CREATE UNIQUE INDEX bench_raw_notification ON bench_raw (notification_id)",
    ],
}


def raw_inserts(engine: Engine, location: StoreLocation, batch: int) -> dict[str, float]:
    """Events/s for inserting the same rows straight with the driver, ``batch`` rows per
    transaction (executemany; and COPY on PostgreSQL), into a table shaped like
    ``stored_events`` (same key and index), so that the ceiling pays what the store pays."""
    rows = _stored_rows(engine)
    results = {}
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS bench_raw"))
        for statement in _RAW_TABLE[location.backend]:
            connection.execute(text(statement))
    insert = (
        "INSERT INTO bench_raw (originator_id, originator_version, topic, state) VALUES (?, ?, ?, ?)"
        if location.backend == "sqlite"
        else "INSERT INTO bench_raw (originator_id, originator_version, topic, state) VALUES (%s, %s, %s, %s)"
    )
    started = time.perf_counter()
    raw = engine.raw_connection()
    try:
        for start in range(0, len(rows), batch):
            cursor = raw.cursor()
            if location.backend == "sqlite":
                cursor.execute("BEGIN")  # the engine's connections run in autocommit mode
            cursor.executemany(insert, rows[start : start + batch])
            raw.commit()
        results["executemany"] = len(rows) / (time.perf_counter() - started)
        if location.backend == "postgres":
            raw.cursor().execute("TRUNCATE bench_raw")
            raw.commit()
            results["copy"] = _copy(raw, rows, batch)
    finally:
        raw.close()
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE bench_raw"))
    return results


def _copy(raw: object, rows: list[tuple[object, ...]], batch: int) -> float:
    started = time.perf_counter()
    driver = raw.driver_connection  # type: ignore[attr-defined]
    for start in range(0, len(rows), batch):
        with (
            driver.cursor() as cursor,
            cursor.copy(
                "COPY bench_raw (originator_id, originator_version, topic, state) FROM STDIN"
            ) as copy,
        ):
            for row in rows[start : start + batch]:
                copy.write_row(row)
        driver.commit()
    return len(rows) / (time.perf_counter() - started)
