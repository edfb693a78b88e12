"""Stored events as the projections read them: position, entry, type, recorded time, payload."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from domain.versioning import decode_state


@dataclass(frozen=True, slots=True)
class LoggedEvent:
    position: int
    entry_id: str
    version: int
    type: str
    recorded: str
    payload: dict[str, Any]


_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def recorded_text(moment: str | datetime) -> str:
    """A recorded time as fixed-width UTC text, so that text order is time order."""
    if isinstance(moment, str) and _CANONICAL.fullmatch(moment):
        return moment
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def decode(position: int, entry_id: str, version: int, topic: str, state: bytes) -> LoggedEvent:
    cls, payload = decode_state(topic, state)
    return LoggedEvent(
        position, entry_id, version, cls.__name__, recorded_text(payload["timestamp"]), payload
    )
