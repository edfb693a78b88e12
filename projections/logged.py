"""Stored events as the projections read them: position, entry, type, recorded time, payload."""

from __future__ import annotations

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


def _looks_canonical(moment: str) -> bool:
    """The shape the event mapper writes (``2026-11-25T14:38:54.123456Z``), checked by its
    separators (every third character from the fifth): it is read for every event of a
    rebuild, where the full pattern cost more."""
    return len(moment) == 27 and moment[4:20:3] == "--T::." and moment[26] == "Z"


def recorded_text(moment: str | datetime) -> str:
    """A recorded time as fixed-width UTC text, so that text order is time order."""
    if isinstance(moment, str) and _looks_canonical(moment):
        return moment
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def decode(position: int, entry_id: str, version: int, topic: str, state: bytes) -> LoggedEvent:
    cls, payload = decode_state(topic, state)
    return LoggedEvent(
        position, entry_id, version, cls.__name__, recorded_text(payload["timestamp"]), payload
    )
