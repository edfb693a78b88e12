"""Ingest: read ticker files, turn each update into events, store them in batches."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from domain.errors import InputError, VersionConflict
from domain.extraction import EXTRACTOR_VERSION, extract_claims
from domain.parsing import parse_jsonl, parse_ticker_text
from domain.revisions import apply_update
from domain.updates import TickerUpdate
from infra.application import TickerlogApplication

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
BATCH_SIZE = 500
ATTEMPTS = 8


@dataclass
class IngestReport:
    """What an ingest did: entries per outcome and the events it stored."""

    files: int = 0
    updates: int = 0
    events: int = 0
    retries: int = 0
    append_seconds: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        keys = ("new", "corrected", "retracted", "reextracted", "unchanged")
        counts = {key: self.outcomes.get(key, 0) for key in keys}
        totals = {"events": self.events, "retries": self.retries}
        return {"files": self.files, "updates": self.updates, **counts, **totals}


def read_updates(path: Path, ticker: str | None = None) -> list[TickerUpdate]:
    """The updates in one file: JSON Lines by suffix, plain ticker text otherwise."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark is no part of the first line
    except FileNotFoundError:
        raise InputError(str(path), None, "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), None, "is a directory, not a ticker file") from None
    except UnicodeDecodeError as error:
        raise InputError(str(path), None, f"not UTF-8 text ({error.reason})") from None
    if path.suffix.lower() in JSONL_SUFFIXES:
        return parse_jsonl(text, path.name)
    return parse_ticker_text(text, path.name, ticker or path.stem)


def ingest_paths(
    app: TickerlogApplication,
    paths: Sequence[Path],
    ticker: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Parse every file first (a bad one stores nothing), then store them all."""
    updates = [update for path in paths for update in read_updates(path, ticker)]
    report = ingest_updates(app, updates, batch_size)
    report.files = len(paths)
    return report


def ingest_updates(
    app: TickerlogApplication, updates: Sequence[TickerUpdate], batch_size: int = BATCH_SIZE
) -> IngestReport:
    """Store updates in batches, each batch one transaction, retried on concurrent writes."""
    report = IngestReport(updates=len(updates))
    for batch in chunks(updates, batch_size):
        stored, retries = store_batch_with_retries(app, batch)
        report.outcomes.update(stored.outcomes)
        report.events += stored.events
        report.append_seconds += stored.append_seconds
        report.retries += retries
    return report


def chunks(items: Sequence[TickerUpdate], size: int) -> Iterator[Sequence[TickerUpdate]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class StoredBatch:
    """One stored batch: outcomes per entry, events appended, time spent appending."""

    outcomes: Counter[str]
    events: int
    append_seconds: float


def store_batch_with_retries(
    app: TickerlogApplication, batch: Sequence[TickerUpdate]
) -> tuple[StoredBatch, int]:
    """Store one batch; on a conflict reload the entries and try again (it is idempotent)."""
    for attempt in range(ATTEMPTS):
        try:
            return store_batch(app, batch), attempt
        except VersionConflict:
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    raise VersionConflict(f"gave up after {ATTEMPTS} attempts: other writers kept storing the same entries")


def store_batch(app: TickerlogApplication, batch: Sequence[TickerUpdate]) -> StoredBatch:
    """Load the batch's entries, apply each update, and store every change at once."""
    entries = app.load_entries([update.entry_id for update in batch])
    outcomes: Counter[str] = Counter()
    for update in batch:
        entry, outcome = apply_update(entries.get(update.entry_id), update, extract_claims, EXTRACTOR_VERSION)
        entries[update.entry_id] = entry
        outcomes[outcome] += 1
    started = time.perf_counter()
    events = app.save_entries(list(entries.values()))
    return StoredBatch(outcomes, events, time.perf_counter() - started)
