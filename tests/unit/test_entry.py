"""The ticker entry aggregate and the ingest rules that drive it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from domain.claims import FrontClaim, TroopsClaim
from domain.entry import TickerEntry
from domain.errors import EntryAlreadyRetracted
from domain.revisions import apply_update
from domain.updates import TickerUpdate

UPDATE = TickerUpdate(ticker="t", source_id="s1", body="Kyjiw wurde beschossen.", headline="H")
CLAIM = FrontClaim(evidence="Kyjiw wurde beschossen.", span=(0, 23), place="Kyiv", status="strike")


def no_claims(_: TickerUpdate) -> tuple:
    return ()


def one_claim(_: TickerUpdate) -> tuple:
    return (CLAIM,)


def kinds(entry: TickerEntry) -> list[str]:
    return [type(event).__name__ for event in entry.collect_events()]


def test_the_same_ticker_and_source_id_give_the_same_entry_id() -> None:
    assert UPDATE.entry_id == UPDATE.model_copy(update={"body": "anders"}).entry_id
    assert UPDATE.entry_id != UPDATE.model_copy(update={"source_id": "s2"}).entry_id


def test_a_new_update_publishes_the_entry_with_its_claims() -> None:
    entry, outcome = apply_update(None, UPDATE, one_claim, "1")
    assert outcome == "new"
    assert kinds(entry) == ["EntryPublished", "ClaimsExtracted"]
    assert entry.claims == (CLAIM,)


def test_the_same_update_again_changes_nothing() -> None:
    entry, _ = apply_update(None, UPDATE, one_claim, "1")
    entry.collect_events()
    entry, outcome = apply_update(entry, UPDATE, one_claim, "1")
    assert outcome == "unchanged"
    assert kinds(entry) == []


def test_a_changed_text_is_a_correction_not_a_second_entry() -> None:
    entry, _ = apply_update(None, UPDATE, no_claims, "1")
    entry.collect_events()
    changed = UPDATE.model_copy(update={"body": "Charkiw wurde beschossen."})
    entry, outcome = apply_update(entry, changed, one_claim, "1")
    assert outcome == "corrected"
    assert kinds(entry) == ["EntryCorrected", "ClaimsExtracted"]
    assert entry.revision == 2


def test_a_new_extractor_version_reextracts_an_unchanged_entry() -> None:
    entry, _ = apply_update(None, UPDATE, no_claims, "1")
    entry.collect_events()
    entry, outcome = apply_update(entry, UPDATE, one_claim, "2")
    assert outcome == "reextracted"
    assert entry.extractor_version == "2"


def test_editor_claims_win_over_the_extractor() -> None:
    troops = TroopsClaim(evidence="x", span=(0, 1), country="KP", count=10000)
    entry, _ = apply_update(None, UPDATE.model_copy(update={"claims": (troops,)}), one_claim, "1")
    assert entry.claims == (troops,)
    assert entry.extractor_version is None


def test_a_retraction_is_recorded_and_later_updates_change_nothing() -> None:
    entry, _ = apply_update(None, UPDATE, no_claims, "1")
    entry.collect_events()
    retraction = UPDATE.model_copy(update={"retracted": True, "retraction_reason": "falsch"})
    entry, outcome = apply_update(entry, retraction, no_claims, "1")
    assert (outcome, kinds(entry)) == ("retracted", ["EntryRetracted"])
    changed = UPDATE.model_copy(update={"body": "neu"})
    assert apply_update(entry, changed, no_claims, "1")[1] == "unchanged"


def test_a_retracted_entry_cannot_be_retracted_again() -> None:
    entry = TickerEntry.publish(UPDATE)
    entry.retract("falsch")
    with pytest.raises(EntryAlreadyRetracted):
        entry.retract("nochmal")


def test_events_are_frozen_and_keep_no_reference_to_mutable_input() -> None:
    agencies = ["dpa"]
    entry = TickerEntry.publish(UPDATE.model_copy(update={"agencies": tuple(agencies)}))
    [event] = entry.collect_events()
    agencies.append("afp")
    assert event.agencies == ("dpa",)
    with pytest.raises(ValidationError):
        event.body = "changed"  # type: ignore[misc]


def test_events_have_pinned_topics() -> None:
    from eventsourcing.utils import get_topic

    assert get_topic(TickerEntry.EntryPublished) == "tickerlog:EntryPublished"
    assert get_topic(TickerEntry.ClaimsExtracted) == "tickerlog:ClaimsExtracted"
