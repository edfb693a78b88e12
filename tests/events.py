"""An event class for tests of versioning: it has had three shapes."""

from __future__ import annotations

from eventsourcing.utils import register_topic

from domain.base import DomainEvent


class NoteTaken(DomainEvent):
    TOPIC = "tests:NoteTaken"
    class_version = 3
    text: str
    language: str
    author: str | None

    @staticmethod
    def upcast_v1_v2(state: dict[str, object]) -> None:
        state["language"] = "de"

    @staticmethod
    def upcast_v2_v3(state: dict[str, object]) -> None:
        state["author"] = None


register_topic(NoteTaken.TOPIC, NoteTaken)
