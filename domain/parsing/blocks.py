"""Ticker text cut into blocks (runs of non-blank lines), each read as stamp, headline or body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from domain.parsing.agencies import split_agency_tag

Role = Literal["date", "stamp", "headline", "body"]
ZONES = r"Uhr|GMT|UTC|BST|MEZ|MESZ|CET|CEST|EET|EEST|Ortszeit|local time|Kyiv time"
_CLOCK = (
    rf"(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.))?"
    rf"(?:\s*(?P<zone>{ZONES}))?"
)
_WEEKDAY = (
    r"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Heute|Today|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "jänner", "january", "jan"),
            ("februar", "february", "feb"),
            ("märz", "march", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "13.11.2024", "13. November 2024", "13 November 2024", "November 13, 2024", "2024-11-13"
_DATE = (
    r"(?:(?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<yy>\d{4})"
    rf"|(?P<day>\d{{1,2}})\.?\s+(?P<month>{_MONTH_NAME})\.?\s+(?P<year>\d{{4}})"
    rf"|(?P<month_first>{_MONTH_NAME})\.?\s+(?P<day_after>\d{{1,2}}),?\s+(?P<year_after>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
_DATE_ONLY = re.compile(rf"^(?:\+{{3}}\s*)?{_WEEKDAY}{_DATE}(?:\s*\+{{3}})?$", re.IGNORECASE)
_DATED = rf"(?:{_WEEKDAY}{_DATE}\s*(?:,|–|-|\|)?\s*(?:um\s+|at\s+)?)?"
_UPDATE = rf"{_WEEKDAY}(?:(?:Update|Updated|Aktualisierung|Aktualisiert|Neu)\s*(?:um\s+|at\s+)?)?{_DATED}"
_EMPHASIS = re.compile(r"^(?:#{1,6}\s+|\*\*|__)(?P<text>.*?)(?:\*\*|__)?$")
_STAMP_ONLY = re.compile(rf"^(?:\+{{3}}\s*)?{_UPDATE}\[?{_CLOCK}\]?(?:\s*\+{{3}})?$", re.IGNORECASE)
_STAMP_BANNER = re.compile(rf"^\+{{3}}\s*{_CLOCK}\s*[-–:|]?\s*(?P<rest>.*?)\s*\+{{3}}$", re.I)
_STAMP_TRAILING = re.compile(rf"^(?P<rest>.*\S)\s*\({_CLOCK}\)$", re.IGNORECASE)
_STAMP_LEADING = re.compile(
    rf"^{_UPDATE}(?P<open>\[)?{_CLOCK}(?(open)\]|\s*[-–:|])\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# "06:45 Ukraine's air force said ...": a colon clock and a capital, with no mark between them
_STAMP_INLINE = re.compile(
    rf"^{_UPDATE}(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.))?"
    rf"(?:\s*(?P<zone>{ZONES}))?\s+(?P<rest>[A-ZÄÖÜ\"„“].*)$"
)
_FINISHED = re.compile(r"[.;:…]\s*[\"“”»’)]*\s*$")
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 25


@dataclass(frozen=True)
class Stamp:
    hour: int
    minute: int
    zone: str | None
    date: str | None = None  # "2024-11-13" where the stamp names its day


@dataclass(frozen=True)
class Block:
    """One piece of an entry: a time stamp, a headline or a body paragraph, with its line."""

    role: Role
    text: str
    line: int
    stamp: Stamp | None = None
    agencies: tuple[str, ...] = ()


def date_of(match: re.Match[str]) -> str | None:
    """The ISO day a matched date names (``13. November 2024`` is ``2024-11-13``)."""
    groups = match.groupdict()
    if groups.get("iso"):
        return str(groups["iso"])
    if groups.get("dd"):
        day, month, year = int(groups["dd"]), int(groups["mm"]), int(groups["yy"])
    elif groups.get("day"):
        day, month, year = int(groups["day"]), _MONTHS[groups["month"].lower()], int(groups["year"])
    elif groups.get("month_first"):
        day, month, year = (
            int(groups["day_after"]),
            _MONTHS[groups["month_first"].lower()],
            int(groups["year_after"]),
        )
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _stamp(match: re.Match[str]) -> Stamp:
    zone = match["zone"]
    local = zone is None or zone.lower() in {"uhr", "ortszeit", "local time", "kyiv time"}
    hour = int(match["hour"]) % 24
    half = (match["half"] or "").lower().replace(".", "")
    if half:  # "10.15am", "9:40 p.m.": a twelve-hour clock
        hour = hour % 12 + (12 if half == "pm" else 0)
    return Stamp(hour, int(match["minute"]), None if local else zone.upper(), date_of(match))


def looks_like_headline(line: str) -> bool:
    """Short, one line, and not a finished sentence: how tickers set their headlines."""
    words = line.split()
    return (
        0 < len(words) <= HEADLINE_MAX_WORDS
        and len(line) <= HEADLINE_MAX_CHARS
        and not _FINISHED.search(line)
    )


def read_first_line(line: str, number: int) -> list[Block]:
    """A block's first line: perhaps a stamp, a banner, or a headline with its time."""
    stripped = line.strip()
    if match := _DATE_ONLY.match(stripped):  # "Mittwoch, 13. November 2024": the day the entries below are of
        return [Block("date", date_of(match) or "", number)]
    if match := _STAMP_ONLY.match(stripped):
        return [Block("stamp", "", number, _stamp(match))]
    for pattern in (_STAMP_BANNER, _STAMP_TRAILING, _STAMP_LEADING, _STAMP_INLINE):
        match = pattern.match(stripped)
        if match is None:
            continue
        stamp = Block("stamp", "", number, _stamp(match))
        rest = match["rest"].strip()
        if pattern in (_STAMP_LEADING, _STAMP_INLINE) and not _is_headline(rest):
            # "Update 06:40: Russian forces struck Kharkiv ..., the mayor said. (Reuters)"
            body, agencies = split_agency_tag(rest)
            return [stamp, Block("body", body, number, agencies=agencies)]
        return [stamp, Block("headline", rest, number)] if rest else [stamp]
    return []


def _plain(headline: str) -> str:
    """``**Angriff auf Charkiw**``, ``## Angriff auf Charkiw``: a headline without its markup."""
    match = _EMPHASIS.match(headline.strip())
    return match["text"].strip() if match else headline.strip()


def _is_headline(text: str) -> bool:
    return looks_like_headline(text) and split_agency_tag(text)[1] == ()


def read_block(lines: list[tuple[int, str]]) -> list[Block]:
    """The roles of one run of non-blank lines (line numbers are 1-based)."""
    first_number, first = lines[0]
    blocks = read_first_line(first, first_number)
    rest = lines[1:] if blocks else lines
    if not blocks and len(lines) > 1 and looks_like_headline(first):
        blocks, rest = [Block("headline", _plain(first), first_number)], lines[1:]
    elif [b.role for b in blocks] == ["stamp"] and len(rest) > 1 and looks_like_headline(rest[0][1].strip()):
        # "14:32" / "Russland greift Kiew an" / "Russland hat ...": a stamp, its headline, the body
        blocks, rest = [*blocks, Block("headline", _plain(rest[0][1]), rest[0][0])], rest[1:]
    if not rest:
        return blocks
    text = "\n".join(line.strip() for _, line in rest)
    if len(rest) == 1 and looks_like_headline(text) and split_agency_tag(text)[1] == ():
        return [*blocks, Block("headline", _plain(text), rest[0][0])]
    body, agencies = split_agency_tag(text)
    return [*blocks, Block("body", body, rest[0][0], agencies=agencies)]


def split_blocks(lines: list[tuple[int, str]]) -> list[Block]:
    """Every block of a ticker's lines, in order."""
    blocks: list[Block] = []
    run: list[tuple[int, str]] = []
    for number, line in [*lines, (0, "")]:
        if line.strip():
            run.append((number, line))
        elif run:
            blocks.extend(read_block(run))
            run = []
    return blocks
