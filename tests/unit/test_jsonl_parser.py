"""JSON Lines input: validated by field, errors as file:line: field: reason."""

from __future__ import annotations

import json

import pytest

from domain.errors import InputError
from domain.parsing import parse_jsonl

GOOD = {
    "ticker": "ukraine-live",
    "source_id": "a-17",
    "published": "2025-03-04T06:10:00Z",
    "headline": "Angriff auf Sumy",
    "body": "Zwei Raketen schlugen in Sumy ein.",
    "agencies": ["DPA"],
}


def lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_a_valid_record_becomes_an_update() -> None:
    [update] = parse_jsonl(lines(GOOD), "in.jsonl")
    assert update.source_id == "a-17"
    assert update.published.text == "2025-03-04T06:10 UTC"
    assert update.agencies == ("dpa",)
    assert update.language == "de"


def test_bad_json_names_the_line() -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:2: not JSON"):
        parse_jsonl(lines(GOOD, "{oops"), "in.jsonl")


def test_a_missing_field_is_named() -> None:
    record = {k: v for k, v in GOOD.items() if k != "body"}
    with pytest.raises(InputError, match=r"^in\.jsonl:1: body: Field required"):
        parse_jsonl(lines(record), "in.jsonl")


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:1: colour: Extra inputs"):
        parse_jsonl(lines({**GOOD, "colour": "red"}), "in.jsonl")


def test_a_bad_time_is_named() -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:1: published: .*not a date"):
        parse_jsonl(lines({**GOOD, "published": "yesterday"}), "in.jsonl")


def test_editor_claims_are_validated_against_the_contract() -> None:
    claim = {"kind": "troops", "evidence": "x", "span": [0, 1], "country": "KP", "count": -5}
    with pytest.raises(InputError, match=r"^in\.jsonl:1: claims\.0\.troops\.count"):
        parse_jsonl(lines({**GOOD, "claims": [claim]}), "in.jsonl")


def test_blank_lines_are_skipped_and_line_numbers_stay_true() -> None:
    text = lines(GOOD) + "\n" + lines({**GOOD, "source_id": "a-18"})
    updates = parse_jsonl(text, "in.jsonl")
    assert [u.source.line for u in updates] == [1, 3]


def test_without_source_id_the_id_comes_from_time_and_headline() -> None:
    record = {k: v for k, v in GOOD.items() if k != "source_id"}
    [update] = parse_jsonl(lines(record), "in.jsonl")
    assert update.source_id == "06:10|angriff auf sumy"
