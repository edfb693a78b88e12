"""Stored event states at older class versions, brought up to date by the class's upcasters."""

from __future__ import annotations

from functools import cache
from typing import Any, cast

from eventsourcing.utils import resolve_topic
from pydantic_core import from_json

from domain.base import DomainEvent


def upcast(cls: type[Any], state: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored state up to the class's current version, one step at a time."""
    current = getattr(cls, "class_version", 1)
    stored = state.pop("class_version", 1)
    while stored < current:
        getattr(cls, f"upcast_v{stored}_v{stored + 1}")(state)
        stored += 1
    return state


@cache
def _event_class(topic: str) -> tuple[type[DomainEvent], int]:
    cls = cast(type[DomainEvent], resolve_topic(topic))
    return cls, getattr(cls, "class_version", 1)


def decode_state(topic: str, data: bytes) -> tuple[type[DomainEvent], dict[str, Any]]:
    """The event class a topic names and the stored state, upcast to that class's version."""
    cls, version = _event_class(topic)
    state = from_json(data)
    if version == 1 and "class_version" not in state:
        return cls, state
    return cls, upcast(cls, state)
