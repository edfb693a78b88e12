"""What every view's fold may ask about an entry: its ticker, time and tags as of an event."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from projections.logged import LoggedEvent

EntryLoader = Callable[[list[str], int], Iterable[LoggedEvent]]
_TEXT_EVENTS = {"EntryPublished", "EntryCorrected", "EntryRetracted"}
CACHE_LIMIT = 500_000


def published_fields(published: dict[str, Any] | None) -> tuple[str | None, str]:
    """A reported time as text (``2024-11``, ``2024-11-20T14:32``) and as a sortable key
    (empty for an undated entry, so it sorts first and an index orders it the same way
    on SQLite and PostgreSQL, which disagree on where NULL goes)."""
    if not published:
        return None, ""
    date = f"{published['year']:04d}-{published['month']:02d}"
    day = published.get("day")
    date += f"-{day:02d}" if day else ""
    hour, minute = published.get("hour"), published.get("minute")
    if hour is None:
        return date, f"{date}-00T00:00" if not day else f"{date}T00:00"
    clock = f"{hour:02d}:{minute or 0:02d}"
    text = f"{date}T{clock}" if day else f"{date} {clock}"
    return text, f"{date}-00T{clock}" if not day else f"{date}T{clock}"


@lru_cache(maxsize=4096)
def agencies_text(agencies: tuple[str, ...]) -> str:
    """An entry's agency tags as the views store them (a JSON list); tickers reuse a few."""
    return json.dumps(list(agencies))


@dataclass
class EntryFacts:
    ticker: str
    source_id: str
    language: str
    headline: str | None
    published: str | None
    published_sort: str
    agencies: str
    source: str | None
    revision: int = 1
    retracted: bool = False

    def apply(self, event: LoggedEvent) -> None:
        payload = event.payload
        if event.type == "EntryRetracted":
            self.retracted = True
            return
        self.published, self.published_sort = published_fields(payload.get("published"))
        self.headline = payload.get("headline")
        self.agencies = agencies_text(tuple(payload.get("agencies", ())))
        source = payload.get("source")
        self.source = f"{source['file']}:{source['line']}" if source else None
        if event.type == "EntryCorrected":
            self.revision += 1

    @classmethod
    def first(cls, event: LoggedEvent) -> EntryFacts:
        payload = event.payload
        facts = cls(payload["ticker"], payload["source_id"], payload["language"], None, None, "", "[]", None)
        facts.apply(event)
        return facts


@dataclass
class EntryMemory:
    """Facts about entries, fed by the events as they stream; misses are read from the log."""

    loader: EntryLoader
    facts: dict[str, EntryFacts] = field(default_factory=dict)

    def prepare(self, events: list[LoggedEvent]) -> None:
        """Load, as of before the batch, every entry the batch refers to and we do not know."""
        if len(self.facts) > CACHE_LIMIT:
            self.facts.clear()
        published_here = {e.entry_id for e in events if e.type == "EntryPublished"}
        missing = sorted(
            {e.entry_id for e in events if e.entry_id not in self.facts and e.entry_id not in published_here}
        )
        if missing:
            for event in self.loader(missing, events[0].position):
                self.learn(event)

    def learn(self, event: LoggedEvent) -> None:
        if event.type == "EntryPublished":
            self.facts[event.entry_id] = EntryFacts.first(event)
        elif event.type in _TEXT_EVENTS and event.entry_id in self.facts:
            self.facts[event.entry_id].apply(event)

    def __getitem__(self, entry_id: str) -> EntryFacts:
        return self.facts[entry_id]
