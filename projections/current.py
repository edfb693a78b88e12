"""Current-state tables kept beside the history: recomputed for each key a batch touched."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, delete, func, or_, select, update

from projections.rows import insert_many
from projections.schema import (
    aid_pledges,
    aid_totals,
    figure_claims,
    figure_current,
    front_claims,
    front_current,
)


def _latest(connection: Connection, table: Table, generation: int, **key: Any) -> Any:
    columns = table.c
    condition = and_(
        columns.generation == generation,
        columns.valid_to.is_(None),
        *(columns[name] == value for name, value in key.items()),
    )
    order = newest_first(table)
    return connection.execute(select(table).where(condition).order_by(*order).limit(1)).first()


def newest_first(table: Table) -> tuple[Any, ...]:
    """Latest reported first (undated last), then latest in the log; within one event the
    first claim."""
    columns = table.c
    return (columns.published_sort.desc(), columns.valid_from.desc(), columns.claim_index)


def _replace(
    connection: Connection, table: Table, generation: int, row: dict[str, Any] | None, **key: Any
) -> None:
    columns = table.c
    connection.execute(
        delete(table).where(
            and_(columns.generation == generation, *(columns[name] == value for name, value in key.items()))
        )
    )
    if row is not None:
        connection.execute(table.insert().values(**row))


def _best_open(rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any]) -> dict[Any, dict[str, Any]]:
    """Per key, the latest of the rows opened in this batch that are still open: latest
    reported, then latest in the log; within one event the first claim."""
    best: dict[Any, dict[str, Any]] = {}
    for row in rows:
        if row["valid_to"] is not None:
            continue
        found = best.get(key(row))
        if found is None or _later(row, found["published_sort"], found["valid_from"]):
            best[key(row)] = row
    return best


def _later(row: dict[str, Any], published_sort: str | None, valid_from: int | None) -> bool:
    mine, theirs = row["published_sort"] or "", published_sort or ""
    return mine > theirs or (mine == theirs and (valid_from is None or row["valid_from"] > valid_from))


def _existing(
    connection: Connection, table: Table, generation: int, column: str, values: set[str]
) -> list[Any]:
    found: list[Any] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        query = select(table).where(table.c.generation == generation, table.c[column].in_(chunk))
        found += connection.execute(query).all()
    return found


def refresh_front(
    connection: Connection, generation: int, opened: list[dict[str, Any]], closing: list[Any]
) -> None:
    """Each touched place's latest open claim, and since when its status has held: the first
    report of that status after the last report of another (from the history, so the
    answer does not depend on how the log was cut into batches)."""
    places = {row["place"] for row in opened if row["valid_to"] is None} | {row.place for row in closing}
    for place in sorted(places):
        latest = _latest(connection, front_claims, generation, place=place)
        row = None
        if latest is not None:
            row = {c.name: getattr(latest, c.name) for c in front_current.c if c.name != "since"}
            open_rows = and_(front_claims.c.generation == generation, front_claims.c.valid_to.is_(None))
            row["since"] = status_since(connection, latest, open_rows)
        _replace(connection, front_current, generation, row, place=place)


def status_since(connection: Connection, latest: Any, rows_held: Any) -> str | None:
    """When a place's status began: the first report of it after the last report of
    another, among the claims ``rows_held`` selects (open now, or valid at a moment).
    Both steps walk the place's claims in reported order from an index and stop early."""
    table = front_claims
    here = and_(rows_held, table.c.place == latest.place)
    last_other = connection.execute(
        select(table.c.published_sort)
        .where(here, table.c.status != latest.status)
        .order_by(table.c.published_sort.desc())
        .limit(1)
    ).scalar()
    first = select(table.c.published).where(here, table.c.status == latest.status)
    if last_other is not None:
        first = first.where(table.c.published_sort > last_other)
    ordered = first.order_by(table.c.published_sort, table.c.valid_from).limit(1)
    found: str | None = connection.execute(ordered).scalar() or latest.published
    return found


def refresh_figures(
    connection: Connection, generation: int, opened: list[dict[str, Any]], closing: list[Any]
) -> None:
    """Each touched figure and source's latest open claim (see ``refresh_front``)."""
    recompute = {(row.figure_key, row.source) for row in closing}
    best = {
        key: row
        for key, row in _best_open(opened, lambda r: (r["figure_key"], r["source"])).items()
        if key not in recompute
    }
    figure_keys = {key for key, _ in best}
    current = {
        (row.figure_key, row.source): row
        for row in _existing(connection, figure_current, generation, "figure_key", figure_keys)
    }
    replaced = [
        {c.name: row.get(c.name) for c in figure_current.c}
        for key, row in best.items()
        if key not in current or _later(row, current[key].published_sort, None)
    ]
    _write(connection, figure_current, generation, replaced, ("figure_key", "source"))
    for figure_key, source in sorted(recompute):
        latest = _latest(connection, figure_claims, generation, figure_key=figure_key, source=source)
        row = None if latest is None else {c.name: getattr(latest, c.name) for c in figure_current.c}
        _replace(connection, figure_current, generation, row, figure_key=figure_key, source=source)


def _write(
    connection: Connection, table: Table, generation: int, rows: list[dict[str, Any]], key: tuple[str, ...]
) -> None:
    """Replace the current rows with these keys, many at once."""
    if not rows:
        return
    condition = and_(table.c.generation == bindparam("g"), *(table.c[k] == bindparam(f"k_{k}") for k in key))
    connection.execute(
        delete(table).where(condition), [{"g": generation, **{f"k_{k}": row[k] for k in key}} for row in rows]
    )
    insert_many(connection, table, rows)


def _counts(row: Any) -> bool:
    get = row.get if isinstance(row, dict) else row._mapping.get
    return (not get("cumulative")) and get("status") != "demanded" and get("amount") is not None


def _total_key(row: Any) -> tuple[str, str, str]:
    get = row.get if isinstance(row, dict) else row._mapping.get
    return (get("donor") or "", get("currency") or "", get("aid_kind") or "")


def refresh_totals(
    connection: Connection, generation: int, opened: list[dict[str, Any]], closing: list[Any]
) -> None:
    """Add the new pledges that stay open, take away the ones this batch ended."""
    deltas: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in opened:
        if row["valid_to"] is None and _counts(row):
            deltas[_total_key(row)][0] += row["amount"]
            deltas[_total_key(row)][1] += 1
    for row in closing:
        if _counts(row):
            deltas[_total_key(row)][0] -= row.amount
            deltas[_total_key(row)][1] -= 1
    columns = aid_totals.c
    for (donor, currency, aid_kind), (amount, pledges) in deltas.items():
        where = and_(
            columns.generation == generation,
            columns.donor == donor,
            columns.currency == currency,
            columns.aid_kind == aid_kind,
        )
        found = connection.execute(select(columns.pledges).where(where)).scalar()
        if found is None:
            connection.execute(
                aid_totals.insert().values(
                    generation=generation,
                    donor=donor,
                    currency=currency,
                    aid_kind=aid_kind,
                    amount=amount,
                    pledges=pledges,
                )
            )
        elif found + pledges <= 0:
            connection.execute(delete(aid_totals).where(where))
        else:
            connection.execute(
                update(aid_totals)
                .where(where)
                .values(amount=columns.amount + amount, pledges=columns.pledges + pledges)
            )


def _latest_open(table: Table, generation: int, partition: tuple[str, ...]) -> Any:
    """Per key, the open row ``_latest`` would pick, for every key at once."""
    columns = table.c
    rank = func.row_number().over(
        partition_by=[columns[name] for name in partition],
        order_by=newest_first(table),
    )
    return (
        select(table, rank.label("rank"))
        .where(columns.generation == generation, columns.valid_to.is_(None))
        .subquery()
    )


def rebuild_figures(connection: Connection, generation: int) -> None:
    """The current-state table of a generation built aside, from its history in one statement."""
    connection.execute(delete(figure_current).where(figure_current.c.generation == generation))
    ranked = _latest_open(figure_claims, generation, ("figure_key", "source"))
    names = [c.name for c in figure_current.c]
    latest = select(*(ranked.c[name] for name in names)).where(ranked.c.rank == 1)
    connection.execute(figure_current.insert().from_select(names, latest))


def rebuild_front(connection: Connection, generation: int) -> None:
    """Each place's latest open claim and since when its status has held (see ``refresh_front``)."""
    connection.execute(delete(front_current).where(front_current.c.generation == generation))
    ranked = _latest_open(front_claims, generation, ("place",))
    open_rows = and_(front_claims.c.generation == generation, front_claims.c.valid_to.is_(None))
    rows = []
    for latest in connection.execute(select(ranked).where(ranked.c.rank == 1)):
        row = {c.name: getattr(latest, c.name) for c in front_current.c if c.name != "since"}
        row["since"] = status_since(connection, latest, open_rows)
        rows.append(row)
    if rows:
        insert_many(connection, front_current, rows)


def counts_toward_totals() -> Any:
    """A pledge that adds to its donor's totals: an amount, not a running total, not a call
    for aid (the SQL form of ``_counts``)."""
    columns = aid_pledges.c
    return and_(
        columns.amount.is_not(None),
        or_(columns.cumulative.is_(None), columns.cumulative.is_(False)),
        or_(columns.status.is_(None), columns.status != "demanded"),
    )


def rebuild_totals(connection: Connection, generation: int) -> None:
    """Totals per donor, currency and aid kind over the open pledges that count."""
    connection.execute(delete(aid_totals).where(aid_totals.c.generation == generation))
    columns = aid_pledges.c
    donor, currency, aid_kind = (func.coalesce(columns[n], "") for n in ("donor", "currency", "aid_kind"))
    counted = select(
        func.min(columns.generation),
        donor,
        currency,
        aid_kind,
        func.sum(columns.amount),
        func.count(),
    ).where(columns.generation == generation, columns.valid_to.is_(None), counts_toward_totals())
    grouped = counted.group_by(donor, currency, aid_kind)
    names = ["generation", "donor", "currency", "aid_kind", "amount", "pledges"]
    connection.execute(aid_totals.insert().from_select(names, grouped))
