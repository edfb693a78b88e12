"""A progress line on stderr for long rebuilds: share done, events/s and time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    def __init__(self, label: str, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.label = label
        self.stream = stream
        self.width = width
        self.started = time.perf_counter()
        self.first: int | None = None
        self.shown = stream.isatty()

    def __call__(self, position: int, total: int) -> None:
        if not self.shown:
            return
        self.first = position if self.first is None else self.first
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        share = position / total if total else 1.0
        rate = position / elapsed
        left = (total - position) / rate if rate else 0.0
        bar = "#" * int(share * self.width)
        self.stream.write(
            f"\r{self.label} [{bar:<{self.width}}] {share:6.1%} {position}/{total} "
            f"{rate:,.0f} events/s ETA {left:,.0f}s"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
