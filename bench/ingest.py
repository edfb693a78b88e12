"""Ingest throughput: a generated ticker of N entries into a fresh store, per backend.

``python -m bench.ingest --entries 10000`` prints entries/s and events/s for the whole path
(read, parse, extract, append); ``--backend`` picks one backend.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.generate import as_text, entries
from bench.stores import DEFAULT_POSTGRES, fresh
from infra.bootstrap import open_store
from infra.ingest import ingest_paths


def measure(backend: str, entry_count: int, server: str = DEFAULT_POSTGRES) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ticker.txt"
        path.write_text(as_text(list(entries(entry_count))), encoding="utf-8")
        with fresh(backend, server) as location, open_store(location) as store:
            started = time.perf_counter()
            report = ingest_paths(store.app, [path])
            seconds = time.perf_counter() - started
    return {
        "entries": report.updates,
        "events": report.events,
        "seconds": seconds,
        "entries_per_s": report.updates / seconds,
        "events_per_s": report.events / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="server to create a database on")
    args = parser.parse_args()
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    for backend in backends:
        result = measure(backend, args.entries, args.postgres)
        print(
            f"{backend:<9} {result['entries']:>7} entries {result['events']:>7} events "
            f"{result['seconds']:6.2f} s  {result['entries_per_s']:8.0f} entries/s "
            f"{result['events_per_s']:8.0f} events/s"
        )


if __name__ == "__main__":
    main()
