"""Pydantic bases for value objects and for the events of event-sourced aggregates."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict


class Value(BaseModel):
    """An immutable value object: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DomainEvent(BaseModel):
    """A fact that happened: frozen, and stored for ever under its pinned ``TOPIC``.

    ``class_version`` counts the shapes an event has had. A subclass that changes its
    fields raises it and adds a classmethod ``upcast_vN_vM(state)`` that rewrites the stored
    state of version N in place, so that events stored earlier still load.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    TOPIC: ClassVar[str]
    class_version: ClassVar[int] = 1

    originator_id: UUID
    originator_version: int
    timestamp: datetime
