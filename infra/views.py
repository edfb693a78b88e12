"""The Python API of the read side: project, replay, verify, and query the views."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, select

from domain.errors import InvalidArgument, ReplayInterrupted, ViewsNotBuilt
from infra.bootstrap import Store
from projections import aid, figures, front, runner, timeline
from projections.logged import recorded_text
from projections.query import ViewNotBuilt
from projections.schema import SUMMARY_TABLES, VIEW_TABLES, projection_state


def parse_moment(text: str | None) -> str | None:
    """A recorded time given by a user (ISO 8601; UTC unless it says otherwise)."""
    if text is None:
        return None
    try:
        return recorded_text(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        raise InvalidArgument(f"not a time: {text!r} (use ISO 8601, e.g. 2025-03-04T06:10)") from None


def parse_until(text: str | None) -> int | str | None:
    """``--until``: a log position (a whole number) or a recorded time."""
    if text is None:
        return None
    return int(text) if text.strip().isdigit() else parse_moment(text)


def check_views(names: Sequence[str] | None) -> tuple[str, ...]:
    chosen = tuple(names or runner.VIEWS)
    unknown = [n for n in chosen if n not in runner.VIEWS]
    if unknown:
        raise InvalidArgument(f"no view {unknown[0]!r}: choose from {', '.join(runner.VIEWS)}")
    return chosen


# Views that have folded nothing yet and face a log this long are built aside and swapped in.
FRESH_BUILD_EVENTS = 20_000


def project(
    store: Store,
    views: Sequence[str] | None = None,
    progress: runner.Progress | None = None,
    batch_size: int = runner.BATCH_SIZE,
) -> int:
    """Bring the live views up to the end of the log; return the events applied.

    Live views refresh their current-state tables after every batch, so that readers never
    see them behind the history. Empty views facing a long log (a first ingest of a big
    file, a new follower) are instead built the way ``replay`` builds them, aside and with
    the current-state tables made once, then swapped in: on PostgreSQL a 1M-event backlog
    took the batch-by-batch path past 400k events at 270 events/s. If another process is
    already building them aside, this one catches the live views up as usual."""
    chosen = check_views(views)
    if _empty_before_a_backlog(store, chosen):
        with contextlib.suppress(ReplayInterrupted):
            return max(report.events for report in replay(store, chosen, progress=progress))
    return runner.catch_up(store.views, store.log, chosen, progress, batch_size)


def _empty_before_a_backlog(store: Store, views: Sequence[str]) -> bool:
    with store.views.begin() as connection:
        targets = runner.live_targets(connection, views)
        last = store.log.last_position(connection)
    return last >= FRESH_BUILD_EVENTS and all(t.position == 0 for t in targets)


class ReplayReport(BaseModel):
    view: str
    generation: int
    position: int
    events: int


def replay(
    store: Store,
    views: Sequence[str] | None = None,
    until: str | None = None,
    progress: runner.Progress | None = None,
    batch_size: int = runner.REBUILD_BATCH_SIZE,
) -> list[ReplayReport]:
    """Rebuild views from zero into new generations in one pass over the log, then swap
    them in (readers never see a half-built view). ``until`` stops at a log position or
    recorded time. A replay that was killed resumes from its last committed batch."""
    limit = parse_until(until)
    targets = [runner.start_aside(store.views, view) for view in check_views(views)]
    starts = {t.view: t.position for t in targets}
    runner.run(store.views, store.log, targets, until=limit, progress=progress, batch_size=batch_size)
    for target in targets:
        runner.swap(store.views, target)
    refresh_statistics(store, [t.view for t in targets])
    return [
        ReplayReport(
            view=t.view, generation=t.generation, position=t.position, events=t.position - starts[t.view]
        )
        for t in targets
    ]


def refresh_statistics(store: Store, views: Sequence[str]) -> None:
    """Let the query planner see the rebuilt tables (a bulk load leaves its statistics stale)."""
    tables = [t.name for view in views for t in (VIEW_TABLES[view], *SUMMARY_TABLES[view])]
    with store.views.begin() as connection:
        for table in tables:
            connection.exec_driver_sql(f"ANALYZE {table}")


class VerifyReport(BaseModel):
    view: str
    position: int
    live_rows: int
    rebuilt_rows: int
    missing: int
    unexpected: int


def verify(store: Store, views: Sequence[str] | None = None) -> list[VerifyReport]:
    """Rebuild each view aside up to its live position and compare it row by row."""
    project(store, views)
    reports = []
    for view in check_views(views):
        with store.views.begin() as connection:
            live = runner.live_targets(connection, [view])[0]
        aside = runner.start_aside(store.views, view, resume=False)
        runner.run(store.views, store.log, [aside], until=live.position, batch_size=runner.REBUILD_BATCH_SIZE)
        with store.views.begin() as connection:
            expected = _rows(connection, view, aside.generation)
            actual = _rows(connection, view, live.generation)
            runner.drop_generation(connection, view, aside.generation)
        reports.append(
            VerifyReport(
                view=view,
                position=live.position,
                live_rows=len(actual),
                rebuilt_rows=len(expected),
                missing=len(expected - actual),
                unexpected=len(actual - expected),
            )
        )
    return reports


def _rows(connection: Connection, view: str, generation: int) -> set[tuple[Any, ...]]:
    """Every row of a view's generation, its history and its current-state tables alike."""
    found: set[tuple[Any, ...]] = set()
    for table in (VIEW_TABLES[view], *SUMMARY_TABLES[view]):
        columns = [c for c in table.c if c.name != "generation"]
        query = select(*columns).where(table.c.generation == generation)
        found |= {(table.name, *row) for row in connection.execute(query)}
    return found


@contextlib.contextmanager
def reading(store: Store) -> Iterator[Connection]:
    with store.views.connect() as connection:
        try:
            yield connection
        except ViewNotBuilt as missing:
            raise ViewsNotBuilt(
                f"the {missing} view has not been built yet: run `tickerlog replay`"
            ) from None


def front_status(store: Store, as_of: str | None = None, place: str | None = None) -> list[front.FrontRow]:
    with reading(store) as connection:
        return front.front(connection, as_of=parse_moment(as_of), place=place)


def front_history(store: Store, place: str) -> list[front.FrontHistoryRow]:
    with reading(store) as connection:
        return front.front_history(connection, place)


def aid_pledges(
    store: Store, as_of: str | None = None, donor: str | None = None, limit: int | None = None
) -> list[aid.PledgeRow]:
    with reading(store) as connection:
        return aid.pledges(connection, as_of=parse_moment(as_of), donor=donor, limit=limit)


def aid_totals(store: Store, as_of: str | None = None, donor: str | None = None) -> list[aid.TotalRow]:
    with reading(store) as connection:
        return aid.totals(connection, as_of=parse_moment(as_of), donor=donor)


def figure_values(
    store: Store,
    as_of: str | None = None,
    kind: str | None = None,
    place: str | None = None,
    limit: int | None = None,
) -> list[figures.FigureRow]:
    with reading(store) as connection:
        return figures.figures(connection, as_of=parse_moment(as_of), kind=kind, place=place, limit=limit)


def figure_history(store: Store, key: str) -> list[figures.RevisionRow]:
    with reading(store) as connection:
        rows = figures.history(connection, key)
    if not rows:
        raise InvalidArgument(f"no figure {key!r}: `tickerlog figures` lists the keys")
    return rows


def figure_changes(store: Store, since: str, until: str | None = None) -> list[figures.ChangeRow]:
    start = parse_moment(since)
    assert start is not None
    with reading(store) as connection:
        return figures.changes(connection, start, parse_moment(until))


def entries_timeline(
    store: Store, as_of: str | None = None, ticker: str | None = None, limit: int | None = None
) -> list[timeline.TimelineRow]:
    with reading(store) as connection:
        return timeline.timeline(connection, as_of=parse_moment(as_of), ticker=ticker, limit=limit)


def view_positions(store: Store) -> dict[str, int]:
    state = projection_state.c
    with store.views.connect() as connection:
        rows = connection.execute(select(state.view, state.position).where(state.live.is_(True)))
        return {view: int(position) for view, position in rows}
