"""Compiled cue patterns from ``data/cues.json``: where a sentence says what."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from domain.extraction.lexicon import load


@dataclass(frozen=True)
class Hit:
    """One match of a cue: which cue, and where in the sentence."""

    name: str
    start: int
    end: int


@cache
def pattern(section: str, name: str) -> re.Pattern[str]:
    """The whole-word, case-insensitive pattern of one cue of ``cues.json``."""
    return re.compile(rf"(?<![\w-])(?:{load('cues')[section][name]})(?![\w])", re.IGNORECASE)


def hits(section: str, name: str, text: str) -> list[Hit]:
    return [Hit(name, m.start(), m.end()) for m in pattern(section, name).finditer(text)]


def has(section: str, name: str, text: str) -> bool:
    return pattern(section, name).search(text) is not None


def ends_with(section: str, name: str, text: str) -> bool:
    """Whether ``text`` ends with the cue (patterns written with a trailing ``$``)."""
    raw = load("cues")[section][name]
    return re.search(rf"(?:{raw})", text, re.IGNORECASE) is not None


@cache
def _tagged(section: str, key: str, value_key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    entries = load("cues")[section]
    return tuple(
        (entry[value_key], re.compile(rf"(?<![\w-])(?:{entry['pattern']})(?![\w])", re.IGNORECASE))
        for entry in entries
    )


def tagged_hits(section: str, value_key: str, text: str) -> Iterator[tuple[str, int, int]]:
    """Matches of a list of tagged patterns (weapons, victims), first pattern first."""
    taken: list[tuple[int, int]] = []
    for value, compiled in _tagged(section, "pattern", value_key):
        for match in compiled.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            yield value, match.start(), match.end()


def load_raw(section: str, name: str) -> str:
    """The regex text of one cue, to embed in a larger pattern."""
    return str(load("cues")[section][name])
