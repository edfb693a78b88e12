"""Run the real ``tickerlog`` command in a subprocess against a store of each backend."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def tickerlog(database_url: str, tmp_path: Path) -> Run:
    """Call the CLI with the test store as TICKERLOG_DATABASE_URL, in a scratch directory."""

    def run(*args: str, database: str | None = None) -> Result:
        env = {**os.environ, "TICKERLOG_DATABASE_URL": database or database_url}
        done = subprocess.run(
            [sys.executable, "-m", "infra.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
