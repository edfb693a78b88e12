"""Fold the event log into the views in batches, tracking each view's position in the same
transaction as its rows, so that a crash at any moment loses or doubles nothing.

Generations: the live generation of a view is what readers see. A replay builds the next
generation aside from position zero and swaps it in, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection, Engine, and_, delete, func, select, update

from projections.aid import AidFold
from projections.context import EntryMemory
from projections.figures import FiguresFold
from projections.front import FrontFold
from projections.logged import LoggedEvent
from projections.schema import SUMMARY_TABLES, VIEW_TABLES, projection_state
from projections.timeline import TimelineFold

FOLDS: dict[str, Callable[[int, set[str] | None], Fold]] = {
    "timeline": TimelineFold,
    "front": FrontFold,
    "aid": AidFold,
    "figures": FiguresFold,
}
VIEWS = tuple(FOLDS)
BATCH_SIZE = 5000
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

    def flush(self, connection: Connection) -> None: ...


@dataclass
class Target:
    view: str
    generation: int
    position: int


def live_targets(connection: Connection, views: Sequence[str] = VIEWS) -> list[Target]:
    """The live generation of each view, made (empty, at position 0) where there is none."""
    state = projection_state.c
    targets = []
    for view in views:
        row = connection.execute(
            select(state.generation, state.position).where(state.view == view, state.live.is_(True))
        ).first()
        if row is None:
            generation = _next_generation(connection, view)
            connection.execute(
                projection_state.insert().values(view=view, generation=generation, position=0, live=True)
            )
            targets.append(Target(view, generation, 0))
            continue
        targets.append(Target(view, int(row[0]), int(row[1])))
    return targets


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
    from_zero = all(t.position == 0 for t in targets)
    folds = _folds(targets, from_zero)
    memory = EntryMemory(loader=lambda ids, before: [])
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
                return done
            _apply(connection, source, memory, folds, events)
        done += len(events)
        if progress:
            progress(events[-1].position, total)


def _folds(targets: list[Target], from_zero: bool) -> list[tuple[Target, Fold]]:
    folds: list[tuple[Target, Fold]] = []
    for target in targets:
        fold: Fold = FOLDS[target.view](target.generation, set() if from_zero else None)
        folds.append((target, fold))
    return folds


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
    memory.loader = lambda ids, before: source.entry_events(connection, ids, before)
    memory.prepare(events)
    for _, fold in folds:
        fold.begin(connection)
    for event in events:
        memory.learn(event)
        for target, fold in folds:
            if event.position > target.position:
                fold.apply(event, memory)
    state = projection_state.c
    for target, fold in folds:
        fold.flush(connection)
        target.position = max(target.position, events[-1].position)
        connection.execute(
            update(projection_state)
            .where(and_(state.view == target.view, state.generation == target.generation))
            .values(position=target.position)
        )


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
            return Target(view, int(left[0]), int(left[1]))
        drop_aside(connection, view)
        generation = _next_generation(connection, view)
        connection.execute(
            projection_state.insert().values(view=view, generation=generation, position=0, live=False)
        )
    return Target(view, generation, 0)


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
