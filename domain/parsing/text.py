"""Plain-text live tickers in the seed's layout (German or English) to ticker updates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.errors import InputError
from domain.parsing.blocks import Block, Stamp, split_blocks
from domain.parsing.identity import SourceIds
from domain.parsing.language import detect_language
from domain.reported_time import ReportedTime
from domain.updates import Language, SourceRef, TickerUpdate

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\S+)\s*(?P<rest>.*)$", re.IGNORECASE)


@dataclass
class _Draft:
    """An entry while its blocks are being read."""

    line: int = 0
    stamp: Stamp | None = None
    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    agencies: tuple[str, ...] = ()
    day: str | None = None  # the day a date line above named

    def is_empty(self) -> bool:
        return self.stamp is None and self.headline is None and not self.paragraphs


def read_date_line(lines: list[tuple[int, str]], source: str) -> ReportedTime | None:
    """Take the ``date YYYY-MM[-DD]`` line off the top, leaving what follows it on that line."""
    if not lines:
        return None
    number, first = lines[0]
    match = _DATE_LINE.match(first)
    if match is None:
        return None
    try:
        date = ReportedTime.parse(match["date"])
    except ValueError as error:
        raise InputError(source, number, f"date: {error}") from None
    lines[0] = (number, match["rest"])
    return date


def parse_ticker_text(text: str, source: str, ticker: str) -> list[TickerUpdate]:
    """Every entry of a plain-text ticker, in the order the file gives them.

    An entry is an optional time stamp and headline, then body paragraphs up to the one
    that ends with an agency tag (or up to the next stamp or headline, or the file's end).
    """
    lines = list(enumerate(text.splitlines(), start=1))
    date = read_date_line(lines, source)
    drafts = assemble(split_blocks(lines))
    if not drafts:
        raise InputError(source, None, "no ticker entry found (is the file empty?)")
    ids = SourceIds()
    language = detect_language(text)
    return [to_update(draft, date, ticker, source, ids, language) for draft in drafts]


def assemble(blocks: list[Block]) -> list[_Draft]:
    """Group blocks into entries."""
    drafts: list[_Draft] = []
    draft = _Draft()
    for block in blocks:
        if block.role != "body" and draft.paragraphs:
            drafts.append(draft)
            draft = _Draft(day=draft.day)
        if block.role == "date":
            draft.day = block.text
            continue
        draft.line = draft.line or block.line
        if block.role == "stamp":
            draft.stamp = block.stamp
        elif block.role == "headline":
            draft.headline = f"{draft.headline} {block.text}" if draft.headline else block.text
        else:
            draft.paragraphs.append(block.text)
            if block.agencies:
                draft.agencies = block.agencies
                drafts.append(draft)
                draft = _Draft(day=draft.day)
    if not draft.is_empty():
        drafts.append(draft)
    return drafts


def _of_day(day: str, source: str, line: int) -> ReportedTime:
    try:
        return ReportedTime.parse(day)
    except ValueError as error:  # "31.02.2024": a date the calendar lacks
        raise InputError(source, line, f"date: {error}") from None


def to_update(
    draft: _Draft,
    date: ReportedTime | None,
    ticker: str,
    source: str,
    ids: SourceIds,
    language: Language = "de",
) -> TickerUpdate:
    day = (draft.stamp.date if draft.stamp else None) or draft.day
    published = _of_day(day, source, draft.line) if day else date
    if published is not None and draft.stamp is not None:
        published = published.at(draft.stamp.hour, draft.stamp.minute, draft.stamp.zone)
    body = "\n\n".join(draft.paragraphs)
    clock = f"{draft.stamp.hour:02d}:{draft.stamp.minute:02d}" if draft.stamp else None
    if clock and day:  # a ticker of many days: the same time and headline on two days are two entries
        clock = f"{day}T{clock}"
    return TickerUpdate(
        ticker=ticker,
        source_id=ids.next(clock, draft.headline),
        published=published,
        headline=draft.headline,
        body=body,
        agencies=draft.agencies,
        language=detect_language(f"{draft.headline or ''} {body}", language),
        source=SourceRef(file=source, line=draft.line),
    )
