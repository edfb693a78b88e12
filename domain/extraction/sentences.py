"""Sentences of an entry's body, with their offsets, and the clauses inside them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    [
        "mio",
        "mrd",
        "bzw",
        "ca",
        "dr",
        "prof",
        "nr",
        "st",
        "vgl",
        "z.b",
        "u.a",
        "d.h",
        "etc",
        "inkl",
        "mr",
        "mrs",
        "ms",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "jan",
        "feb",
        "aug",
        "sept",
        "sep",
        "oct",
        "okt",
        "nov",
        "dec",
        "dez",
        "no",
        "vs",
        "u.s",
        "u.n",
    ]
)
_END = re.compile(r"[.!?…]+[\"“”»’)]*(?=\s+[\"„“»(]?[A-ZÄÖÜ0-9])")
_CLAUSE_BREAK = re.compile(r"\s*(?:(?<!\d)[,;:]|[,;:](?!\d)|[–—]|\s-\s)\s*")


@dataclass(frozen=True)
class Sentence:
    """A sentence exactly as it stands in the body, and where."""

    text: str
    start: int
    end: int
    opens_item: bool = False  # the first sentence of a list item ("- ...", "• ...")


_ENGLISH_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$"
)


def _is_abbreviation(body: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", body[:dot])
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    if body[: word.start()].endswith("-") and len(token) <= 2:
        return False  # "vom Typ Iskander-M. 31 Drohnen ...": a model's letter ends the sentence
    if token.isdigit() and _ENGLISH_MONTH_BEFORE.search(body, 0, word.start()):
        return False  # "said on June 18. Russian troops ...": a date, not a German ordinal
    return token in _ABBREVIATIONS or bool(re.fullmatch(r"\d{1,2}", token)) or len(token) == 1


def split_sentences(body: str) -> list[Sentence]:
    """Cut the body at sentence ends (not at abbreviations, ordinals or initials) and before
    the items of a list (a line opening with ``-`` or ``•``)."""
    sentences = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", body):
        dateline = _DATELINE.match(body, paragraph.start())
        start = dateline.end() if dateline else paragraph.start()
        for end, resume in _boundaries(body, paragraph.start(), paragraph.end()):
            if body[start:end].strip():
                sentences.append(_make(body, start, end))
            start = resume
        if body[start : paragraph.end()].strip():
            sentences.append(_make(body, start, paragraph.end()))
    return sentences


_ITEM = re.compile(r"\n[ \t]*[-•*–][ \t]+")
# "KYIV, Ukraine (AP) — ", "KIEW (dpa) - ": where and by whom, before the first sentence
_DATELINE = re.compile(
    r"[A-ZÄÖÜ][A-ZÄÖÜ'’.-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ'’.-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
    r"\s*\([\w/ .-]{2,20}\)\s*[—–-]\s*"
)


def _boundaries(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each sentence of a paragraph ends, and where the next one starts."""
    found = [
        (match.end(), match.end())
        for match in _END.finditer(body, start, end)
        if not (body[match.start()] == "." and _is_abbreviation(body, match.start()))
    ]
    found += [(match.start(), match.end()) for match in _ITEM.finditer(body, start, end)]
    return sorted(found)


def _make(body: str, start: int, end: int) -> Sentence:
    while start < end and body[start].isspace():
        start += 1
    mark = _ITEM_MARK.match(body, start)
    opens_item = bool(mark or _ITEM_BEFORE.search(body, 0, start))
    if mark and mark.end() < end:
        start = mark.end()  # "- Ukraine fired ...": the mark of the first item is no part of its sentence
    return Sentence(text=body[start:end], start=start, end=end, opens_item=opens_item)


_ITEM_MARK = re.compile(r"[-•*–][ \t]+")
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*–][ \t]+$")


def clause_at(text: str, position: int) -> tuple[int, int]:
    """The clause of ``text`` that holds ``position`` (the whole text if none does)."""
    for start, end in clauses(text):
        if start <= position < end:
            return start, end
    return 0, len(text)


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the clause-like pieces of a sentence, cut at commas, colons, dashes."""
    pieces = []
    start = 0
    for brk in _CLAUSE_BREAK.finditer(text):
        if brk.start() > start:
            pieces.append((start, brk.start()))
        start = brk.end()
    if start < len(text):
        pieces.append((start, len(text)))
    return tuple(pieces)
