"""The tickerlog application: eventsourcing's Application with our mapper and batch writes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.persistence import IntegrityError, Notification
from eventsourcing.utils import Environment, EnvType

from domain.entry import TickerEntry
from domain.errors import VersionConflict
from infra.entry_store import load_entries
from infra.mapper import PydanticMapper


class TickerlogApplication(Application[UUID]):
    """Stores ticker entries as events; reads them back one by one or in batches."""

    name = "tickerlog"

    def construct_env(self, name: str, env: EnvType | None = None) -> Environment:
        """Only the settings given: the process environment must not steer the store.

        The environment has no name, so eventsourcing calls the table ``stored_events`` on
        PostgreSQL as it does on SQLite.
        """
        return Environment("", dict(env or {}))

    def construct_mapper(self) -> PydanticMapper:
        return PydanticMapper(compressor=self.factory.compressor(), cipher=self.factory.cipher())

    def load_entries(self, ids: Sequence[UUID]) -> dict[UUID, TickerEntry]:
        """The stored entries among ``ids``, as they stand now."""
        return load_entries(self.recorder, self.mapper, list(dict.fromkeys(ids)))

    def save_entries(self, entries: Sequence[TickerEntry]) -> int:
        """Store the pending events of all ``entries`` in one transaction; return how many.

        A concurrent writer that stored events for one of them first makes this fail with
        ``VersionConflict`` and store nothing.
        """
        pending = sum(len(entry.pending_events) for entry in entries)
        if pending:
            try:
                self.save(*entries)
            except IntegrityError:
                raise VersionConflict("another writer stored one of these entries first") from None
        return pending

    def notifications(self, start: int = 1, page: int = 1000) -> Iterator[Notification]:
        """Every stored event in log order, from position ``start``."""
        while True:
            batch = self.recorder.select_notifications(start=start, limit=page)
            yield from batch
            if len(batch) < page:
                return
            start = batch[-1].id + 1

    def decode(self, notification: Notification) -> Any:
        """The domain event a stored notification holds."""
        return self.mapper.to_domain_event(notification)
