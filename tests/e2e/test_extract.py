"""``tickerlog extract`` prints the claims contract, line by line."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

SAMPLE = Path(str(resources.files("infra.samples") / "ostukraine.txt"))
SHARED = Path(__file__).resolve().parents[3] / "shared"
COMMON = {"file", "entry", "headline", "kind", "evidence", "span", "reported_by"}


def extract(*args: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "infra.cli", "extract", *args], capture_output=True, text=True, check=True
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_line_has_the_common_fields_and_evidence_at_its_span() -> None:
    from domain.parsing import parse_ticker_text

    bodies = [u.body for u in parse_ticker_text(SAMPLE.read_text(), SAMPLE.name, "t")]
    claims = extract(str(SAMPLE), "--format", "jsonl")
    assert claims
    for claim in claims:
        assert claim.keys() >= COMMON
        assert claim["file"] == "ostukraine.txt"
        start, end = claim["span"]
        assert bodies[claim["entry"]][start:end] == claim["evidence"]


def test_the_sample_yields_each_kind() -> None:
    kinds = {claim["kind"] for claim in extract(str(SAMPLE))}
    assert kinds == {"interception", "casualty", "troops", "aid_pledge", "front"}


def test_the_kharkiv_drone_night_is_one_claim() -> None:
    [claim] = [c for c in extract(str(SAMPLE)) if c["kind"] == "interception"]
    assert (claim["launched"], claim["intercepted"], claim["lost"]) == (81, 64, 12)
    assert claim["reported_by"] == "Ukrainian Air Force"


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not beside the repo")
def test_the_development_corpus_scores_at_least_its_targets(tmp_path: Path) -> None:
    predicted = tmp_path / "dev.jsonl"
    files = sorted(str(p) for p in (SHARED / "corpus" / "dev").glob("*.txt"))
    predicted.write_text("".join(json.dumps(c) + "\n" for c in extract(*files)))
    done = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_claims.py"),
            str(SHARED / "corpus" / "dev.gold.jsonl"),
            str(predicted),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    overall = json.loads(done.stdout)["scores"]["all"]
    assert overall["f1"] >= 0.90
    assert overall["precision"] >= 0.95
