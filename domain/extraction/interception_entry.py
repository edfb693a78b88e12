"""What an entry's interception claims say together: figures split over adjacent sentences
joined into one claim, and the place an attack's counts belong to."""

from __future__ import annotations

import re

from domain.extraction.context import NATIONWIDE, Draft, EntryContext
from domain.extraction.interception import FAMILY


def merge_split_figures(drafts: list[Draft]) -> list[Draft]:
    """One attack's figures split over adjacent sentences are one claim: ``47 Drohnen ...
    aus den Augen verloren`` after ``37 von 90 Drohnen ... zerstört``, or ``Davon seien 74
    Drohnen abgeschossen worden`` after ``... mit 112 Drohnen an``."""
    kept: list[Draft] = []
    for draft in drafts:
        restated = next((k for k in reversed(kept) if _restates_launch(k, draft)), None)
        if restated is not None:  # "vier Marschflugkörper abgefeuert. ... drei der vier abgefangen"
            restated.fields["intercepted"] = draft.fields["intercepted"]
            restated.fields["lost"] = restated.fields["lost"] or draft.fields["lost"]
            restated.sentences = (*restated.sentences, *draft.sentences)
            continue
        field = _completes(draft)
        target = next((k for k in reversed(kept) if field and _joins(k, draft, field)), None)
        if target is None or field is None:
            if not draft.completes_earlier:
                kept.append(draft)
            continue
        target.fields[field] = _stopped(target, draft) if draft.stops_all else draft.fields[field]
        if field == "intercepted" and draft.fields["lost"] is not None:
            target.fields["lost"] = draft.fields["lost"]
        target.fields["reported_by"] = target.fields["reported_by"] or draft.fields["reported_by"]
        target.sentences = (*target.sentences, *draft.sentences)
    return [d for d in kept if not (d.awaits_outcome and _no_outcome(d)) or _listed_beside_outcome(d, kept)]


def _listed_beside_outcome(draft: Draft, drafts: list[Draft]) -> bool:
    """``zählte 8 ballistische Raketen, 12 Marschflugkörper und 96 Drohnen. Abgefangen wurden
    10 Marschflugkörper und 65 Drohnen``: a count listed beside counts that a later sentence
    gives an outcome is a launch the outcome left out, not a count still waiting for one."""
    return any(
        other is not draft
        and other.kind == "interception"
        and other.fields["weapon"] != "mixed"  # "26 Flugobjekte, darunter 20 Drohnen": parts of the whole
        and (other.awaits_outcome or other.sentences == draft.sentences)
        and other.sentences[0] == draft.sentences[0]
        and not _no_outcome(other)
        for other in drafts
    )


def _stopped(launch: Draft, completion: Draft) -> int | None:
    """All the launched were stopped, less those that got through."""
    launched: int | None = launch.fields["launched"]
    if launched is None or completion.all_but is None:
        return launched
    return launched - completion.all_but if completion.all_but <= launched else None


def _restates_launch(earlier: Draft, later: Draft) -> bool:
    """A later sentence that counts the shot-down share of as many weapons of the same kind
    as an earlier one launched, with no outcome of its own, is that launch's outcome."""
    if earlier.kind != "interception" or later.kind != "interception":
        return False
    launched = earlier.fields["launched"]
    return (
        launched is not None
        and earlier.fields["intercepted"] is None
        and later.fields["launched"] == launched
        and later.fields["intercepted"] is not None
        and _same_family(earlier.fields["weapon"], later.fields["weapon"])
        and 0 < later.sentences[0] - earlier.sentences[-1] <= 2
    )


def _same_family(weapon: str | None, other: str | None) -> bool:
    """Both count weapons of one family (a cruise missile and a missile are both missiles)."""
    return FAMILY.get(weapon or "", weapon) == FAMILY.get(other or "", other)


def _no_outcome(draft: Draft) -> bool:
    return draft.fields["intercepted"] is None and draft.fields["lost"] is None


def _completes(draft: Draft) -> str | None:
    """Which figure a later sentence adds to an earlier claim, if it only adds one."""
    if draft.kind != "interception" or draft.fields["launched"] is not None:
        return None
    if draft.stops_all:
        return "intercepted"
    if draft.fields["intercepted"] is None and draft.fields["lost"] is not None:
        return "lost"
    return "intercepted" if draft.fields["intercepted"] is not None else None


def _joins(earlier: Draft, later: Draft, field: str) -> bool:
    """The earlier claim lacks this figure, counts the same weapons of the same attacker at
    most two sentences before, and launched at least as many as the later one says were stopped."""
    if earlier.kind != "interception" or earlier.fields[field] is not None:
        return False
    same_family = _same_family(earlier.fields.get("weapon"), later.fields["weapon"])
    # "Russland griff mit 40 Raketen an. Ziel waren Gasanlagen. Die Flugabwehr habe 30
    # abgeschossen": one sentence between the launch and its outcome still joins them
    # "Alle Marschflugkörper wurden abgeschossen" names its weapons, so it may come later still
    adjacent = later.sentences[0] - earlier.sentences[-1] <= (
        3 if later.stops_all or later.names_weapons else 2
    )
    # A sentence that only adds the lost ones rarely names the attacker again ("47 Drohnen habe
    # das ukrainische Militär verloren" names the defender), so only shot-down figures must agree.
    attackers = {earlier.fields.get("attacker"), later.fields.get("attacker")} - {None}
    same_attacker = field == "lost" or len(attackers) <= 1
    launched = earlier.fields.get("launched")
    stopped = (later.fields.get("intercepted") or 0) + (later.fields.get("lost") or 0)
    return same_family and adjacent and same_attacker and (launched is None or stopped <= launched)


# "88 Raketen gegen die ukrainische Energieversorgung", "at Ukraine's power grid": weapons
# aimed at the whole country's grid, not at the one city whose plant the entry says was hit
_COUNTRYS_GRID = re.compile(
    r"\b(?:gegen|auf)\s+die\s+ukrainische\s+Energie\w*|\bUkraine['’]s\s+(?:energy|power)\s+(?:grid|system|infrastructure)",
    re.IGNORECASE,
)
_CONTINUES = re.compile(r"^(?:Zudem|Auch|Außerdem|Dabei|Darüber\s+hinaus|Also|In\s+addition|Additionally)\b")


# "144 Drohnen über neun Regionen", "over several regions": no one place
_MANY_REGIONS = re.compile(
    r"\b(?:über|over|across|in)\s+(?:\w+\s+)?(?:Regionen|Gebieten|regions|oblasts|provinces)\b|"
    # "over the Bryansk, Kursk and Belgorod regions": a list of regions
    r"\b(?:über|over|across)\s+(?:the\s+|den\s+)?[\w-]+(?:,\s+[\w-]+)*\s+(?:and|und)\s+[\w-]+\s+(?:regions|oblasts|provinces)\b",
    re.IGNORECASE,
)


_OVER = re.compile(
    r"\b(?:über|over|above|im\s+Luftraum\s+über|in\s+the\s+skies\s+over)\s+(?:(?:dem|der|den|the)\s+)?$",
    re.IGNORECASE,
)
# "337 drones, 91 of them over the Moscow region": the region holds a part, not the count
_REGION_PART = re.compile(
    r"\b(?:davon|of\s+them|darunter|including)\s+(?:\w+\s+)?(?:über|over|im|in)\b", re.I
)
_WHOLE_COUNTRIES = {"Ukraine", "Russia", "Belarus"}


def _overhead(ctx: EntryContext, sentences: tuple[int, ...]) -> set[str]:
    """The places the weapons were stopped over: ``Über dem Gebiet Brjansk seien 40 Drohnen
    abgeschossen worden``, ``shot down over Kyiv``."""
    found = set()
    for index in sentences:
        text = ctx.text(index)
        if _REGION_PART.search(text):
            return set()
        found |= {
            p.name
            for p in ctx.places(index)
            if p.name not in _WHOLE_COUNTRIES and _OVER.search(text, 0, p.start)
        }
    return found


_OVER_THE_CAPITAL = re.compile(
    r"\b(?:über|over|above)\s+(?:der|the)\s+(?:Hauptstadt|capital(?:\s+city)?)\b(?!\s+(?:of|von)\b)", re.I
)
_CAPITAL_OF_DEFENDER = {"RU": "Kyiv", "UA": "Moscow"}


def _capital_overhead(ctx: EntryContext, draft: Draft) -> set[str]:
    """``Über der Hauptstadt ... zerstört``: the capital of the side whose weapons were not
    the ones stopped."""
    capital = _CAPITAL_OF_DEFENDER.get(draft.fields["attacker"] or "")
    said = any(_OVER_THE_CAPITAL.search(ctx.text(i)) for i in draft.sentences)
    return {capital} if capital and said else set()


# "Russland hat Kyjiw und zahlreiche weitere Städte angegriffen": the one place named is not
# the only one struck
_MANY_TARGETS = re.compile(
    r"\b(?:und|sowie|and)\s+(?:zahlreiche|mehrere|viele|andere|weitere|many|several|other|numerous)\s+"
    r"(?:weitere\s+|other\s+|andere\s+)?(?:Städte|Orte|Regionen|cities|towns|regions)\b|"
    # "Among the sites hit was ...", "Getroffen wurde unter anderem ...": one target of several
    r"\bamong\s+the\s+(?:sites|targets|places|facilities|buildings)\b|\bunter\s+anderem\b",
    re.IGNORECASE,
)


def _many_struck(ctx: EntryContext) -> bool:
    return any(_MANY_TARGETS.search(sentence.text) for sentence in ctx.sentences)


def _paragraph(ctx: EntryContext, index: int) -> int:
    """Which paragraph the sentence stands in; each item of a list is one of its own
    ("• 96 Drohnen ... • In der Region Sumy ...": a summary's items are separate stories)."""
    items = sum(1 for sentence in ctx.sentences[: index + 1] if sentence.opens_item)
    return ctx.body.count("\n\n", 0, ctx.sentences[index].start) + items


def _same_story(ctx: EntryContext, strike: int, count: int) -> bool:
    """A strike told before the count, in its paragraph or one before; in a list, in its item."""
    in_a_list = any(sentence.opens_item for sentence in ctx.sentences[: count + 1])
    if in_a_list:
        return _paragraph(ctx, strike) == _paragraph(ctx, count)
    return _paragraph(ctx, strike) <= _paragraph(ctx, count)


def place_from_strikes(drafts: list[Draft], ctx: EntryContext) -> list[Draft]:
    """An interception happens over a place the entry says was struck: the one its own
    sentence names (``Bei den Angriffen auf Kiew ... abgefangen``), the one of the
    interception it goes on from (``Zudem ...``), else the only place the entry's attack struck."""
    strikes = [d for d in drafts if d.kind == "front" and d.fields["status"] == "strike"]
    last_place: str | None = None
    for draft in drafts:
        if draft.kind != "interception" or draft.fields["place"] is not None:
            continue
        # a strike a later paragraph or another list item reports is another story
        struck = {d.fields["place"] for d in strikes if _same_story(ctx, d.sentences[0], draft.sentences[0])}
        if any(
            NATIONWIDE.search(ctx.text(i))
            or _COUNTRYS_GRID.search(ctx.text(i))
            or _MANY_REGIONS.search(ctx.text(i))
            or _REGION_PART.search(ctx.text(i))
            for i in draft.sentences
        ):  # "39 Drohnen, davon 18 über dem Gebiet Lipezk": the region holds a part only
            last_place = None
            continue  # "zählte landesweit 62 Drohnen": over the whole country, not the city struck
        named = {p.name for i in draft.sentences for p in ctx.places(i)} & struck
        overhead = _overhead(ctx, draft.sentences) or _capital_overhead(ctx, draft)
        if len(overhead) == 1:
            [draft.fields["place"]] = overhead
        elif len(named) == 1:
            [draft.fields["place"]] = named
        elif last_place and _CONTINUES.match(ctx.text(draft.sentences[0])):
            draft.fields["place"] = last_place
        elif len(struck) == 1 and not _many_struck(ctx):
            [draft.fields["place"]] = struck  # the one place the entry's attack struck
        # "Su-34 über Donezk abgeschossen. Zudem ... in der Nacht 42 Drohnen": a jet downed at
        # the front is not the place of the night's attack
        last_place = None if draft.fields["weapon"] == "aircraft" else draft.fields["place"]
    return drafts


# "Über Sumy selbst seien zwölf Drohnen abgefangen worden": the share of one place itself
_ITSELF = re.compile(
    r"\b(?i:über|in|over|above)\s+(?:dem\s+|der\s+|the\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+)?\s+(?:selbst|allein|alone|itself)\b"
)


def without_local_parts(drafts: list[Draft], ctx: EntryContext) -> list[Draft]:
    """A later count of what was stopped over one place itself is a part of the entry's
    count of the same weapons, not a figure of its own."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.kind == "interception" and _a_local_part(draft, kept, ctx):
            continue
        kept.append(draft)
    return kept


def _a_local_part(draft: Draft, earlier: list[Draft], ctx: EntryContext) -> bool:
    stopped = draft.fields["intercepted"]
    if draft.fields["launched"] is not None or stopped is None:
        return False
    if not any(_ITSELF.search(ctx.text(i)) for i in draft.sentences):
        return False
    return any(
        e.kind == "interception"
        and _same_family(e.fields["weapon"], draft.fields["weapon"])
        and (e.fields["intercepted"] or 0) >= stopped
        for e in earlier
    )
