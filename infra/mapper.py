"""Pydantic events to stored rows and back, with eventsourcing's upcasting kept intact."""

from __future__ import annotations

from typing import Any, cast
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol
from eventsourcing.persistence import JSONTranscoder, Mapper, StoredEvent
from eventsourcing.utils import get_topic
from pydantic import BaseModel
from pydantic_core import to_json

from domain.base import DomainEvent
from domain.versioning import decode_state

_ADDRESS_FIELDS = {"originator_id", "originator_version"}


def encode_state(event: BaseModel) -> bytes:
    """The JSON bytes stored for an event: its fields, less the address, plus its version."""
    state = event.model_dump(mode="json", exclude=_ADDRESS_FIELDS)
    class_version = getattr(type(event), "class_version", 1)
    if class_version > 1:
        state["class_version"] = class_version
    return to_json(state)


class PydanticMapper(Mapper[UUID]):
    """eventsourcing's mapper for pydantic events, keeping its compressor and cipher hooks."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transcoder", JSONTranscoder())
        super().__init__(**kwargs)

    def to_stored_event(self, domain_event: DomainEventProtocol[UUID]) -> StoredEvent:
        event = cast(DomainEvent, domain_event)
        data = encode_state(event)
        if self.compressor:
            data = self.compressor.compress(data)
        if self.cipher:
            data = self.cipher.encrypt(data)
        return StoredEvent(
            originator_id=event.originator_id,
            originator_version=event.originator_version,
            topic=get_topic(type(event)),
            state=data,
        )

    def to_domain_event(self, stored_event: StoredEvent) -> DomainEventProtocol[UUID]:
        data = stored_event.state
        if self.cipher:
            data = self.cipher.decrypt(data)
        if self.compressor:
            data = self.compressor.decompress(data)
        cls, state = decode_state(stored_event.topic, data)
        state["originator_id"] = stored_event.originator_id
        state["originator_version"] = stored_event.originator_version
        return cast(DomainEventProtocol[UUID], cls.model_validate(state))
