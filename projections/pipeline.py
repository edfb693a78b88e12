"""Write one batch while the next one folds: a writer thread with its own connection.

Folding is Python work under the GIL; writing is mostly the database's work (SQLite's
B-trees and page writes, PostgreSQL's server process), which runs without the GIL. A
writer thread lets the two overlap. It applies the batches strictly in order, each in one
transaction with the views' positions, so a crash still loses or doubles nothing.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

Write = Callable[[Connection], None]
AHEAD = 2  # batches folded but not yet written; bounds the memory the pipeline holds


@dataclass(frozen=True)
class Batch:
    position: int
    writes: Sequence[Write]


class BatchWriter:
    """Applies ``commit(connection, batch)`` to each batch put, in order, in one transaction
    each, then ``finish(connection)`` once after the last."""

    def __init__(
        self,
        engine: Engine,
        commit: Callable[[Connection, Batch], None],
        finish: Write,
    ) -> None:
        self.engine = engine
        self.commit = commit
        self.finish = finish
        self.batches: queue.Queue[Batch | None] = queue.Queue(maxsize=AHEAD)
        self.failure: BaseException | None = None
        self.finishing = True
        self.thread = threading.Thread(target=self._work, name="tickerlog-view-writer", daemon=True)
        self.thread.start()

    def put(self, batch: Batch) -> None:
        """Hand over a batch; raises what the writer failed with, if it has."""
        while True:
            self._raise_failure()
            try:
                self.batches.put(batch, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self, finish: bool = True) -> None:
        """Wait for every batch to be written (and ``finish`` to run); raise a failure."""
        if self.thread.is_alive():
            self._stop(finish)
        self.thread.join()
        self._raise_failure()

    def _stop(self, finish: bool) -> None:
        self.finishing = finish
        while self.thread.is_alive():
            try:
                self.batches.put(None, timeout=0.2)
                return
            except queue.Full:
                continue

    def _raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure

    def _work(self) -> None:
        try:
            with self.engine.connect() as connection:
                while (batch := self.batches.get()) is not None:
                    with connection.begin():
                        self.commit(connection, batch)
                if self.finishing:
                    with connection.begin():
                        self.finish(connection)
        except BaseException as failure:  # handed to the folding thread, which raises it
            self.failure = failure
            self._drain()

    def _drain(self) -> None:
        """Unblock a folding thread waiting to put."""
        while True:
            try:
                self.batches.get_nowait()
            except queue.Empty:
                return
