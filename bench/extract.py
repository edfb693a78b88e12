"""Extraction speed on one core: the development corpus repeated to N entries.

``python -m bench.extract --entries 10000`` (needs ../shared/corpus/dev beside the repo, or
``--corpus DIR``).
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from domain.extraction import clear_caches, extract_claims
from infra.ingest import read_updates

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def measure(corpus: Path, entry_count: int) -> dict[str, float]:
    updates = [u for path in sorted(corpus.glob("*.txt")) for u in read_updates(path)]
    sample = list(itertools.islice(itertools.cycle(updates), entry_count))
    claims = 0
    started = time.perf_counter()
    for update in sample:
        clear_caches()  # a repeated entry must cost what a new one costs
        claims += len(extract_claims(update))
    seconds = time.perf_counter() - started
    return {
        "entries": len(sample),
        "claims": claims,
        "seconds": seconds,
        "entries_per_s": len(sample) / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    result = measure(args.corpus, args.entries)
    print(
        f"{result['entries']:.0f} entries, {result['claims']:.0f} claims in "
        f"{result['seconds']:.2f} s: {result['entries_per_s']:.0f} entries/s on one core"
    )


if __name__ == "__main__":
    main()
