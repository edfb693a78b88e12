"""The ``tickerlog`` command: parses arguments, calls one function, formats what it returns."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from uuid import UUID

from domain.errors import TickerlogError
from infra import commands, view_commands

Handler = Callable[[argparse.Namespace], str]


def entry_uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an entry id (a UUID): {text!r}") from None


def common_options(formats: Sequence[str], default: str | None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///path/to/store.db or postgresql://user@host/db "
        "(default: $TICKERLOG_DATABASE_URL, else sqlite:///tickerlog.db)",
    )
    if formats:
        common.add_argument(
            "--format",
            choices=formats,
            default=default,
            help=f"output format (default: {default or 'table on a terminal, json otherwise'})",
        )
    return common


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    summary: str,
    example: str,
    formats: Sequence[str] = ("table", "json"),
    default: str | None = None,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"example:\n  {example}",
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
    add_view_commands(sub)
    return parser


def add_db_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser(
        "db",
        help="create, migrate or inspect the store's schema",
        description="Create, migrate or inspect the store's schema.",
    )
    actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = add_command(
        actions,
        "upgrade",
        commands.db_upgrade,
        "create the store or bring it to the current schema",
        "tickerlog db upgrade --database sqlite:///news.db",
        formats=(),
    )
    upgrade.add_argument("--revision", default="head", help="target revision (default: head)")
    downgrade = add_command(
        actions,
        "downgrade",
        commands.db_downgrade,
        "step the schema back (base drops every table and event)",
        "tickerlog db downgrade base",
        formats=(),
    )
    downgrade.add_argument("revision", help="target revision, or base")
    add_command(
        actions,
        "current",
        commands.db_current,
        "print the store's schema revision",
        "tickerlog db current",
        formats=(),
    )


def add_write_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = add_command(
        sub,
        "ingest",
        commands.ingest,
        "store ticker files (text or .jsonl) as events; report what changed",
        "tickerlog ingest ticker.txt more.jsonl --ticker ukraine-live",
    )
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--ticker", help="ticker name for text files (default: file name)")
    ingest.add_argument(
        "--batch-size",
        type=int,
        default=500,
        metavar="N",
        help="entries stored per transaction (default: 500)",
    )
    ingest.add_argument(
        "--no-project",
        action="store_true",
        help="store the events only; leave the views for `follow` or `replay`",
    )
    retract = add_command(
        sub,
        "retract",
        commands.retract,
        "withdraw a stored entry",
        "tickerlog retract 3f2b...-9c1e --reason 'wrong town'",
    )
    retract.add_argument("entry", type=entry_uuid, metavar="ENTRY_ID")
    retract.add_argument("--reason", help="why the entry is withdrawn")
    retract.add_argument(
        "--no-project",
        action="store_true",
        help="store the retraction only; leave the views for `follow` or `replay`",
    )


def add_read_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    entries = add_command(
        sub,
        "entries",
        commands.entries,
        "the entries as they stand now",
        "tickerlog entries --format json",
        formats=("table", "json", "jsonl", "csv"),
    )
    entries.add_argument("--ticker", help="only this ticker's entries")
    log = add_command(
        sub,
        "log",
        commands.log,
        "the stored events in log order: position, time, type, entry",
        "tickerlog log --entry 3f2b...-9c1e",
        formats=("table", "json", "jsonl", "csv"),
    )
    log.add_argument("--entry", type=entry_uuid, metavar="ID", help="only this entry's events")
    add_command(
        sub,
        "info",
        commands.info,
        "which store, where, schema version, event and entry counts",
        "tickerlog info",
    )
    extract = add_command(
        sub,
        "extract",
        commands.extract,
        "print the claims (figures) found in ticker files",
        "tickerlog extract ticker.txt --format jsonl",
        formats=("jsonl", "table", "json"),
        default="jsonl",
    )
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--ticker", help="ticker name for text files (default: file name)")


AS_OF_HELP = (
    "show the view as it stood at this recorded time (when tickerlog stored the "
    "events, not when they happened or were reported), ISO 8601, UTC unless given"
)
TABLES = ("table", "json", "csv")


def add_view_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    replay = add_command(
        sub,
        "replay",
        view_commands.replay,
        "rebuild views from the log into fresh tables, then swap them in",
        "tickerlog replay --view figures --until 2025-03-04T12:00",
    )
    replay.add_argument("--view", action="append", choices=("timeline", "front", "aid", "figures"))
    replay.add_argument("--until", metavar="POSITION|TIME", help="stop at a log position or recorded time")
    replay.add_argument(
        "--batch-size",
        type=int,
        default=50_000,
        metavar="N",
        help="events applied per transaction (default: 50000)",
    )
    verify = add_command(
        sub,
        "verify",
        view_commands.verify,
        "rebuild every view aside and report any difference from the live views",
        "tickerlog verify",
    )
    verify.add_argument("--view", action="append", choices=("timeline", "front", "aid", "figures"))
    front = add_command(
        sub,
        "front",
        view_commands.front,
        "per place: status, actor, since, source",
        "tickerlog front --place Pokrovsk --as-of 2025-03-04T12:00",
        formats=TABLES,
    )
    front.add_argument("--place")
    front.add_argument("--history", metavar="PLACE", help="every status the place has had")
    aid = add_command(
        sub,
        "aid",
        view_commands.aid,
        "aid pledges per donor, or their totals",
        "tickerlog aid --donor DE --totals",
        formats=TABLES,
    )
    aid.add_argument("--donor")
    aid.add_argument(
        "--totals",
        action="store_true",
        help="sums per donor, currency and aid kind (cumulative figures left out)",
    )
    figures = add_command(
        sub,
        "figures",
        view_commands.figures,
        "casualty, troop and interception figures, one row per figure and source",
        "tickerlog figures --kind interception --place Kyiv",
        formats=TABLES,
    )
    figures.add_argument("--kind", choices=("interception", "casualty", "troops"))
    figures.add_argument("--place")
    timeline = add_command(
        sub,
        "timeline",
        view_commands.timeline,
        "entries as they stand",
        "tickerlog timeline --as-of 2025-03-04T06:00",
        formats=TABLES,
    )
    timeline.add_argument("--ticker")
    for parser in (timeline, aid, figures):
        parser.add_argument("--limit", type=int, metavar="N", help="only the latest N rows")
    for parser in (front, aid, figures, timeline):
        parser.add_argument("--as-of", metavar="TIME", help=AS_OF_HELP)
    history = add_command(
        sub,
        "history",
        view_commands.history,
        "every revision of a figure, with evidence, source, entry and times",
        "tickerlog history interception/drone/ru/kyiv/2024-11",
        formats=TABLES,
    )
    history.add_argument("figure_key", metavar="FIGURE_KEY")
    changes = add_command(
        sub,
        "changes",
        view_commands.changes,
        "which figures changed in a window of recorded time, from what to what, and why",
        "tickerlog changes --since 2025-03-04T00:00 --until 2025-03-05T00:00",
        formats=TABLES,
    )
    changes.add_argument("--since", required=True, metavar="TIME")
    changes.add_argument("--until", metavar="TIME")
    follow = add_command(
        sub,
        "follow",
        view_commands.follow,
        "keep the views current as other processes write (Ctrl-C stops)",
        "tickerlog follow --database postgresql://editor@db/tickerlog",
        formats=(),
    )
    follow.add_argument("--interval", type=float, default=0.2, help="seconds between polls (SQLite)")
    follow.add_argument("--timeout", type=float, help="stop after this many seconds")
    follow.add_argument(
        "--batch-size",
        type=int,
        default=5000,
        metavar="N",
        help="events applied per transaction (default: 5000)",
    )
    add_command(
        sub,
        "demo",
        view_commands.demo,
        "ingest the sample ticker into a fresh SQLite store and print every view",
        "tickerlog demo",
        formats=TABLES,
        default="table",
    )


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
