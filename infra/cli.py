"""The ``tickerlog`` command: parses arguments, calls one function, formats what it returns."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from uuid import UUID

from domain.errors import TickerlogError
from infra import commands

Handler = Callable[[argparse.Namespace], str]


def entry_uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an entry id (a UUID): {text!r}") from None


def common_options(formats: Sequence[str], default: str | None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database", metavar="URL",
        help="sqlite:///path/to/store.db or postgresql://user@host/db "
        "(default: $TICKERLOG_DATABASE_URL, else sqlite:///tickerlog.db)",
    )
    if formats:
        common.add_argument("--format", choices=formats, default=default,
                            help=f"output format (default: {default or 'table on a terminal, json otherwise'})")
    return common


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str, handler: Handler, summary: str, example: str,
    formats: Sequence[str] = ("table", "json"), default: str | None = None,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name, help=summary, description=summary, epilog=f"example:\n  {example}",
        parents=[common_options(formats, default)],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tickerlog",
        description="An event-sourced store for news live tickers.",
        epilog="example:\n  tickerlog db upgrade && tickerlog ingest ticker.txt && tickerlog entries",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_db_commands(sub)
    add_write_commands(sub)
    add_read_commands(sub)
    return parser


def add_db_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="create, migrate or inspect the store's schema",
                        description="Create, migrate or inspect the store's schema.")
    actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = add_command(actions, "upgrade", commands.db_upgrade,
                          "create the store or bring it to the current schema",
                          "tickerlog db upgrade --database sqlite:///news.db", formats=())
    upgrade.add_argument("--revision", default="head", help="target revision (default: head)")
    downgrade = add_command(actions, "downgrade", commands.db_downgrade,
                            "step the schema back (base drops every table and event)",
                            "tickerlog db downgrade base", formats=())
    downgrade.add_argument("revision", help="target revision, or base")
    add_command(actions, "current", commands.db_current, "print the store's schema revision",
                "tickerlog db current", formats=())


def add_write_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = add_command(sub, "ingest", commands.ingest,
                         "store ticker files (text or .jsonl) as events; report what changed",
                         "tickerlog ingest ticker.txt more.jsonl --ticker ukraine-live")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--ticker", help="ticker name for text files (default: file name)")
    ingest.add_argument("--batch-size", type=int, default=500, metavar="N",
                        help="entries stored per transaction (default: 500)")
    retract = add_command(sub, "retract", commands.retract, "withdraw a stored entry",
                          "tickerlog retract 3f2b...-9c1e --reason 'wrong town'")
    retract.add_argument("entry", type=entry_uuid, metavar="ENTRY_ID")
    retract.add_argument("--reason", help="why the entry is withdrawn")


def add_read_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    entries = add_command(sub, "entries", commands.entries, "the entries as they stand now",
                          "tickerlog entries --format json", formats=("table", "json", "jsonl", "csv"))
    entries.add_argument("--ticker", help="only this ticker's entries")
    log = add_command(sub, "log", commands.log,
                      "the stored events in log order: position, time, type, entry",
                      "tickerlog log --entry 3f2b...-9c1e", formats=("table", "json", "jsonl", "csv"))
    log.add_argument("--entry", type=entry_uuid, metavar="ID", help="only this entry's events")
    add_command(sub, "info", commands.info,
                "which store, where, schema version, event and entry counts", "tickerlog info")
    extract = add_command(sub, "extract", commands.extract,
                          "print the claims (figures) found in ticker files",
                          "tickerlog extract ticker.txt --format jsonl",
                          formats=("jsonl", "table", "json"), default="jsonl")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--ticker", help="ticker name for text files (default: file name)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a TickerlogError becomes one line on stderr and exit status 1."""
    args = build_parser().parse_args(argv)
    if getattr(args, "format", "unset") is None:
        args.format = "table" if sys.stdout.isatty() else "json"
    try:
        text = args.handler(args)
    except TickerlogError as error:
        print(f"tickerlog: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    if text:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
