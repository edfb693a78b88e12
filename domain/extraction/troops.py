"""Troop claims: how many soldiers of which country, where, by whose account."""

from __future__ import annotations

import re
from dataclasses import replace

from domain.extraction import cues
from domain.extraction.context import Draft, EntryContext
from domain.extraction.interception import weapons_in
from domain.extraction.numbers import NumberMention
from domain.extraction.parties import IN_A_PHRASE_BEFORE, acting_party, party_mentions
from domain.extraction.places import stands_for_a_speaker
from domain.extraction.sentences import clause_at
from domain.extraction.sources import people_in

MIN_TROOPS = 20
_GENITIVE = re.compile(r"\b(?:der|des|of\s+the)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOT_PRESENT = re.compile(
    r"verloren|verlier\w*|Verluste|lost|lose[sn]?|losing|losses|getötet|gefallen|verletzt|verwundet|killed|"
    r"wounded|injured|dead|Tote|starben|died|Verwundung|Tod\b|casualties",
    re.IGNORECASE,
)


# "Russian forces are massing troops ..., with an estimated 50,000 soldiers": the adjective
# of a force is as good as the country's name
_FORCE_AFTER = re.compile(r"\s+(?:forces|troops|army|Truppen|Streitkräfte|Armee|Einheiten)\b", re.IGNORECASE)
# "verliert nach Darstellung des russischen Verteidigungsministeriums täglich mehr als 1000
# Soldaten": losses named in the count's own clause (not "Nachdem ... verloren hatte, zog ...")
_LOSSES_BEFORE = re.compile(
    r"\b(?:Verluste\w*|losses|verlier\w*|verlor\w*|losing|loses|lost|Leichen|Leichname|Überreste|bodies|remains|"
    r"killed|killing|kills|tötete\w*|getötet|eliminated|eliminating|eliminiert|vernichtet|wounded|verwundet)\b"
    r"(?:[^.;,]|(?<=\d)\.(?=\d)){0,120}$",
    re.IGNORECASE,
)


def _troop_noun(text: str, number: NumberMention, limit: int) -> tuple[int, int] | None:
    window = text[number.end : limit]
    cut = re.search(r"[,;:.]|\d", window)
    window = window[: cut.start()] if cut else window
    for match in cues.pattern("troops", "nouns").finditer(window):
        gap = window[: match.start()]
        if len(gap.split()) > 6 or _GENITIVE.search(gap) or weapons_in(gap):
            return None
        return number.end + match.start(), number.end + match.end()
    return None


_NUMBER_OF = re.compile(
    r"(?:\bnumber|zahl)\s+(?:of|der)\s+(?P<what>(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?)\s+"
    r"(?:at|auf|bei|mit|to|is|was|liegt\s+bei|lag\s+bei|liege\s+bei)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _numbered_before(text: str, number: NumberMention) -> tuple[int, int] | None:
    """``put the number of North Korean soldiers in Kursk at 11,000``, ``bezifferte die Zahl
    der Soldaten auf 11.000``: the troops are counted before the figure."""
    counted = _NUMBER_OF.search(text, 0, number.start)
    if counted is None or counted.end() != number.start:
        return None
    noun = cues.pattern("troops", "nouns").search(text, counted.start("what"), counted.end("what"))
    return (noun.start(), noun.end()) if noun else None


_THE_BEFORE = re.compile(r"\b(?:the|den|die|der)\s+(?:rund\s+|etwa\s+|about\s+|some\s+)?$", re.IGNORECASE)
_ALREADY_THERE = re.compile(
    r"\s+(?:(?:already|bereits|schon)\s+)?(?:deployed|stationed|sent|dispatched|there|in\s+Russia|dort|"
    r"(?:\w+\s+){0,3}?(?:stationierten|entsandten|eingesetzten|geschickten|verlegten)|im\s+Einsatz)\b",
    re.IGNORECASE,
)


def _elided_count(text: str, number: NumberMention) -> bool:
    """``sent 3,000 more troops, adding to the 11,000 already deployed there``: a figure with
    the troop noun left out counts the troops named before it."""
    return bool(_THE_BEFORE.search(text, 0, number.start) and _ALREADY_THERE.match(text, number.end))


_FROM_AFTER = re.compile(r"\s+(?:aus|from)\s+(?:dem\s+|der\s+|the\s+)?|\s+(?=[A-ZÄÖÜ]\w+s\b)")


def _country_after(text: str, noun_end: int) -> str | None:
    """``12.000 Soldaten aus Nordkorea``, ``troops from North Korea``, ``Soldaten Nordkoreas``."""
    joint = _FROM_AFTER.match(text, noun_end)
    if joint is None:
        return None
    following = party_mentions(text[joint.end() : joint.end() + 40])
    return following[0].code if following and following[0].start == 0 else None


def _country(text: str, number: NumberMention, noun: tuple[int, int]) -> str | None:
    # the troops named before the figure: "die Zahl der russischen Soldaten mit 700.000"
    offset = number.end if noun[0] >= number.end else max(0, noun[0] - 40)
    named = text[offset : noun[1]] if noun[0] >= number.end else text[offset : noun[0]]
    near = [
        m
        for m in party_mentions(named)
        if m.code not in {"UN"} and not cues.source_precedes(text[: offset + m.start])
    ]  # not "nach Einschätzung des Pentagons derzeit 30.000 Soldaten": who estimates
    if near:
        return near[-1].code
    after = _country_after(text, noun[1])
    if after is not None:
        return after
    before = text[: number.start]
    subjects = [
        m
        for m in party_mentions(before)
        if (not m.adjective or m.code == "KP" or _FORCE_AFTER.match(before[m.end :]))
        and not cues.source_follows(text[m.end :])
        and not cues.source_precedes(before[: m.start])
    ]  # "South Korea's spy agency said North Korea has sent": the agency's country reports
    if subjects:  # the nearest: "Ukraine says ... Seoul estimates that North Korea has deployed 11,000"
        return subjects[-1].code
    inverted = _subject_after(text, noun[1])
    if inverted is not None:
        return inverted
    return next((c for _, c, _, _ in people_in(text) if c in {"RU", "UA", "KP"}), None)


def _subject_after(text: str, noun_end: int) -> str | None:
    """``5000 Soldaten will Nordkorea nach Russland schicken``: the state named after the
    figure's verb, in no prepositional phrase, sends them."""
    clause_end = clause_at(text, noun_end)[1]
    for mention in party_mentions(text[noun_end:clause_end]):
        before = text[: noun_end + mention.start]
        if mention.adjective or IN_A_PHRASE_BEFORE.search(before) or cues.source_precedes(before):
            continue
        return mention.code
    return None


_IN_COUNTRY = re.compile(
    r"\s*\b(?:(?:are|is|were|was|sind|seien|waren|befinden\s+sich|stehen|remain|bleiben)\s+)?"
    r"(?:in\s+der|in|inside|nach|into|to|in\s+and\s+around|in\s+und\s+um\s+die)\s+(?:the\s+)?"
    r"(?P<country>Ukraine|Russland|Russia|Belarus)\b(?![’']s)",  # not "in Russia's Kursk region"
    re.IGNORECASE,
)
_COUNTRY_NAMES = {"ukraine": "Ukraine", "russland": "Russia", "russia": "Russia", "belarus": "Belarus"}


_MOST_OF_THEM = re.compile(
    r"\b(?:most|the\s+majority|the\s+bulk|die\s+meisten|der\s+Großteil|die\s+Mehrheit)\s+(?:of\s+them\s+|davon\s+|von\s+ihnen\s+)?",
    re.IGNORECASE,
)


def _where(ctx: EntryContext, index: int, noun_end: int) -> str | None:
    """Where the troops are: a place the sentence names, else the country they are in or sent
    to (``in der Ukraine``, ``nach Russland``, here or in the sentence before), else the place
    named before."""
    text = ctx.text(index)
    country = _IN_COUNTRY.match(text, noun_end)
    most = _MOST_OF_THEM.search(text, noun_end)
    places_after = [p for p in ctx.places(index) if most and p.start >= most.end()]
    if country and places_after:  # "10,000 troops to Russia, most of them to the Kursk region"
        return places_after[0].name
    if country:  # "640,000 troops inside Ukraine and ... in the Sumy region": where the count is
        return _COUNTRY_NAMES[country["country"].lower()]
    places = [p for p in ctx.places(index) if p.name != "Ukraine" and not stands_for_a_speaker(text, p)]
    if places:
        return places[-1].name
    for sentence in (index, index - 1) if index else (index,):
        country = _IN_COUNTRY.search(ctx.text(sentence))
        if country:
            return _COUNTRY_NAMES[country["country"].lower()]
    return ctx.place_before(index)


def _country_before(ctx: EntryContext, index: int) -> str | None:
    """``Russland zieht Truppen an der Grenze zusammen. Ein Sprecher sprach von etwa 20.000
    Soldaten``: troops the sentence before spoke of, and whose they were."""
    if not index:
        return None
    before = ctx.text(index - 1)
    if not cues.has("troops", "nouns", before):
        return None
    acting = acting_party(before)
    return acting if acting in {"RU", "UA", "KP"} else None


# "could send up to 100,000 more troops if needed": a condition, not a deployment
_CONDITIONAL = re.compile(
    r"\b(?:could|would|might|könnte\w*|würde\w*|ready|prepared|willing|bereit)\b(?:[^.]|(?<=\d)\.(?=\d))*\b(?:if|falls|wenn|unless|sofern)\b|"
    # "Für eine Friedensmission wären bis zu 40.000 Soldaten nötig": troops a plan would need
    r"\b(?:wären|würden|would\s+be|would\s+take|would\s+need|bräuchte\w*)\b.*?\b(?:nötig|notwendig|erforderlich|needed|"
    r"required|necessary)\b",
    re.IGNORECASE,
)


# "1.000 ukrainische Soldaten wurden im Gefangenenaustausch freigelassen", "10.000 Soldaten
# ausgebildet": prisoners or trainees, not a force
_CAPTIVES = re.compile(
    r"Gefangen\w*|Kriegsgefangen\w*|gefangen\s+genommen|freigelassen|ausgetauscht|prisoners?|POWs?|"
    r"captives?|ausgebildet|auszubilden|Ausbildung|trained|training|surrender\w*|ergeben|ergaben|"
    r"taken\s+prisoner|gaben\s+sich\b(?:[^.]|(?<=\d)\.(?=\d)){0,40}?\bgefangen",
    re.IGNORECASE,
)


# "3000 Soldaten, die in Russland ausgebildet wurden, sind an die Front verlegt worden": what a
# relative clause says of the troops is not what the sentence reports of them
_RELATIVE = re.compile(
    r",\s*(?:die|der|das|welche|who|which|that|trained|ausgebildet)\b[^,.;]*,", re.IGNORECASE
)


def _a_year(text: str, number: NumberMention, noun: tuple[int, int] | None) -> bool:
    """``im Jahr 2022``, ``since 2014``: a year, not a count; but "2,000 soldiers" and
    "2000 Soldaten" count troops."""
    written = text[number.start : number.end]
    if not 1900 <= number.value <= 2100 or not re.fullmatch(r"\d{4}", written):
        return False
    return noun is None or len(text[number.end : noun[0]].split()) > 1


_A_STATE = re.compile(r"[A-Z]{2}")
_BODIES = {"EU", "UN", "G7", "WB"}


# "Derzeit seien etwa 11.000 von ihnen in Kursk", "11,000 of them are in Kursk": a share
# of the troops counted before, the troop noun left out
_OF_THEM = re.compile(r"\s+(?:von\s+ihnen|davon|of\s+them|of\s+those)\b", re.IGNORECASE)
_OF_THEM_BEFORE = re.compile(
    r"[,;]\s*(?:davon|darunter)\s+(?:rund\s+|etwa\s+|mehr\s+als\s+|über\s+)?$", re.IGNORECASE
)


def _share_of_counted(
    ctx: EntryContext, index: int, number: NumberMention, counted: list[Draft]
) -> Draft | None:
    """The troops of ``counted`` (the last count before) that a share of them is."""
    text = ctx.text(index)
    # "8.000 davon in Kursk", or "..., davon 8.000 in Kursk"
    of_them = _OF_THEM.match(text, number.end) or _OF_THEM_BEFORE.search(text, 0, number.start)
    share_end = of_them.end() if of_them and of_them.start() >= number.end else number.end
    if of_them is None or not counted or _NOT_PRESENT.search(text[share_end:].split(",")[0]):
        return None
    fields = {
        **counted[-1].fields,
        "count": number.count,
        "qualifier": number.qualifier,
        "place": _where(ctx, index, share_end),
        "reported_by": ctx.source(index) or counted[-1].fields.get("reported_by"),
    }
    return Draft("troops", fields, (index,))


# "11,000 North Korean soldiers were in Kursk and that some had already suffered losses": the
# losses of a clause after the count are not the count's
_NEXT_CLAUSE = re.compile(r",|;|\b(?:and\s+that|but|while|und\s+dass|aber|während)\b", re.IGNORECASE)


def _own_clause_after(text: str, start: int) -> str:
    window = text[start : start + 60]
    cut = _NEXT_CLAUSE.search(window)
    return window[: cut.start()] if cut else window


def find(ctx: EntryContext, index: int) -> list[Draft]:
    text = ctx.text(index)
    named = cues.has("troops", "nouns", text)
    earlier = find(ctx, index - 1) if not named and index and _OF_THEM.search(text) else []
    if (not named and not earlier) or _CONDITIONAL.search(text) or _CAPTIVES.search(_RELATIVE.sub(",", text)):
        return []
    numbers = ctx.numbers(index)
    drafts: list[Draft] = []
    for position, number in enumerate(numbers):
        if number.unit or number.value < MIN_TROOPS:
            continue
        share = _share_of_counted(ctx, index, number, drafts or earlier)
        if share is not None:
            drafts.append(share)
            continue
        limit = numbers[position + 1].start if position + 1 < len(numbers) else len(text)
        noun = _troop_noun(text, number, limit) or _numbered_before(text, number)
        if (
            noun is None and drafts and _elided_count(text, number)
        ):  # the troops of the count before: "3.000 Soldaten, zusätzlich zu den 11.000"
            drafts.append(
                replace(
                    drafts[-1],
                    fields={**drafts[-1].fields, "count": number.count, "qualifier": number.qualifier},
                )
            )
            continue
        if _a_year(text, number, noun):
            continue
        if noun is None or _NOT_PRESENT.search(_own_clause_after(text, noun[1])):
            continue
        if _NOT_PRESENT.search(text[number.end : noun[0]]) or _LOSSES_BEFORE.search(text[: number.start]):
            continue  # "1.200 getötete Soldaten", "die Verluste auf 650.000 Soldaten": a toll
        qualifier = number.qualifier
        if number.high is not None and qualifier == "exact":
            qualifier = "at_least"
        country = _country(text, number, noun) or _country_before(ctx, index)
        if country is None or not _A_STATE.fullmatch(country) or country in _BODIES:
            continue  # "600 Soldaten nahmen an einer Übung teil", NATO's readiness: no state's force
        drafts.append(
            Draft(
                "troops",
                {
                    "country": country,
                    "count": number.count,
                    "qualifier": qualifier,
                    "place": _where(ctx, index, noun[1]),
                    "reported_by": ctx.source(index),
                },
                (index,),
            )
        )
    return drafts
