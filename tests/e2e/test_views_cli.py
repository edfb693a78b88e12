"""The read-side commands on real files, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from tests.e2e.conftest import Run

SAMPLE = str(resources.files("infra.samples") / "ostukraine.txt")


def loaded(tickerlog: Run) -> Run:
    assert tickerlog("db", "upgrade").code == 0
    assert tickerlog("ingest", SAMPLE).code == 0
    return tickerlog


def as_json(result: object) -> list[dict]:
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return json.loads(result.out)  # type: ignore[attr-defined]


def test_views_are_current_when_ingest_returns(tickerlog: Run) -> None:
    loaded(tickerlog)
    places = {row["place"]: row["status"] for row in as_json(tickerlog("front", "--format", "json"))}
    assert places["Pokrovsk"] == "critical"
    totals = as_json(tickerlog("aid", "--totals", "--format", "json"))
    assert [(t["donor"], t["amount"], t["currency"]) for t in totals] == [("SE", 1_200_000_000, "EUR")]


def test_figures_and_their_history_use_contract_field_names(tickerlog: Run) -> None:
    loaded(tickerlog)
    [drones] = as_json(tickerlog("figures", "--kind", "interception", "--format", "json"))
    assert {"kind", "place", "launched", "intercepted", "reported_by"} <= drones.keys()
    history = as_json(tickerlog("history", drones["figure_key"], "--format", "json"))
    assert [h["intercepted"] for h in history] == [64]


def test_csv_output_has_a_header(tickerlog: Run) -> None:
    loaded(tickerlog)
    result = tickerlog("timeline", "--format", "csv")
    assert result.out.splitlines()[0].startswith("entry,ticker,published,headline")


def test_replay_and_verify_report_per_view(tickerlog: Run) -> None:
    loaded(tickerlog)
    replayed = as_json(tickerlog("replay", "--format", "json"))
    assert {r["view"] for r in replayed} == {"timeline", "front", "aid", "figures"}
    assert all(r["missing"] == r["unexpected"] == 0 for r in as_json(tickerlog("verify", "--format", "json")))


def test_ingest_without_projection_leaves_views_behind_until_followed(
    tickerlog: Run, database_url: str, tmp_path: Path
) -> None:
    tickerlog("db", "upgrade")
    assert tickerlog("ingest", SAMPLE, "--no-project").code == 0
    assert "has not been built" in tickerlog("front").err
    env = {**os.environ, "TICKERLOG_DATABASE_URL": database_url}
    follower = subprocess.Popen(
        [sys.executable, "-m", "infra.cli", "follow", "--timeout", "20"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            result = tickerlog("front", "--format", "json")
            if result.code == 0 and json.loads(result.out):
                break
            time.sleep(0.2)
        assert len(as_json(tickerlog("front", "--format", "json"))) == 4
    finally:
        follower.kill()
        follower.wait()


def test_an_unknown_figure_and_a_bad_time_are_one_line_errors(tickerlog: Run) -> None:
    loaded(tickerlog)
    for args, needle in (
        (("history", "nope/none"), "no figure"),
        (("figures", "--as-of", "gestern"), "not a time"),
    ):
        result = tickerlog(*args)
        assert result.code == 1
        assert len(result.err.strip().splitlines()) == 1
        assert needle in result.err


def test_demo_prints_every_view() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "infra.cli", "demo"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(SAMPLE).parent,
    )
    for section in ("== timeline ==", "== front ==", "== aid: pledges ==", "== figures =="):
        assert section in done.stdout
