"""One function per CLI command: open what it needs, call the Python API, render the result."""

from __future__ import annotations

import argparse
import json
import sys

from infra import schema
from infra.bootstrap import open_store
from infra.editing import retract_entry
from infra.extract import claim_summary, extract_files
from infra.ingest import ingest_paths
from infra.output import render
from infra.queries import event_log, list_entries, store_info
from infra.settings import resolve_location
from infra.views import project


def db_upgrade(args: argparse.Namespace) -> str:
    location = resolve_location(args.database)
    revision = schema.upgrade(location, args.revision)
    return f"{location.display} is at schema {revision}"


def db_downgrade(args: argparse.Namespace) -> str:
    location = resolve_location(args.database)
    revision = schema.downgrade(location, args.revision)
    return f"{location.display} is at schema {revision or 'base (empty)'}"


def db_current(args: argparse.Namespace) -> str:
    location = resolve_location(args.database)
    return schema.current_revision(location) or "base (empty)"


def ingest(args: argparse.Namespace) -> str:
    with open_store(resolve_location(args.database)) as store:
        report = ingest_paths(store.app, args.files, args.ticker, args.batch_size)
        if not args.no_project:
            project(store)
    return render([report.as_dict()], args.format)


def retract(args: argparse.Namespace) -> str:
    with open_store(resolve_location(args.database)) as store:
        retract_entry(store.app, args.entry, args.reason)
        if not args.no_project:
            project(store)  # as after ingest, the views are current when the command returns
    return f"retracted {args.entry}"


def entries(args: argparse.Namespace) -> str:
    with open_store(resolve_location(args.database)) as store:
        return render(list_entries(store, args.ticker), args.format)


def log(args: argparse.Namespace) -> str:
    with open_store(resolve_location(args.database)) as store:
        return render(event_log(store, args.entry), args.format)


def info(args: argparse.Namespace) -> str:
    location = resolve_location(args.database)
    if schema.current_revision(location) != schema.head_revision():
        return render([store_info(location, None)], args.format)
    with open_store(location) as store:
        return render([store_info(location, store)], args.format)


def extract(args: argparse.Namespace) -> str:
    rows = extract_files(args.files, args.ticker)
    if args.format == "jsonl":
        sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
        return ""
    if args.format == "table":
        return render([claim_summary(row) for row in rows], "table")
    return render(rows, args.format)
