"""Pydantic events to stored rows and back, including events stored at older versions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent
from pydantic_core import from_json

from domain.entry import TickerEntry
from domain.updates import TickerUpdate
from infra.mapper import PydanticMapper
from tests.events import NoteTaken


def test_an_entry_event_survives_the_round_trip() -> None:
    mapper = PydanticMapper()
    entry = TickerEntry.publish(TickerUpdate(ticker="t", source_id="s", body="Text.", agencies=("dpa",)))
    [event] = entry.collect_events()
    stored = mapper.to_stored_event(event)
    assert stored.topic == "tickerlog:EntryPublished"
    assert mapper.to_domain_event(stored) == event


def test_the_current_version_is_written_into_the_stored_state() -> None:
    note = NoteTaken(
        originator_id=uuid4(),
        originator_version=1,
        timestamp=datetime.now(UTC),
        text="x",
        language="en",
        author="ed",
    )
    stored = PydanticMapper().to_stored_event(note)
    assert from_json(stored.state)["class_version"] == 3


def test_an_event_stored_at_version_one_is_upcast_step_by_step() -> None:
    state = {"timestamp": "2025-01-01T00:00:00+00:00", "text": "alt"}
    stored = StoredEvent(uuid4(), 1, NoteTaken.TOPIC, json.dumps(state).encode())
    note = PydanticMapper().to_domain_event(stored)
    assert (note.text, note.language, note.author) == ("alt", "de", None)


def test_an_event_at_version_two_gets_only_the_later_steps() -> None:
    state = {"timestamp": "2025-01-01T00:00:00+00:00", "text": "x", "language": "en", "class_version": 2}
    stored = StoredEvent(uuid4(), 1, NoteTaken.TOPIC, json.dumps(state).encode())
    assert PydanticMapper().to_domain_event(stored).language == "en"


def test_a_stored_state_that_no_longer_validates_is_an_error() -> None:
    stored = StoredEvent(uuid4(), 1, NoteTaken.TOPIC, b'{"timestamp": "nope", "class_version": 3}')
    with pytest.raises(ValueError, match="timestamp"):
        PydanticMapper().to_domain_event(stored)
