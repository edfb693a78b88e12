"""Handlers of the read-side commands: each calls one function of infra.views and renders."""

from __future__ import annotations

import argparse
import tempfile
from importlib import resources
from pathlib import Path

from infra import schema, views
from infra.bootstrap import open_store
from infra.follow import follow as follow_log
from infra.ingest import ingest_paths
from infra.output import render
from infra.progress import ProgressBar
from infra.settings import parse_database_url, resolve_location

SAMPLE = "ostukraine.txt"


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return open_store(resolve_location(args.database))


def replay(args: argparse.Namespace) -> str:
    with _store(args) as store:
        bar = ProgressBar("replay")
        reports = views.replay(store, args.view, args.until, progress=bar, batch_size=args.batch_size)
        bar.close()
    return render(reports, args.format)


def verify(args: argparse.Namespace) -> str:
    with _store(args) as store:
        reports = views.verify(store, args.view)
    text = render(reports, args.format)
    differing = [r.view for r in reports if r.missing or r.unexpected]
    if differing:
        raise views.InvalidArgument(f"views differ from a rebuild: {', '.join(differing)}\n{text}")
    return text


def front(args: argparse.Namespace) -> str:
    with _store(args) as store:
        if args.history:
            return render(views.front_history(store, args.history), args.format)
        return render(views.front_status(store, args.as_of, args.place), args.format)


def aid(args: argparse.Namespace) -> str:
    with _store(args) as store:
        if args.totals:
            return render(views.aid_totals(store, args.as_of, args.donor), args.format)
        return render(views.aid_pledges(store, args.as_of, args.donor, args.limit), args.format)


def figures(args: argparse.Namespace) -> str:
    with _store(args) as store:
        return render(views.figure_values(store, args.as_of, args.kind, args.place, args.limit), args.format)


def timeline(args: argparse.Namespace) -> str:
    with _store(args) as store:
        return render(views.entries_timeline(store, args.as_of, args.ticker, args.limit), args.format)


def history(args: argparse.Namespace) -> str:
    with _store(args) as store:
        return render(views.figure_history(store, args.figure_key), args.format)


def changes(args: argparse.Namespace) -> str:
    with _store(args) as store:
        return render(views.figure_changes(store, args.since, args.until), args.format)


def follow(args: argparse.Namespace) -> str:
    with _store(args) as store:
        applied = follow_log(store, interval=args.interval, timeout=args.timeout, batch_size=args.batch_size)
    return f"applied {applied} events"


def demo(args: argparse.Namespace) -> str:
    """Ingest the sample ticker into a fresh SQLite store and print every view."""
    sample = Path(str(resources.files("infra.samples") / SAMPLE))
    with tempfile.TemporaryDirectory(prefix="tickerlog-demo-") as folder:
        location = parse_database_url(f"sqlite:///{Path(folder) / 'demo.db'}")
        schema.upgrade(location)
        with open_store(location) as store:
            report = ingest_paths(store.app, [sample])
            views.project(store)
            sections = [
                (f"ingested {sample.name}", [report.as_dict()]),
                ("timeline", views.entries_timeline(store)),
                ("front", views.front_status(store)),
                ("aid: pledges", views.aid_pledges(store)),
                ("aid: totals (new packages only)", views.aid_totals(store)),
                ("figures", views.figure_values(store)),
            ]
            return "\n\n".join(f"== {title} ==\n{render(rows, args.format)}" for title, rows in sections)
