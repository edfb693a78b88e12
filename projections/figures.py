"""The figures view: casualty, troop and interception figures with every revision.

A figure is its kind and subject (weapon and attacker; victims; the force's country), its
place and its period (the night or day the text names, else the entry's date). Each source's
claims about a figure are kept apart: "more than 10,000" from Washington and "11,000" from
Kyiv stand side by side.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, and_, func, select

from domain.extraction.period import period_label
from projections.claims_fold import ClaimsFold, agencies_list
from projections.context import EntryFacts
from projections.current import rebuild_figures, refresh_figures
from projections.logged import LoggedEvent
from projections.query import live_generation, valid
from projections.schema import figure_claims, figure_current

KINDS = ("interception", "casualty", "troops")
_NUMBERS = {
    "interception": ("launched", "intercepted", "lost"),
    "casualty": ("killed", "injured"),
    "troops": ("count",),
}
_COLUMNS = (
    "weapon",
    "attacker",
    "launched",
    "intercepted",
    "lost",
    "victims",
    "killed",
    "injured",
    "qualifier",
    "cumulative",
    "country",
    "count",
)


def subject(claim: dict[str, Any]) -> str:
    kind = claim["kind"]
    if kind == "interception":
        return f"{claim['weapon']}/{claim.get('attacker') or 'unknown'}"
    if kind == "casualty":
        return f"{claim['victims']}{'/total' if claim.get('cumulative') else ''}"
    return str(claim.get("country") or "unknown")


def value_text(claim: dict[str, Any]) -> str:
    """The figure as one line: ``launched=90 intercepted=37 lost=47``."""
    numbers = [f"{n}={claim[n]}" for n in _NUMBERS[claim["kind"]] if claim.get(n) is not None]
    qualifier = claim.get("qualifier")
    return " ".join(numbers) + (f" ({qualifier})" if qualifier and qualifier != "exact" else "")


@lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9/]+", "-", text.lower()).strip("-")


def figure_key(kind: str, subject_text: str, place: str | None, period: str) -> str:
    return "/".join(_slug(part) for part in (kind, subject_text, place or "anywhere", period))


def _strike_place(claims: list[dict[str, Any]]) -> str | None:
    return next((c["place"] for c in claims if c["kind"] == "front" and c["status"] == "strike"), None)


def _shared_period(claims: list[dict[str, Any]]) -> str | None:
    """The night or day another claim of the entry names: what an entry reports together
    (the attack, its drones, its dead) refers to the same night."""
    labels = (period_label(c["evidence"]) for c in claims)
    return next((label for label in labels if label), None)


class FiguresFold(ClaimsFold):
    name = "figures"
    table = figure_claims
    kinds = frozenset(KINDS)

    def __init__(self, generation: int, known: set[str] | None, deferred: bool = False) -> None:
        super().__init__(generation, known, deferred)
        self.last: dict[tuple[str, str], str] = {}
        self.fresh = known is not None

    def row(
        self, claim: dict[str, Any], claims: list[dict[str, Any]], event: LoggedEvent, facts: EntryFacts
    ) -> dict[str, Any]:
        place = claim.get("place") or (_strike_place(claims) if claim["kind"] != "troops" else None)
        day = (facts.published or "undated").split(" ")[0].split("T")[0]
        label = period_label(claim["evidence"]) or _shared_period(claims)
        period = f"{day} {label}" if label else day
        key = figure_key(claim["kind"], subject(claim), place, period)
        source = claim.get("reported_by") or "unattributed"
        value = value_text(claim)
        previous = self._previous(key, source)
        self.last[(key, source)] = value
        return {
            "figure_key": key,
            "kind": claim["kind"],
            "subject": subject(claim),
            "place": place,
            "period": period,
            "source": source,
            "value": value,
            "previous": previous,
            **{c: claim.get(c) for c in _COLUMNS},
        }

    def refresh(self, connection: Connection, opened: list[dict[str, Any]], closing: list[Any]) -> None:
        refresh_figures(connection, self.rows.generation, opened, closing)

    def finish(self, connection: Connection) -> None:
        rebuild_figures(connection, self.rows.generation)

    def _previous(self, key: str, source: str) -> str | None:
        """What this source last said of this figure (read back when not building from zero)."""
        if (key, source) in self.last or self.fresh or self.connection is None:
            return self.last.get((key, source))
        table = figure_claims
        return self.connection.execute(
            select(table.c.value)
            .where(
                table.c.generation == self.rows.generation,
                table.c.figure_key == key,
                table.c.source == source,
            )
            .order_by(table.c.valid_from.desc())
            .limit(1)
        ).scalar()


class FigureRow(BaseModel):
    figure_key: str
    kind: str
    subject: str
    place: str | None
    period: str
    reported_by: str
    value: str
    previous: str | None
    weapon: str | None = None
    attacker: str | None = None
    launched: int | None = None
    intercepted: int | None = None
    lost: int | None = None
    victims: str | None = None
    killed: int | None = None
    injured: int | None = None
    qualifier: str | None = None
    cumulative: bool | None = None
    country: str | None = None
    count: int | None = None
    entry: str
    evidence: str
    agencies: list[str]
    published: str | None
    recorded: str


class RevisionRow(FigureRow):
    ended: str | None
    ended_by: str | None


def _figure_row(row: Any, model: type[FigureRow] = FigureRow, **extra: Any) -> Any:
    return model(
        figure_key=row.figure_key,
        kind=row.kind,
        subject=row.subject,
        place=row.place,
        period=row.period,
        reported_by=row.source,
        value=row.value,
        previous=row.previous,
        **{c: getattr(row, c) for c in _COLUMNS},
        entry=row.entry_id,
        evidence=row.evidence,
        agencies=agencies_list(row.agencies),
        published=row.published,
        recorded=row.recorded_from,
        **extra,
    )


def figures(
    connection: Connection,
    *,
    as_of: str | None = None,
    kind: str | None = None,
    place: str | None = None,
    limit: int | None = None,
) -> list[FigureRow]:
    """Each figure's current value per source (now, or at recorded time ``as_of``); with
    ``limit``, the most recently reported that many."""
    generation = live_generation(connection, "figures")
    if as_of is None:
        return _current(connection, generation, kind, place, limit)
    table = figure_claims
    condition = valid(table, generation, as_of)
    if kind:
        condition = and_(condition, table.c.kind == kind)
    if place:
        condition = and_(condition, table.c.place == _place_name(connection, generation, place))
    rank = func.row_number().over(
        partition_by=(table.c.figure_key, table.c.source),
        order_by=(table.c.published_sort.desc(), table.c.valid_from.desc(), table.c.claim_index),
    )
    ranked = select(table, rank.label("rank")).where(condition).subquery()
    rows = connection.execute(
        select(ranked).where(ranked.c.rank == 1).order_by(ranked.c.figure_key, ranked.c.source)
    )
    return [_figure_row(row) for row in rows]


def _current(
    connection: Connection, generation: int, kind: str | None, place: str | None, limit: int | None
) -> list[FigureRow]:
    table = figure_current
    query = select(table).where(table.c.generation == generation)
    if kind:
        query = query.where(table.c.kind == kind)
    if place:
        query = query.where(table.c.place == _place_name(connection, generation, place))
    if limit is not None:
        latest = query.order_by(table.c.published_sort.desc(), table.c.recorded_from.desc()).limit(limit)
        rows = sorted(connection.execute(latest), key=lambda r: (r.figure_key, r.source))
    else:
        rows = list(connection.execute(query.order_by(table.c.figure_key, table.c.source)))
    return [_figure_row(row) for row in rows]


def _place_name(connection: Connection, generation: int, place: str) -> str:
    """The place as the view spells it, whatever case the user typed."""
    table = figure_current
    query = select(table.c.place).where(
        table.c.generation == generation, func.lower(table.c.place) == place.lower()
    )
    return str(connection.execute(query.limit(1)).scalar() or place)


def history(connection: Connection, key: str) -> list[RevisionRow]:
    """Every revision of a figure, from every source, in log order, however it ended."""
    table = figure_claims
    generation = live_generation(connection, "figures")
    rows = connection.execute(
        select(table)
        .where(table.c.generation == generation, table.c.figure_key == key)
        .order_by(table.c.valid_from, table.c.claim_index)
    )
    return [_figure_row(r, RevisionRow, ended=r.recorded_to, ended_by=r.ended_by) for r in rows]


class ChangeRow(BaseModel):
    figure_key: str
    reported_by: str
    change: str
    previous: str | None
    value: str | None
    when: str
    entry: str
    evidence: str


def changes(connection: Connection, since: str, until: str | None = None) -> list[ChangeRow]:
    """Figures that changed in a window of recorded time: new values, and values withdrawn."""
    table = figure_claims
    generation = live_generation(connection, "figures")
    until = until or "9999"
    opened = select(table).where(
        table.c.generation == generation, table.c.recorded_from >= since, table.c.recorded_from < until
    )
    closed = select(table).where(
        table.c.generation == generation,
        table.c.recorded_to >= since,
        table.c.recorded_to < until,
        table.c.ended_by == "retracted",
    )
    # a row opened and closed within the window is in both results: read it once
    rows = list(
        {tuple(row): row for row in [*connection.execute(opened), *connection.execute(closed)]}.values()
    )
    found = []
    for row in rows:
        if since <= row.recorded_from < until and row.previous != row.value:
            change = "reported" if row.previous is None else "revised"
            found.append(
                ChangeRow(
                    figure_key=row.figure_key,
                    reported_by=row.source,
                    change=change,
                    previous=row.previous,
                    value=row.value,
                    when=row.recorded_from,
                    entry=row.entry_id,
                    evidence=row.evidence,
                )
            )
        if row.ended_by == "retracted" and row.recorded_to and since <= row.recorded_to < until:
            found.append(
                ChangeRow(
                    figure_key=row.figure_key,
                    reported_by=row.source,
                    change="retracted",
                    previous=row.value,
                    value=None,
                    when=row.recorded_to,
                    entry=row.entry_id,
                    evidence=row.evidence,
                )
            )
    return sorted(found, key=lambda c: c.when)
