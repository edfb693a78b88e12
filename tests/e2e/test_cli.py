"""The tickerlog command on real files, as a user runs it."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from tests.e2e.conftest import Run

SAMPLE = str(resources.files("infra.samples") / "ostukraine.txt")


def test_the_readme_flow_ingests_the_sample_and_lists_its_entries(tickerlog: Run) -> None:
    assert tickerlog("db", "upgrade").code == 0
    ingest = tickerlog("ingest", SAMPLE, "--format", "json")
    assert json.loads(ingest.out)[0]["new"] == 6
    entries = json.loads(tickerlog("entries", "--format", "json").out)
    assert len(entries) == 6
    assert entries[0]["headline"] == "Nächtlicher Drohnenangriff auf Charkiw"
    assert entries[5]["agencies"] == ["dpa", "ap"]


def test_a_second_ingest_reports_everything_unchanged(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    tickerlog("ingest", SAMPLE)
    again = json.loads(tickerlog("ingest", SAMPLE, "--format", "json").out)[0]
    assert (again["new"], again["unchanged"], again["events"]) == (0, 6, 0)


def test_the_log_lists_events_in_order_and_filters_by_entry(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    tickerlog("ingest", SAMPLE)
    log = json.loads(tickerlog("log", "--format", "json").out)
    assert [row["position"] for row in log] == sorted(row["position"] for row in log)
    first = log[0]["entry"]
    mine = json.loads(tickerlog("log", "--entry", first, "--format", "json").out)
    assert [row["type"] for row in mine] == ["EntryPublished", "ClaimsExtracted"]


def test_info_names_the_store_its_schema_and_counts(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    tickerlog("ingest", SAMPLE)
    [info] = json.loads(tickerlog("info", "--format", "json").out)
    assert info["schema_revision"] == info["schema_head"]
    assert info["entries"] == 6


def test_retract_withdraws_an_entry(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    tickerlog("ingest", SAMPLE)
    first = json.loads(tickerlog("entries", "--format", "json").out)[0]["id"]
    assert tickerlog("retract", first, "--reason", "falsche Stadt").code == 0
    assert json.loads(tickerlog("entries", "--format", "json").out)[0]["retracted"] is True
    again = tickerlog("retract", first)
    assert again.code == 1
    assert "was retracted" in again.err


def test_after_a_retraction_the_views_no_longer_count_the_entrys_figures(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    tickerlog("ingest", SAMPLE)
    troops = json.loads(tickerlog("figures", "--kind", "troops", "--format", "json").out)
    entry = troops[0]["entry"]
    assert tickerlog("retract", entry, "--reason", "Quelle falsch").code == 0
    left = json.loads(tickerlog("figures", "--kind", "troops", "--format", "json").out)
    assert entry not in {r["entry"] for r in left}
    history = json.loads(tickerlog("history", troops[0]["figure_key"], "--format", "json").out)
    assert {r["ended_by"] for r in history if r["entry"] == entry} == {"retracted"}


def assert_one_line_error(result: object, *needles: str) -> None:
    assert result.code == 1  # type: ignore[attr-defined]
    lines = result.err.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.err  # type: ignore[attr-defined]
    assert "Traceback" not in result.err  # type: ignore[attr-defined]
    for needle in needles:
        assert needle in lines[0]


def test_commands_on_an_unmigrated_store_say_to_run_db_upgrade(tickerlog: Run) -> None:
    assert_one_line_error(tickerlog("entries"), "tickerlog db upgrade")


def test_a_missing_file_is_one_line(tickerlog: Run) -> None:
    tickerlog("db", "upgrade")
    assert_one_line_error(tickerlog("ingest", "missing.txt"), "missing.txt", "no such file")


def test_a_bad_jsonl_line_names_file_line_and_field(tickerlog: Run, tmp_path: Path) -> None:
    tickerlog("db", "upgrade")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ticker": "t", "body": "x"}\n{"ticker": "t", "body": "y", "agencies": 5}\n')
    assert_one_line_error(tickerlog("ingest", str(bad)), "bad.jsonl:2: agencies")
    assert json.loads(tickerlog("info", "--format", "json").out)[0]["events"] == 0


def test_a_wrong_url_is_one_line(tickerlog: Run) -> None:
    assert_one_line_error(tickerlog("entries", database="mysql://db/x"), "mysql://db/x")


def test_an_unreachable_database_is_one_line(tickerlog: Run) -> None:
    result = tickerlog("entries", database="postgresql://nobody@127.0.0.1:1/none")
    assert_one_line_error(result, "127.0.0.1:1")


def test_every_command_has_an_example_in_its_help(tickerlog: Run) -> None:
    for command in ("ingest", "entries", "log", "info", "retract", "extract"):
        assert "example:" in tickerlog(command, "--help").out
