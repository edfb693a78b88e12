"""A ticker update as read from a file, before it becomes events: the parsers' output."""

from __future__ import annotations

import re
import unicodedata
import uuid
from typing import Literal

from domain.base import Value
from domain.claims import Claim
from domain.reported_time import ReportedTime

Language = Literal["de", "en"]
ENTRY_NAMESPACE = uuid.UUID("6f1c2a4e-9d0b-4b8e-a7c3-5e2f1d0c9b8a")


class SourceRef(Value):
    """Where an update was read from: the file's base name and the line it starts on."""

    file: str
    line: int


class TickerUpdate(Value):
    """One entry of a ticker, as a file states it now.

    ``source_id`` identifies the entry within its ticker across re-ingests: an id the
    source gives, or one the parser derives from the entry's time stamp and headline.
    """

    ticker: str
    source_id: str
    published: ReportedTime | None = None
    headline: str | None = None
    body: str
    agencies: tuple[str, ...] = ()
    language: Language = "de"
    claims: tuple[Claim, ...] | None = None
    retracted: bool = False
    retraction_reason: str | None = None
    source: SourceRef | None = None

    @property
    def entry_id(self) -> uuid.UUID:
        return entry_id(self.ticker, self.source_id)


def entry_id(ticker: str, source_id: str) -> uuid.UUID:
    """The stable id of an entry: the same ticker and source id always give the same id."""
    return uuid.uuid5(ENTRY_NAMESPACE, f"{ticker}\x1f{source_id}")


def normalise(text: str) -> str:
    """Fold case, accents' forms, quotes and white space, so cosmetic edits compare equal."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[„“”\"'‚‘’«»]", "", text)
    return " ".join(text.split())
