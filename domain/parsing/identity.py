"""Source ids for entries whose file gives none, stable across re-ingests and corrections."""

from __future__ import annotations

from collections import Counter

from domain.updates import normalise


class SourceIds:
    """Derive each entry's source id from what identifies it within its ticker.

    An entry with a time stamp or headline is known by them, so a corrected body keeps its
    id. An entry with neither is known by its place after the last entry that had them
    (``after:<that id>#2``), so entries added elsewhere in the ticker do not shift it. Repeats
    of the same key get a counter.
    """

    def __init__(self) -> None:
        self._anchor = "start"
        self._since_anchor = 0
        self._seen: Counter[str] = Counter()

    def next(self, clock: str | None, headline: str | None) -> str:
        anchored = bool(clock or headline)
        if anchored:
            key = f"{clock or ''}|{normalise(headline or '')}"
        else:
            self._since_anchor += 1
            key = f"after:{self._anchor}#{self._since_anchor}"
        self._seen[key] += 1
        if self._seen[key] > 1:
            key = f"{key}~{self._seen[key]}"
        if anchored:
            self._anchor, self._since_anchor = key, 0
        return key
