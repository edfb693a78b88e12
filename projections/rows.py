"""Versioned view rows: opened at one log position, closed at a later one, never rewritten.

Within a batch, rows opened and closed stay in memory and are written once; rows opened in
earlier batches are closed with one UPDATE per entry. A batch's writes can be taken away
whole and written later (by another thread), in batch order. On a run that built the generation
from position zero, the writer knows every entry it has opened, and skips the UPDATE for
entries it has never seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select, update


class VersionedRows:
    def __init__(self, table: Table, generation: int, known: set[str] | None) -> None:
        self.table = table
        self.generation = generation
        self.known = known  # every entry with rows in this generation, when built from zero
        self.pending: list[dict[str, Any]] = []
        self.open_pending: dict[str, list[dict[str, Any]]] = {}
        self.closes: dict[str, dict[str, Any]] = {}

    def open(self, entry_id: str, row: dict[str, Any]) -> None:
        """Open a row (the dict becomes the row: the caller hands it over)."""
        row.update(
            generation=self.generation, entry_id=entry_id, valid_to=None, recorded_to=None, ended_by=None
        )
        self.pending.append(row)
        self.open_pending.setdefault(entry_id, []).append(row)

    def close(self, entry_id: str, position: int, recorded: str, ended_by: str) -> None:
        """Close every open row of an entry."""
        for row in self.open_pending.pop(entry_id, []):
            row.update(valid_to=position, recorded_to=recorded, ended_by=ended_by)
        if self.known is None or entry_id in self.known:
            self.closes.setdefault(entry_id, {"entry": entry_id, "p": position, "t": recorded, "e": ended_by})

    def take(self) -> RowWrites:
        """This batch's writes, detached, so that they can be written while the next batch folds."""
        writes = RowWrites(self.table, self.generation, self.pending, list(self.closes.values()))
        if self.known is not None:
            self.known.update(self.open_pending)
            self.known.update(row["entry_id"] for row in self.pending)
        self.pending, self.open_pending, self.closes = [], {}, {}
        return writes

    def flush(self, connection: Connection) -> None:
        self.take().apply(connection)


@dataclass
class RowWrites:
    table: Table
    generation: int
    opened: list[dict[str, Any]]
    closes: list[dict[str, Any]]

    def rows_closing(self, connection: Connection) -> list[Any]:
        """The stored open rows that these closes will end (call before ``apply``)."""
        if not self.closes:
            return []
        columns = self.table.c
        query = select(self.table).where(
            columns.generation == self.generation,
            columns.entry_id.in_([close["entry"] for close in self.closes]),
            columns.valid_to.is_(None),
        )
        return list(connection.execute(query))

    def apply(self, connection: Connection) -> None:
        """Close the stored open rows of the entries this batch closes, then insert the rows
        it opened (so the UPDATE only meets rows of earlier batches and needs no position
        bound).

        "Open" is spelled ``coalesce(valid_to, -1) = -1`` rather than ``valid_to IS NULL``:
        the latter matches the predicate of the partial open-row indexes, and PostgreSQL,
        planning without fresh statistics, closed each corrected entry's rows through one
        of them, scanning every open row (a 1M-event rebuild stalled at 2 minutes a batch).
        No position is -1, so the two mean the same, and only the entry's own rows are read."""
        if self.closes:
            columns = self.table.c
            statement = (
                update(self.table)
                .where(
                    and_(
                        columns.generation == self.generation,
                        columns.entry_id == bindparam("entry"),
                        func.coalesce(columns.valid_to, -1) == -1,
                    )
                )
                .values(valid_to=bindparam("p"), recorded_to=bindparam("t"), ended_by=bindparam("e"))
            )
            connection.execute(statement, self.closes)
        if self.opened:
            insert_many(connection, self.table, self.opened)


def insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows straight with the driver, in the connection's transaction: COPY on
    PostgreSQL, executemany on SQLite. SQLAlchemy's per-row parameter handling cost more
    than the database's own work in a rebuild."""
    names = [column.name for column in table.c]
    values = _tuples(rows, names)
    if connection.dialect.name == "postgresql":
        driver: Any = connection.connection.driver_connection
        with (
            driver.cursor() as cursor,
            cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy,
        ):
            for value in values:
                copy.write_row(value)
        return
    marks = ", ".join("?" for _ in names)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", values)


def _tuples(rows: list[dict[str, Any]], names: list[str]) -> list[tuple[Any, ...]]:
    """The rows as tuples in column order (a missing key is NULL)."""
    take = itemgetter(*names)
    try:
        return list(map(take, rows))
    except KeyError:
        return [tuple(row.get(n) for n in names) for row in rows]
