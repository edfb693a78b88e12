"""Shared pieces of the view queries: the live generation and validity at a moment."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Table, and_, or_, select

from projections.schema import projection_state


class ViewNotBuilt(Exception):
    """Raised when a view has no live generation yet (the log has never been projected)."""


def live_generation(connection: Connection, view: str) -> int:
    state = projection_state.c
    found = connection.execute(
        select(state.generation).where(state.view == view, state.live.is_(True))
    ).scalar()
    if found is None:
        raise ViewNotBuilt(view)
    return int(found)


def valid(table: Table, generation: int, as_of: str | None) -> ColumnElement[bool]:
    """Rows of the generation that hold now, or at the recorded time ``as_of``."""
    columns = table.c
    if as_of is None:
        return and_(columns.generation == generation, columns.valid_to.is_(None))
    return and_(
        columns.generation == generation,
        columns.recorded_from <= as_of,
        or_(columns.recorded_to.is_(None), columns.recorded_to > as_of),
    )
