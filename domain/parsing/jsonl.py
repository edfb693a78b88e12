"""JSON Lines input: one ticker update per line, validated field by field."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from domain.claims import Claim
from domain.errors import InputError
from domain.parsing.identity import SourceIds
from domain.parsing.language import detect_language
from domain.reported_time import ReportedTime
from domain.updates import SourceRef, TickerUpdate


class JsonlUpdate(BaseModel):
    """The shape of one JSON Lines record; unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    ticker: str = Field(min_length=1)
    source_id: str | None = Field(default=None, min_length=1)
    published: ReportedTime | None = None
    headline: str | None = None
    body: str = Field(min_length=1)
    agencies: tuple[str, ...] = ()
    language: Literal["de", "en"] | None = None
    claims: tuple[Claim, ...] | None = None
    retracted: bool = False
    reason: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _read_time(cls, value: Any) -> Any:
        return ReportedTime.parse(value) if isinstance(value, str) else value

    @field_validator("agencies")
    @classmethod
    def _lower_agencies(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(agency.strip().lower() for agency in value)


def describe(error: ValidationError) -> str:
    """``field: reason`` for the first problem pydantic found."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "record"
    return f"{field}: {first['msg']}"


def read_record(line: str, source: str, number: int) -> JsonlUpdate:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(source, number, f"not JSON: {error.msg}") from None
    if not isinstance(data, dict):
        raise InputError(source, number, "record: expected a JSON object")
    try:
        return JsonlUpdate.model_validate(data)
    except ValidationError as error:
        raise InputError(source, number, describe(error)) from None


def parse_jsonl(text: str, source: str) -> list[TickerUpdate]:
    """Every update of a JSON Lines file; the first bad line raises ``InputError``."""
    ids: dict[str, SourceIds] = {}
    updates = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            record = read_record(line, source, number)
            derived = ids.setdefault(record.ticker, SourceIds())
            updates.append(to_update(record, derived, SourceRef(file=source, line=number)))
    if not updates:
        raise InputError(source, None, "no ticker update found (is the file empty?)")
    return updates


def to_update(record: JsonlUpdate, ids: SourceIds, where: SourceRef) -> TickerUpdate:
    clock = None
    if record.published is not None and record.published.hour is not None:
        clock = f"{record.published.hour:02d}:{record.published.minute or 0:02d}"
    return TickerUpdate(
        ticker=record.ticker,
        source_id=record.source_id or ids.next(clock, record.headline),
        published=record.published,
        headline=record.headline,
        body=record.body,
        agencies=record.agencies,
        language=record.language or detect_language(f"{record.headline or ''} {record.body}"),
        claims=record.claims,
        retracted=record.retracted,
        retraction_reason=record.reason,
        source=where,
    )
