"""Two processes ingesting the same and overlapping files at once store every entry once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from infra.settings import StoreLocation
from tests.integration.raw import execute

ENTRIES = 3000


def jsonl(path: Path, numbers: range) -> Path:
    lines = [
        json.dumps({"ticker": "race", "source_id": str(n), "body": f"Meldung {n}.", "agencies": ["dpa"]})
        for n in numbers
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def ingest_in_background(url: str, *files: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "infra.cli",
        "ingest",
        *map(str, files),
        "--database",
        url,
        "--format",
        "json",
        "--batch-size",
        "25",
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_racing_ingests_store_each_entry_exactly_once(
    migrated: StoreLocation, database_url: str, tmp_path: Path
) -> None:
    whole = jsonl(tmp_path / "whole.jsonl", range(ENTRIES))
    tail = jsonl(tmp_path / "tail.jsonl", range(ENTRIES // 2, ENTRIES + 100))
    racers = [
        ingest_in_background(database_url, whole, tail),
        ingest_in_background(database_url, whole, tail),
        ingest_in_background(database_url, tail, whole),
    ]
    results = [racer.communicate(timeout=120) for racer in racers]
    assert [racer.returncode for racer in racers] == [0, 0, 0], results
    reports = [json.loads(out)[0] for out, _ in results]
    assert sum(report["new"] for report in reports) == ENTRIES + 100
    published = execute(
        migrated,
        "SELECT count(*), count(DISTINCT originator_id) FROM stored_events WHERE originator_version = 1",
    )
    assert published[0] == (ENTRIES + 100, ENTRIES + 100)
    total = execute(migrated, "SELECT count(*) FROM stored_events")
    assert total[0][0] == 2 * (ENTRIES + 100)
