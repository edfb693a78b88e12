"""The fold that front, aid and figures share: an entry's claims open rows, the next
extraction supersedes them, a retraction ends them; rows stay, marked how they ended."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table

from projections.context import EntryFacts, EntryMemory
from projections.logged import LoggedEvent
from projections.rows import VersionedRows


class ClaimsFold:
    name = ""
    table: Table
    kinds: frozenset[str] = frozenset()

    def __init__(self, generation: int, known: set[str] | None, deferred: bool = False) -> None:
        self.rows = VersionedRows(self.table, generation, known)
        self.connection: Connection | None = None
        self.deferred = deferred  # current-state table built once by ``finish``, not per batch

    def begin(self, connection: Connection) -> None:
        self.connection = connection

    def apply(self, event: LoggedEvent, memory: EntryMemory) -> None:
        if event.type == "EntryRetracted":
            self.rows.close(event.entry_id, event.position, event.recorded, "retracted")
        elif event.type == "ClaimsExtracted":
            self.rows.close(event.entry_id, event.position, event.recorded, "superseded")
            facts = memory[event.entry_id]
            if facts.retracted:
                return
            claims = event.payload["claims"]
            for index, claim in enumerate(claims):
                if claim["kind"] in self.kinds:
                    row = self.row(claim, claims, event, facts)
                    row.update(common(index, claim, event, facts))
                    self.rows.open(event.entry_id, row)

    def row(
        self, claim: dict[str, Any], claims: list[dict[str, Any]], event: LoggedEvent, facts: EntryFacts
    ) -> dict[str, Any]:
        raise NotImplementedError

    def flush(self, connection: Connection) -> None:
        self.take()(connection)

    def take(self) -> Callable[[Connection], None]:
        """This batch's writes, to be applied later in one transaction with the position."""
        writes = self.rows.take()
        if self.deferred:
            return writes.apply

        def write_and_refresh(connection: Connection) -> None:
            closing = writes.rows_closing(connection)
            writes.apply(connection)
            self.refresh(connection, writes.opened, closing)

        return write_and_refresh

    def refresh(self, connection: Connection, opened: list[dict[str, Any]], closing: list[Any]) -> None:
        """Bring the view's current-state table up to date with the rows just written."""

    def finish(self, connection: Connection) -> None:
        """Build the view's current-state table from its history in one pass."""


def common(index: int, claim: dict[str, Any], event: LoggedEvent, facts: EntryFacts) -> dict[str, Any]:
    """What every claim row holds besides its own figures: where it came from, and when."""
    return {
        "claim_index": index,
        "ticker": facts.ticker,
        "published": facts.published,
        "published_sort": facts.published_sort,
        "agencies": facts.agencies,
        "evidence": claim["evidence"],
        "span_start": claim["span"][0],
        "span_end": claim["span"][1],
        "reported_by": claim.get("reported_by"),
        "valid_from": event.position,
        "recorded_from": event.recorded,
    }


def agencies_list(text: str | None) -> list[str]:
    return list(json.loads(text)) if text else []
