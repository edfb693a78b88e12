"""Compiled cue patterns from ``data/cues.json``: where a sentence says what."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from domain.extraction.lexicon import load


@dataclass(frozen=True)
class Hit:
    """One match of a cue: which cue, and where in the sentence."""

    name: str
    start: int
    end: int


# Two counts joined as one: "getötet oder verwundet", "shot down or jammed".
EITHER_OR = r"(?:or|oder|bzw\.|beziehungsweise|und/oder|and/or)"


def source_follows(text: str) -> bool:
    """Whether ``text`` begins with the words of a source (``Geheimdienst``, ``'s spy agency``):
    a party right before them is who reports, not who acts."""
    return bool(compiled(load_raw("front", "source_words")).match(text))


_SOURCE_BEFORE = re.compile(
    r"(?:\bnach|\blaut|\bAngaben\s+(?:aus|von)|\baus|\baccording\s+to)\s+(?:\w+\s+)?$|"
    r"\bnach\s+(?:Einschätzung|Angaben|Erkenntnissen|Schätzungen|Informationen|Darstellung)\s+(?:des|der)\s+$|"
    r"(?:verwaltung|ministerium|regierung|führung|behörden?|administration|ministry|government|officials)"
    r"\s+(?:in|aus|of)\s+$|"  # "die Militärverwaltung in Kiew": the city is the seat of a source
    # "..., teilte die ukrainische Marine mit": the party after a verb of saying says it
    r"\b(?:teilte\w*|sagte\w*|erklärte\w*|meldete\w*|berichtete\w*)\s+(?:die|der|das|den)\s+$",
    re.IGNORECASE,
)


def source_precedes(text: str) -> bool:
    """Whether ``text`` ends with the words that introduce a source (``nach Angaben``,
    ``laut``, ``according to``): a party right after them is who reports, not who acts."""
    return bool(_SOURCE_BEFORE.search(text))


@cache
def pattern(section: str, name: str) -> re.Pattern[str]:
    """The whole-word, case-insensitive pattern of one cue of ``cues.json``."""
    return re.compile(rf"(?<![\w-])(?:{load('cues')[section][name]})(?![\w])", re.IGNORECASE)


def hits(section: str, name: str, text: str) -> list[Hit]:
    return [Hit(name, m.start(), m.end()) for m in pattern(section, name).finditer(text)]


@lru_cache(maxsize=16384)
def has(section: str, name: str, text: str) -> bool:
    return pattern(section, name).search(text) is not None


@cache
def _tagged(section: str, value_key: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for a list of tagged patterns; earlier entries win at the same place."""
    groups = {f"t{n}": str(entry[value_key]) for n, entry in enumerate(load("cues")[section])}
    alternatives = "|".join(f"(?P<t{n}>{entry['pattern']})" for n, entry in enumerate(load("cues")[section]))
    # "Storm-Shadow-Marschflugkörper": a compound's leading names belong to the word
    prefix = r"(?:[^\W\d_][\w]*-)*?"
    return re.compile(rf"(?<![\w-]){prefix}(?:{alternatives})(?![\w])", re.IGNORECASE), groups


def tagged_hits(section: str, value_key: str, text: str) -> Iterator[tuple[str, int, int]]:
    """Matches of a list of tagged patterns (weapons, victims)."""
    compiled, groups = _tagged(section, value_key)
    for match in compiled.finditer(text):
        if match.lastgroup is not None:
            yield groups[match.lastgroup], match.start(), match.end()


def load_raw(section: str, name: str) -> str:
    """The regex text of one cue, to embed in a larger pattern."""
    return str(load("cues")[section][name])


@cache
def compiled(raw: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A cached compile for patterns built at run time from cue text."""
    return re.compile(raw, flags)
