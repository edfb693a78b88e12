"""Fold the event log into the views in batches, tracking each view's position in the same
transaction as its rows, so that a crash at any moment loses or doubles nothing.

Generations: the live generation of a view is what readers see. A replay builds the next
generation aside from position zero and swaps it in, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, and_, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from domain.errors import ReplayInterrupted
from projections.aid import AidFold
from projections.context import EntryMemory
from projections.figures import FiguresFold
from projections.front import FrontFold
from projections.logged import LoggedEvent
from projections.pipeline import Batch, BatchWriter, Write
from projections.schema import SUMMARY_TABLES, VIEW_TABLES, projection_state
from projections.timeline import TimelineFold

FOLDS: dict[str, Callable[[int, set[str] | None, bool], Fold]] = {
    "timeline": TimelineFold,
    "front": FrontFold,
    "aid": AidFold,
    "figures": FiguresFold,
}
VIEWS = tuple(FOLDS)
BATCH_SIZE = 5000
# Generations built aside have no readers to keep current, so they commit far less often:
# on SQLite each commit writes every page the batch dirtied in the views' randomly keyed
# indexes, and a 925k-event rebuild spent 62 of 214 s in 187 commits. 50,000 events a
# batch took it from 180 s to 115 s (150,000: no faster, 1.2 GB); PostgreSQL is unchanged.
REBUILD_BATCH_SIZE = 50_000
# Where the database does a batch's writing in its own process, folding the next batch
# meanwhile pays (PostgreSQL: 11 s instead of 14-30 s for a 92k-event rebuild). SQLite
# writes inside this process, and a writer thread only fought the folding one for the GIL
# (15 s instead of 13 s), so there the batches alternate.
PIPELINED = frozenset({"postgresql"})
Progress = Callable[[int, int], None]


class EventSource(Protocol):
    def read(self, connection: Connection, after: int, limit: int) -> list[LoggedEvent]: ...

    def entry_events(
        self, connection: Connection, entry_ids: list[str], before: int
    ) -> list[LoggedEvent]: ...

    def last_position(self, connection: Connection) -> int: ...


class Fold(Protocol):
    name: str

    def begin(self, connection: Connection) -> None: ...

    def apply(self, event: LoggedEvent, memory: EntryMemory) -> None: ...

    def take(self) -> Write: ...

    def finish(self, connection: Connection) -> None: ...


@dataclass
class Target:
    """A generation of a view and how far it has folded the log. A generation built aside
    (``aside``) has no readers until it is swapped in, so its current-state tables are
    built once, when it reaches the end, instead of after every batch."""

    view: str
    generation: int
    position: int
    aside: bool = False


def live_targets(connection: Connection, views: Sequence[str] = VIEWS) -> list[Target]:
    """The live generation of each view, made (empty, at position 0) where there is none.

    Two processes may both find none (ingests starting at once on PostgreSQL): both insert
    the same first generation, the second insert does nothing, and both read the one row."""
    targets = []
    for view in views:
        row = _live_row(connection, view)
        if row is None:
            generation = _next_generation(connection, view)
            new = {"view": view, "generation": generation, "position": 0, "live": True}
            connection.execute(_insert_if_absent(connection).values(**new))
            row = _live_row(connection, view)
            assert row is not None, f"no live generation of {view} after creating one"
        targets.append(Target(view, int(row[0]), int(row[1])))
    return targets


def _live_row(connection: Connection, view: str) -> Any:
    state = projection_state.c
    live = select(state.generation, state.position).where(state.view == view, state.live.is_(True))
    return connection.execute(live).first()


def _insert_if_absent(connection: Connection) -> Any:
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    return dialect.insert(projection_state).on_conflict_do_nothing()


def _next_generation(connection: Connection, view: str) -> int:
    state = projection_state.c
    return (
        int(
            connection.execute(
                select(func.coalesce(func.max(state.generation), 0)).where(state.view == view)
            ).scalar_one()
        )
        + 1
    )


def run(
    engine: Engine,
    source: EventSource,
    targets: list[Target],
    *,
    until: int | str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> int:
    """Apply every event after the targets' positions (up to ``until``, a position or a
    recorded time); return how many events were applied.

    Each batch locks the views' state rows and re-reads their positions first, so that two
    runners (two ingests, an ingest and a follower) never apply the same events twice.
    """
    if not targets:
        return 0
    if all(t.aside for t in targets) and engine.dialect.name in PIPELINED:
        return _run_aside(engine, source, targets, until, batch_size, progress)
    from_zero = all(t.position == 0 for t in targets)
    folds = _folds(targets, from_zero)
    memory = EntryMemory(loader=lambda ids, before: [])
    statistics = Statistics(targets, growing=from_zero and not any(t.aside for t in targets))
    with engine.connect() as connection:
        total = source.last_position(connection)
    done = 0
    while True:
        with engine.begin() as connection:
            if _lock_positions(connection, targets):
                folds = _folds(targets, from_zero=False)
                memory = EntryMemory(loader=lambda ids, before: [])
            position = min(t.position for t in targets)
            events = _within(source.read(connection, position, batch_size), until)
            if not events:
                _finish(connection, folds)
                return done
            _apply(connection, source, memory, folds, events)
            statistics.after_batch(connection)
        done += len(events)
        if progress:
            progress(events[-1].position, total)


class Statistics:
    """PostgreSQL plans each batch's lookups (a figure's last value, the current rows a
    batch replaces) from table statistics, and live views built from zero fill their tables
    far faster than autovacuum analyses them. ANALYZE after batches 1, 2, 4, 8, ... keeps
    the statistics within a factor of two of the tables at a cost of log2(batches) runs.

    Generations built aside skip it: they only close rows by entry (a lookup the planner
    cannot take through the partial open-row indexes, see ``RowWrites.apply``), and a
    replay analyses the tables once it has swapped them in. The runs cost 4.4 of 19.5 s
    in a 92k-event rebuild."""

    def __init__(self, targets: list[Target], growing: bool) -> None:
        self.tables = [VIEW_TABLES[t.view].name for t in targets] if growing else []
        self.batches = 0

    def after_batch(self, connection: Connection) -> None:
        self.batches += 1
        if connection.dialect.name != "postgresql" or self.batches & (self.batches - 1):
            return
        for table in self.tables:
            connection.exec_driver_sql(f"ANALYZE {table}")


def _folds(targets: list[Target], from_zero: bool) -> list[tuple[Target, Fold]]:
    folds: list[tuple[Target, Fold]] = []
    for target in targets:
        fold: Fold = FOLDS[target.view](target.generation, set() if from_zero else None, target.aside)
        folds.append((target, fold))
    return folds


def _finish(connection: Connection, folds: list[tuple[Target, Fold]]) -> None:
    for target, fold in folds:
        if target.aside:
            fold.finish(connection)


def _lock_positions(connection: Connection, targets: list[Target]) -> bool:
    """Lock the targets' state rows; return True if another runner had moved one on."""
    state = projection_state.c
    moved = False
    for target in targets:
        stored = connection.execute(
            select(state.position)
            .where(state.view == target.view, state.generation == target.generation)
            .with_for_update()
        ).scalar_one()
        if stored != target.position:
            target.position, moved = int(stored), True
    return moved


def _within(events: list[LoggedEvent], until: int | str | None) -> list[LoggedEvent]:
    if until is None:
        return events
    if isinstance(until, int):
        return [e for e in events if e.position <= until]
    return [e for e in events if e.recorded <= until]


def _apply(
    connection: Connection,
    source: EventSource,
    memory: EntryMemory,
    folds: list[tuple[Target, Fold]],
    events: list[LoggedEvent],
) -> None:
    for write in _fold_batch(connection, source, memory, folds, events):
        write(connection)
    _store_positions(connection, targets=[t for t, _ in folds], position=events[-1].position)


def _fold_batch(
    connection: Connection,
    source: EventSource,
    memory: EntryMemory,
    folds: list[tuple[Target, Fold]],
    events: list[LoggedEvent],
) -> list[Write]:
    """Fold a batch into every view past its position; return each view's writes."""
    memory.loader = lambda ids, before: source.entry_events(connection, ids, before)
    memory.prepare(events)
    for _, fold in folds:
        fold.begin(connection)
    for event in events:
        memory.learn(event)
        for target, fold in folds:
            if event.position > target.position:
                fold.apply(event, memory)
    return [fold.take() for _, fold in folds]


def _store_positions(connection: Connection, targets: list[Target], position: int) -> None:
    state = projection_state.c
    for target in targets:
        target.position = max(target.position, position)
        connection.execute(
            update(projection_state)
            .where(and_(state.view == target.view, state.generation == target.generation))
            .values(position=target.position)
        )


def _run_aside(
    engine: Engine,
    source: EventSource,
    targets: list[Target],
    until: int | str | None,
    batch_size: int,
    progress: Progress | None,
) -> int:
    """Build generations aside: fold each batch while the one before is being written.

    Nobody else writes an aside generation, so the folding thread reads ahead without the
    state rows' lock; the writer still checks, in each batch's transaction, that the stored
    positions are the ones it left, and stops if another replay moved them.
    """
    from_zero = all(t.position == 0 for t in targets)
    folding = [replace(t) for t in targets]
    folds = _folds(folding, from_zero)
    memory = EntryMemory(loader=lambda ids, before: [])
    with engine.connect() as connection:
        total = source.last_position(connection)

    def commit(connection: Connection, batch: Batch) -> None:
        if _lock_positions(connection, targets):
            raise ReplayInterrupted(f"another replay is building {', '.join(t.view for t in targets)}")
        for write in batch.writes:
            write(connection)
        _store_positions(connection, targets, batch.position)
        if progress:
            progress(batch.position, total)

    writer = BatchWriter(engine, commit, lambda connection: _finish(connection, folds))
    done = 0
    try:
        with engine.connect().execution_options(log_reader=True) as reader:
            while events := _within(source.read(reader, min(t.position for t in folding), batch_size), until):
                writes = _fold_batch(reader, source, memory, folds, events)
                for target in folding:
                    target.position = max(target.position, events[-1].position)
                writer.put(Batch(events[-1].position, writes))
                done += len(events)
    except BaseException:
        writer.close(finish=False)
        raise
    writer.close()
    return done


def catch_up(
    engine: Engine,
    source: EventSource,
    views: Sequence[str] = VIEWS,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Bring the live views up to the end of the log."""
    with engine.begin() as connection:
        targets = live_targets(connection, views)
    return run(engine, source, targets, progress=progress, batch_size=batch_size)


def start_aside(engine: Engine, view: str, resume: bool = True) -> Target:
    """A generation of a view built aside: the one a crashed replay left, to resume from
    its committed position, or else a new, empty one."""
    state = projection_state.c
    with engine.begin() as connection:
        left = connection.execute(
            select(state.generation, state.position).where(state.view == view, state.live.is_(False))
        ).first()
        if left is not None and resume:
            return Target(view, int(left[0]), int(left[1]), aside=True)
        drop_aside(connection, view)
        generation = _next_generation(connection, view)
        connection.execute(
            projection_state.insert().values(view=view, generation=generation, position=0, live=False)
        )
    return Target(view, generation, 0, aside=True)


def drop_aside(connection: Connection, view: str) -> None:
    state = projection_state.c
    aside = (
        connection.execute(select(state.generation).where(state.view == view, state.live.is_(False)))
        .scalars()
        .all()
    )
    for generation in aside:
        drop_generation(connection, view, generation)


def drop_generation(connection: Connection, view: str, generation: int) -> None:
    for table in (VIEW_TABLES[view], *SUMMARY_TABLES[view]):
        connection.execute(delete(table).where(table.c.generation == generation))
    connection.execute(
        delete(projection_state).where(
            and_(projection_state.c.view == view, projection_state.c.generation == generation)
        )
    )


def swap(engine: Engine, target: Target) -> None:
    """Make a generation built aside the live one, and drop the one it replaces."""
    state = projection_state.c
    with engine.begin() as connection:
        old = (
            connection.execute(
                select(state.generation).where(state.view == target.view, state.live.is_(True))
            )
            .scalars()
            .all()
        )
        connection.execute(
            update(projection_state)
            .where(and_(state.view == target.view, state.generation == target.generation))
            .values(live=True)
        )
        for generation in old:
            drop_generation(connection, target.view, generation)
