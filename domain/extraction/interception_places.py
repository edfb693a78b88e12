"""One sentence's stopped weapons split by the places they were stopped over: ``11 drones
over the Kursk region and two over the Belgorod region`` are two counts, one per place."""

from __future__ import annotations

import re
from dataclasses import replace

from domain.extraction.context import Draft, EntryContext
from domain.extraction.numbers import NumberMention
from domain.extraction.places import PlaceMention

_JOINED_BEFORE = re.compile(r"(?:\b(?:und|and|sowie)|,)\s+(?:weitere\w*\s+|another\s+)?$", re.IGNORECASE)
_OVER_AFTER = re.compile(
    r"\s+(?:weitere\w*\s+|more\s+)?(?:über|over|above)\s+(?:(?:dem|der|den|the)\s+)?(?:(?:Gebiet|Region)\s+)?$",
    re.IGNORECASE,
)
_OVER_BEFORE = re.compile(
    r"\b(?:über|over|above)\s+(?:(?:dem|der|den|the)\s+)?(?:(?:Gebiet|Region)\s+)?$", re.IGNORECASE
)


def counts_by_place(ctx: EntryContext, index: int, drafts: list[Draft]) -> list[Draft]:
    """The sentence's one count of stopped weapons and the bare counts joined to it, each
    with the place it was stopped over; the drafts unchanged where the sentence has no such list."""
    stopped = [d for d in drafts if d.fields["intercepted"] is not None and d.fields["launched"] is None]
    if len(drafts) != 1 or len(stopped) != 1:
        return drafts
    text, places = ctx.text(index), ctx.places(index)
    bare = [n for n in ctx.numbers(index) if _joined_over_a_place(text, n, places)]
    if not bare:
        return drafts
    first_place = _over(text, places, 0, bare[0].start)
    if first_place is None:
        return drafts
    [draft] = stopped
    draft.fields["place"] = first_place
    parts = [draft]
    for number, end in zip(bare, [n.start for n in bare[1:]] + [len(text)], strict=True):
        place = _over(text, places, number.end, end)
        fields = {**draft.fields, "intercepted": number.count, "lost": None, "place": place}
        parts.append(replace(draft, fields=fields))
    return parts


def _joined_over_a_place(text: str, number: NumberMention, places: list[PlaceMention]) -> bool:
    if number.unit or not _JOINED_BEFORE.search(text, 0, number.start):
        return False
    return any(
        number.end < p.start <= number.end + 30 and _OVER_AFTER.fullmatch(text, number.end, p.start)
        for p in places
    )


def _over(text: str, places: list[PlaceMention], start: int, end: int) -> str | None:
    named = [p.name for p in places if start <= p.start < end and _OVER_BEFORE.search(text, 0, p.start)]
    return named[0] if len(named) == 1 else None
