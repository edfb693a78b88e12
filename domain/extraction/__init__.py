"""Claim extraction: the figures a ticker entry reports, as claims of the contract.

``extract_claims`` is pure: text in, claims out. Each kind has its own module; the
vocabulary (cue words, weapons, places, sources, currencies) lives in ``data/`` as JSON.
``EXTRACTOR_VERSION`` goes into every ``ClaimsExtracted`` event so that a later version can
re-read old entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import TypeAdapter

from domain.claims import Claim
from domain.extraction import aid, casualty, cues, front, interception, interception_entry, troops
from domain.extraction.context import Draft, EntryContext, acting_owner, named_owner
from domain.extraction.parties import party_mentions
from domain.extraction.sentences import clauses
from domain.extraction.sources import without_denial_aside
from domain.updates import TickerUpdate

EXTRACTOR_VERSION = "6"
_FINDERS: tuple[Callable[[EntryContext, int], list[Draft]], ...] = (
    interception.find,
    casualty.find,
    troops.find,
    aid.find,
    front.find,
)
_CLAIM = TypeAdapter(Claim)


def extract_claims(update: TickerUpdate) -> tuple[Claim, ...]:
    """The claims in an entry's body, each with the sentence that states it."""
    return extract_from_text(update.body, update.headline, update.language)


def extract_from_text(body: str, headline: str | None, language: str) -> tuple[Claim, ...]:
    ctx = EntryContext.of(body, headline, language)
    drafts = [
        draft
        for index in range(len(ctx.sentences))
        for finder in _finders(ctx, index)
        for draft in finder(ctx, index)
    ]
    drafts = [d for d in drafts if not _denied_or_doubted(ctx, d)]
    drafts = interception_entry.merge_split_figures(drafts)
    drafts = interception_entry.place_from_strikes(interception_entry.without_local_parts(drafts, ctx), ctx)
    drafts = front.once_per_entry(aid.merge_items(casualty.merge_split_tolls(drafts, ctx)))
    return tuple(_to_claim(ctx, draft) for draft in drafts)


def _denied_or_doubted(ctx: EntryContext, draft: Draft) -> bool:
    """``Kiew dementierte Berichte, wonach ...``, ``Es ist unklar, ob ...``: a figure the
    sentence denies or doubts is not reported as a fact. ``Kiew bestreitet das: Die Kämpfe
    gingen weiter``: what follows the colon is what the denier asserts."""
    return any(cues.has("statements", "not_asserted", _asserted_part(ctx.text(i))) for i in draft.sentences)


_ASSERTS = re.compile(r":\s+|,\s*(?:saying|adding|and\s+said|und\s+erklärte|und\s+sagte)\b", re.IGNORECASE)


def _asserted_part(text: str) -> str:
    """``Kiew bestreitet das: ...``, ``Ukraine denied this, saying ...``: after a denial, what
    the denier goes on to say is asserted."""
    text = without_denial_aside(text)
    marker = _ASSERTS.search(text)
    if marker and cues.has("statements", "not_asserted", text[: marker.start()]):
        return text[marker.end() :]
    return text


def clear_caches() -> None:
    """Forget texts seen before (benchmarks use it so that repeated entries cost in full)."""
    cues.has.cache_clear()
    party_mentions.cache_clear()
    clauses.cache_clear()
    named_owner.cache_clear()
    acting_owner.cache_clear()


def _finders(ctx: EntryContext, index: int) -> tuple[Callable[[EntryContext, int], list[Draft]], ...]:
    """Every finder for a sentence with numbers; without, only those that need none (an
    interception sentence without numbers can still say that all were shot down)."""
    return _FINDERS if ctx.numbers(index) else (interception.find, aid.find, front.find)


def _to_claim(ctx: EntryContext, draft: Draft) -> Claim:
    first, last = ctx.sentences[draft.sentences[0]], ctx.sentences[draft.sentences[-1]]
    evidence = ctx.body[first.start : last.end]
    return _CLAIM.validate_python(
        {"kind": draft.kind, "evidence": evidence, "span": (first.start, last.end), **draft.fields}
    )
