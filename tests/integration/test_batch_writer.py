"""The writer thread that commits one batch while the next folds: in order, one transaction
per batch, and a failure reaches the folding thread instead of being lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from projections.pipeline import Batch, BatchWriter, Write


class WriterBroke(Exception):
    pass


def engine_with_table(tmp_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{tmp_path / 'writer.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE written (position INTEGER)"))
    return engine


def write_all(connection: Connection, batch: Batch) -> None:
    for write in batch.writes:
        write(connection)


def write_all_but_batch_3(connection: Connection, batch: Batch) -> None:
    write_all(connection, batch)
    if batch.position == 3:
        raise WriterBroke("batch 3 cannot be written")


def insert(position: int) -> Write:
    def write(connection: Connection) -> None:
        connection.execute(text("INSERT INTO written VALUES (:p)"), {"p": position})

    return write


def written(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return list(connection.execute(text("SELECT position FROM written ORDER BY rowid")).scalars())


def test_batches_are_written_in_order_and_finish_runs_last(tmp_path: Path) -> None:
    engine = engine_with_table(tmp_path)
    writer = BatchWriter(engine, write_all, insert(99))
    for position in (1, 2, 4, 5):
        writer.put(Batch(position, [insert(position)]))
    writer.close()
    assert written(engine) == [1, 2, 4, 5, 99]


def test_a_failed_batch_is_raised_and_leaves_nothing_of_itself(tmp_path: Path) -> None:
    engine = engine_with_table(tmp_path)
    writer = BatchWriter(engine, write_all_but_batch_3, insert(99))
    with pytest.raises(WriterBroke, match="batch 3"):
        put_then_close(writer, range(1, 50))
    assert written(engine) == [1, 2]


def put_then_close(writer: BatchWriter, positions: range) -> None:
    for position in positions:
        writer.put(Batch(position, [insert(position)]))
    writer.close()
