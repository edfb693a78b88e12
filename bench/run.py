"""``python -m bench``: tickerlog against its ceilings, on SQLite and PostgreSQL, in one run.

For each backend and log size it measures ingest (whole path, and the append share against
raw driver inserts), rebuild of all views against reading and decoding the same rows,
the latency of every query, the live lag of a follower (PostgreSQL), and peak memory.
It prints a table and writes it as markdown (``--out``), with the machine's description.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from bench import ceilings, queries
from bench.generate import as_jsonl, entries
from bench.stores import DEFAULT_POSTGRES, fresh
from infra import views
from infra.bootstrap import open_store
from infra.ingest import BATCH_SIZE, ingest_paths

EVENTS_PER_ENTRY = 2.2  # EntryPublished + ClaimsExtracted, and some corrections and retractions


@dataclass
class Row:
    backend: str
    size: str
    metric: str
    value: float
    unit: str
    ceiling: float | None = None
    target: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.ceiling if self.ceiling else None


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def size_label(events: int) -> str:
    return f"{events // 1_000_000}M" if events >= 1_000_000 else f"{events // 1000}k"


def measure(backend: str, events: int, server: str, repeat: int, lag: bool) -> list[Row]:
    label = size_label(events)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder, fresh(backend, server) as location:
        path = Path(folder) / "log.jsonl"
        path.write_text(as_jsonl(list(entries(round(events / EVENTS_PER_ENTRY)))), encoding="utf-8")
        with open_store(location) as store:
            started = time.perf_counter()
            report = ingest_paths(store.app, [path])
            views.project(store)
            seconds = time.perf_counter() - started
            raw = ceilings.raw_inserts(store.views, location, round(BATCH_SIZE * EVENTS_PER_ENTRY))
            rows += [
                Row(backend, label, "ingest, whole path", report.updates / seconds, "entries/s"),
                Row(backend, label, "ingest, whole path", report.events / seconds, "events/s"),
                Row(
                    backend,
                    label,
                    "ingest, appends vs executemany",
                    report.events / report.append_seconds,
                    "events/s",
                    raw["executemany"],
                    "≥ 0.3",
                ),
            ]
            if "copy" in raw:
                rows.append(
                    Row(
                        backend,
                        label,
                        "ingest, appends vs COPY",
                        report.events / report.append_seconds,
                        "events/s",
                        raw["copy"],
                    )
                )
            rows += rebuild_rows(store, location, backend, label)
            for name, (p50, p99) in queries.query_latencies(store, repeat).items():
                rows.append(Row(backend, label, f"query {name} p50", p50, "ms"))
                rows.append(Row(backend, label, f"query {name} p99", p99, "ms", target="≤ 5 ms at 1M"))
            if lag and backend == "postgres":
                p50, p99 = queries.live_lag(
                    store, location.sqlalchemy_url.replace("+psycopg", ""), Path(folder)
                )
                rows += [
                    Row(backend, label, "live lag p50", p50, "ms", target="≤ 50 ms"),
                    Row(backend, label, "live lag p99", p99, "ms"),
                ]
    rows.append(Row(backend, label, "peak memory so far", peak_mb(), "MB"))
    return rows


def rebuild_rows(store: object, location: object, backend: str, label: str) -> list[Row]:
    started = time.perf_counter()
    reports = views.replay(store)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    advanced = reports[0].events
    ceiling = ceilings.read_and_decode(store.views, location)  # type: ignore[attr-defined]
    return [Row(backend, label, "rebuild all views", advanced / seconds, "events/s", ceiling, "≥ 0.5")]


def machine() -> str:
    memory = next(
        (
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "?",
    )
    return (
        f"{platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{__import__('os').cpu_count()} cores, {int(memory) // 1024 // 1024} GiB, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def postgres_version(server: str) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(server.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar())
    except Exception as error:
        return f"not reachable ({type(error).__name__})"
    finally:
        engine.dispose()


def render(rows: list[Row]) -> str:
    lines = [
        "| backend | log | metric | value | ceiling | ratio | target |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for r in rows:
        ceiling = f"{r.ceiling:,.0f}" if r.ceiling else ""
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else ""
        value = f"{r.value:,.1f} {r.unit}" if r.unit == "ms" else f"{r.value:,.0f} {r.unit}"
        lines.append(f"| {r.backend} | {r.size} | {r.metric} | {value} | {ceiling} | {ratio} | {r.target} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k events only, fewer repeats (< 2 min)")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="log sizes in events")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="server to create databases on")
    parser.add_argument("--out", type=Path, help="write the table as markdown here")
    args = parser.parse_args()
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    rows: list[Row] = []
    for backend in backends:
        for size in sizes:
            rows += measure(
                backend, size, args.postgres, repeat=20 if args.quick else 100, lag=size == sizes[0]
            )
            print(
                render([r for r in rows if r.backend == backend and r.size == size_label(size)]), flush=True
            )
    header = (
        f"Machine: {machine()}, PostgreSQL {postgres_version(args.postgres)}.\n"
        f"Run: `python -m bench {'--quick' if args.quick else '--sizes ' + args.sizes}` "
        f"on {time.strftime('%Y-%m-%d')}.\n"
    )
    if args.out:
        args.out.write_text(f"{header}\n{render(rows)}\n", encoding="utf-8")
    print(header)


if __name__ == "__main__":
    main()
