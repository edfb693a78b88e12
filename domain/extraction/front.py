"""Front claims: what is happening at a named place (strike, capture, withdrawal...) and who acts.

Each status cue is tied to the nearest place in its clause (or a place a ``dort`` or ``der
Stadt`` points back to). Places that stand for a government (``nach Angaben aus Kiew``),
that only qualify another place (``Lyman im Gebiet Donezk``) or that sit inside a compound
(``Krim-Brücke``) are not front places. An entry states each place's status once.
"""

from __future__ import annotations

import re
from functools import cache

from domain.extraction import cues
from domain.extraction.context import Draft, EntryContext, named_owner
from domain.extraction.parties import IN_A_PHRASE_BEFORE, OPPONENT, PartyMention, acting_party, party_mentions
from domain.extraction.places import (
    PlaceMention,
    city_spans,
    country_of,
    is_rear,
    places_in,
    stands_for_a_speaker,
)
from domain.extraction.sentences import clause_at, clauses
from domain.extraction.sources import person_country

STATUSES = (
    "strike",
    "capture",
    "withdrawal",
    "advance",
    "offensive_preparation",
    "combat",
    "critical",
    "stable",
    "attack",
)
_SPANNING = {"critical", "stable"}
_HISTORY = re.compile(r"\b(?:19|20)\d\d\b")
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|war|waren|had)\b")
# "Ukrainische Truppen waren dort vor einer Woche eingedrungen": how it came to be, weeks ago
_TIME_AGO = re.compile(
    r"\bvor\s+(?:einer|einem|zwei|drei|vier|fünf|sechs|mehreren|einigen|\d+)\s+(?:Woche|Wochen|Monat|Monaten|Jahr|Jahren|Tagen)\b|"
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?|days)\s+ago\b|\blast\s+(?:week|month|year)\b|"
    # "had captured the village in early June", "hatten den Ort Anfang Mai eingenommen"
    r"\b(?:in\s+(?:early\s+|mid-|late\s+)?|Anfang\s+|Mitte\s+|Ende\s+|im\s+)(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b|"
    r"\bearlier\s+this\s+(?:month|year)\b|\bAnfang\s+des\s+(?:Monats|Jahres)\b",
    re.IGNORECASE,
)
_DATED_OPENING = re.compile(
    r"(?:Back\s+)?(?:In|Im|During)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:summer|spring|autumn|fall|winter|"
    r"Sommer|Frühjahr|Frühling|Herbst|Winter|Jahr|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\s+(?:of\s+)?)?(?:19|20)\d\d\b|"
    # "Two years ago, Russian forces occupied Kherson": history
    r"(?:A|One|Two|Three|Four|Five|Several|\d+)\s+(?:years?|months)\s+ago\b|"
    r"Vor\s+(?:einem|zwei|drei|vier|fünf|mehreren|\d+)\s+(?:Jahr|Jahren|Monaten)\b"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?:\bim|\bin\s+der|\bbei|\bnahe|\bnear|\bin\s+the|,)\s+(?:\w+\s+){0,5}$", re.IGNORECASE
)
_EXCLUDED_PLACES = {"Ukraine"}
_ON_THE_PENINSULA = re.compile(
    r"\s*,?\s*(?:auf\s+der|in|on\s+the|in\s+the)\s+(?:(?:von\s+Russland\s+)?(?:annektierten|besetzten)\s+|"
    r"(?:Russian-)?(?:annexed|occupied)\s+)?(?:Halbinsel\s+)?",
    re.IGNORECASE,
)
_TROOP_ACTOR = re.compile(
    r"(?:\w*(?:truppen|soldaten|einheiten|kräfte|verbände)|Armee|Militär|"
    r"forces|troops|army|units|military)\b",
    re.IGNORECASE,
)


_OTHERS_IN = re.compile(
    r"\s*,?\s*(?:und|sowie|and)\s+(?:an\s+)?(?:anderen|weiteren|other)\s+(?:Orten|Städten|Dörfern|Ortschaften|"
    r"towns|places|villages|cities|settlements)\s+(?:im|in\s+der|in\s+den|in|in\s+the)\s+",
    re.IGNORECASE,
)


_NEAR_GAP = re.compile(
    r"\s*,?\s*(?:bei|nahe|near|(?:(?:nord|süd)?(?:öst|west)|nörd|süd)lich\s+von|"
    r"(?:\d+\s+(?:km|Kilometer|kilometres|kilometers|miles)\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)\s+(?:der\s+Stadt\s+|the\s+(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)


def _front_places(ctx: EntryContext, index: int) -> list[PlaceMention]:
    text = ctx.text(index)
    kept: list[PlaceMention] = []
    for place in ctx.places(index):
        if place.name in _EXCLUDED_PLACES:
            continue
        if stands_for_a_speaker(text, place) and not _local_seat(text, place):
            continue
        if (
            kept
            and place.region
            and not kept[
                -1
            ].region  # "in den Regionen Lwiw, Iwano-Frankiwsk und Riwne": a list, not a qualifier
            and _QUALIFIER_BEFORE.search(text[kept[-1].end : place.start] + " ")
        ):
            continue
        if kept and _NEAR_GAP.fullmatch(text[kept[-1].end : place.start]):
            continue  # "das Dorf Pischtschane östlich von Kupjansk": the town locates the village
        if kept and place.name == "Crimea" and _ON_THE_PENINSULA.fullmatch(text[kept[-1].end : place.start]):
            continue  # "im Hafen von Sewastopol auf der Krim": the peninsula locates the city
        if kept and _OTHERS_IN.fullmatch(text[kept[-1].end : place.start]):
            continue  # "Bachmut, Wuhledar und anderen Orten im Donbass": the region locates the list
        kept.append(place)
    return kept


_LOCAL_BODY_IN = re.compile(r"\b(?:authorities|officials|Behörden)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _local_seat(text: str, place: PlaceMention) -> bool:
    """``City authorities in Sumy said ...``: a town's own authorities speak from where it
    happened; a capital's (``officials in Kyiv``) speak for the state."""
    named = text[place.start : place.end]
    return bool(_LOCAL_BODY_IN.search(text, 0, place.start)) and not party_mentions(named)


def _place_before(ctx: EntryContext, index: int, position: int) -> str | None:
    """The last front place named before ``position`` in sentence ``index``, or earlier."""
    here = [p for p in _front_places(ctx, index) if p.end <= position]
    if here:
        return here[-1].name
    for earlier in range(index - 1, -1, -1):
        named = _front_places(ctx, earlier)
        if named:
            return named[-1].name
    return _headline_place(ctx) if not any(ctx.places(i) for i in range(index)) else None


def _headline_place(ctx: EntryContext) -> str | None:
    """``Russland meldet Einnahme von Kurachowe`` / ``..., die Stadt sei eingenommen worden``:
    the headline names the place a body without one speaks of (not ``Moskau meldet ...``,
    a capital speaking)."""
    headline = ctx.headline or ""
    metonym_after = cues.compiled(cues.load_raw("front", "metonym_after"))
    named = [
        p
        for p in places_in(headline, ctx.language)
        if p.name not in _EXCLUDED_PLACES and not metonym_after.match(headline[p.end :])
    ]
    return named[-1].name if named else None


_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?")


def _anaphors(ctx: EntryContext, index: int) -> list[PlaceMention]:
    """``dort``, ``der Stadt``, ``the town``: the place named before, unless a name follows
    (``the town of Kostiantynivka``, ``die Stadt Torezk`` introduce a place of their own)."""
    text = ctx.text(index)
    named = ctx.places(index)
    found = []
    for match in cues.pattern("front", "anaphora").finditer(text):
        if any(_NAMED_AFTER.fullmatch(text[match.end() : place.start]) for place in named):
            continue
        earlier = _place_before(ctx, index, match.start())
        if earlier:
            found.append(PlaceMention(earlier, match.start(), match.end()))
    weapon_hit = _WEAPON_HIT_OPENING.match(text)
    if weapon_hit and not named and not found and index:
        earlier = _place_before(ctx, index, 0)
        if earlier:  # "In Kiew starben 22 Menschen. Eine Rakete traf das Kinderkrankenhaus."
            found.append(PlaceMention(earlier, weapon_hit.start("weapon"), weapon_hit.end("weapon")))
    return found


# A sentence that opens with a weapon hitting something, and names no place, goes on
# about the place the sentence before named
_WEAPON_HIT_OPENING = re.compile(
    r"(?:Eine?|Mehrere|Zwei|Drei|Weitere|A|An|Another|Two|Three|Several)\s+(?:[\w-]+\s+)?"
    r"(?P<weapon>\w*(?:[Rr]akete|[Dd]rohne|[Gg]leitbombe|[Bb]ombe)\w*|missiles?|drones?|(?:glide\s+)?bombs?|rockets?)\s+"
    r"(?:traf|trafen|schlug|schlugen|hit|struck|slammed|landed)\b"
)


@cache
def _status_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every status cue in one pattern; at one place the earlier status wins."""
    names = (*STATUSES, "ambiguous_attack")
    alternation = "|".join(f"(?P<{n}>{cues.load_raw('front', n)})" for n in names)
    # not the first part of a compound name: "Storm-Shadow" is a missile, no storming
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), {n: n for n in names}


_GROUND_ASSAULT = re.compile(
    r"\b(?:Panzer\w*|Infanterie|Bodentruppen|Truppen|Soldaten|gepanzert\w*|tanks|infantry|troops|armou?red)\b",
    re.IGNORECASE,
)


_BARE_ATTACK = re.compile(r"(?:Groß|Boden)?[Aa]ngriff\w*\s+auf", re.IGNORECASE)
_ADVANCE_NOUN = re.compile(r"Vorstoß\w*|Vormarsch\w*|Durchbruch\w*|advances?|Geländegewinn\w*", re.IGNORECASE)
_STOPPED = re.compile(
    r"\b(?:gestoppt|stoppte\w*|aufgehalten|hielt\w*\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\bauf|zum\s+Stehen\s+gebracht|vereitelt|"
    r"stopped|halted|blunted|thwarted)\b",
    re.IGNORECASE,
)


def _stopped(text: str, position: int) -> bool:
    start, end = clause_at(text, position)
    return bool(
        _STOPPED.search(text, start, end)
        or cues.compiled(cues.load_raw("front", "repelled")).search(text, start, end)
    )


_TAKEN_PRISONER = re.compile(
    r"\b(?:soldiers?|troops|servicemen|fighters|POWs?|Soldaten|Kämpfer|Kriegsgefangene)\s+(?:\w+\s+){0,3}?"
    r"(?:were|was|have\s+been|had\s+been|wurden|wurde|sind|seien)\s+(?:\w+\s+){0,3}?(?:captured|gefangen)|"
    # not "captured Avdiivka after Ukrainian troops left": the troops of another clause
    r"\bcaptured\s+(?:(?!(?:after|as|when|while|before|and|in|near|from)\b)\w+\s+){0,3}?"
    r"(?:soldiers?|troops|servicemen|fighters)\b|gefangen\s+genommen|Gefangenschaft",
    re.IGNORECASE,
)
# "kontrolliere rund 1.000 Quadratkilometer, darunter die Kleinstadt Sudscha": a town
# among the ground held is taken
_AMONG_HELD = re.compile(r"\b(?:darunter|einschließlich|including)\b", re.IGNORECASE)
_PARTIAL = re.compile(
    r"\b(?:Großteil|größten\s+Teil|Teile|Teilen|Hälfte|Drittel|Viertel|Prozent|most\s+of|much\s+of|(?<!\bas\s)parts?\s+of|half\s+of|per\s*cent\s+of|square\s+kilomet\w+|sq\s+km|Quadratkilometer\w*)\b",
    re.IGNORECASE,
)


def _repelled_on_the_ground(text: str) -> bool:
    """``einen russischen Angriff auf Wuhledar abgewehrt``: an attack fended off where the
    sentence names no missiles, drones or bombs was made on the ground."""
    return cues.has("front", "repelled", text) and not cues.has("front", "air_words", text)


_ARMOUR_OR_INFANTRY = re.compile(r"\b(?:Panzer\w*|Infanterie\w*|tanks|infantry|armou?r)\b", re.IGNORECASE)
_ARTILLERY = re.compile(r"\b(?:Artillerie\w*|artillery)\b", re.IGNORECASE)


_BUT_STABLE = re.compile(
    r"\w*,?\s+(?:aber|jedoch|doch|but|yet)\s+(?:\w+\s+)?(?:stabil\w*|stable|unter\s+Kontrolle|under\s+control)\b",
    re.IGNORECASE,
)
_STANDS_BEFORE = re.compile(r"(?:steh|stand)\w*\s+(?:\w+\s+)?vor", re.IGNORECASE)


def _place_right_after(match: re.Match[str], places: list[PlaceMention]) -> bool:
    """``stehen vor Pokrowsk``, ``vor der Stadt Kurachowe``: a place right after the cue."""
    return any(0 < p.start - match.end() <= 11 for p in places)


# "detained two people suspected of plotting attacks in Moscow": an attack foiled or plotted
# by suspects arrested is a police matter, not a strike
_FOILED = re.compile(
    r"\b(?:detained|arrested|foiled|thwarted|festgenommen|verhaftet|vereitelt|Festnahme\w*)\b", re.IGNORECASE
)


def _cue_hits(text: str, entry: str, places: list[PlaceMention]) -> list[cues.Hit]:
    """Status cues; a bare ``Angriff``/``attack`` is a strike where the entry speaks of
    missiles, drones or bombs, or the sentence of people killed or hurt and no troops, and a
    ground attack otherwise."""
    ground = cues.has("front", "ground_words", text)
    # "mit Panzern, Infanterie und Artillerie": artillery beside armour is a ground assault
    text_for_air = _ARTILLERY.sub(" ", text) if _ARMOUR_OR_INFANTRY.search(text) else text
    wounds = cues.has("casualty", "killed", text) or cues.has("casualty", "injured", text)
    rear = any(is_rear(p.name) for p in places if not p.region)
    air = (
        cues.has("front", "air_words", text_for_air)
        or (cues.has("front", "air_words", entry) and not ground)
        or (wounds and not ground)  # "people were injured in the attack on Zaporizhzhia"
        or (rear and not ground)  # "Lwiw wurde in der Nacht angegriffen": no troops reach Lviv
    )
    compiled, _ = _status_pattern()
    found = []
    for match in compiled.finditer(text):
        name = match.lastgroup or "attack"
        if name == "ambiguous_attack":
            name = "strike" if air else "attack"
        if name == "strike" and _GROUND_ASSAULT.search(match.group(0)):
            name = "attack"  # "einen Großangriff mit Panzern, Infanterie und Artillerie auf Awdijiwka"
        if (
            name == "strike"
            and _BARE_ATTACK.fullmatch(match.group(0))
            and ((ground and not air) or _repelled_on_the_ground(text))
        ):
            name = "attack"  # "Russische Truppen haben ihre Angriffe auf Tschassiw Jar verstärkt"
        if (
            name == "advance"
            and _STANDS_BEFORE.fullmatch(match.group(0))
            and not _place_right_after(match, places)
        ):
            continue  # "stehen vor Problemen": no town they stand before
        if name == "critical" and _BUT_STABLE.match(text, match.end()):
            name = "stable"  # "angespannt, aber stabil": what follows "but" is the verdict
        if name == "capture" and _TAKEN_PRISONER.search(text, max(0, match.start() - 60), match.end() + 40):
            continue  # "Two North Korean soldiers were captured in Kursk": prisoners, not a place taken
        if (
            name == "capture"
            and _PARTIAL.search(text, *clause_at(text, match.start()))
            and not _AMONG_HELD.search(text, match.start())
        ):
            name = "advance"  # "kontrollieren den Großteil von Bachmut": not the whole town
        if name == "advance" and _ADVANCE_NOUN.fullmatch(match.group(0)) and _stopped(text, match.start()):
            name = "attack"  # "einen russischen Vorstoß bei Kupjansk gestoppt": an attack that failed
        found.append(cues.Hit(name, match.start(), match.end()))
    found = [_not_yet(text, hit) for hit in found]
    names = {hit.name for hit in found}
    if "offensive_preparation" in names:
        found = [h for h in found if h.name != "attack"]
    if cues.compiled(cues.load_raw("front", "background"), 0).search(text) and len(names) > 1:
        found = [h for h in found if not (h.start < 40 and h.name in {"advance", "attack"})]
    if len(names) > 1:
        found = [h for h in found if not _background_to_another(text, h)]
    found = [h for h in found if not _in_a_dated_past_clause(text, h) and not _battle_of_a_toll(text, h)]
    found = [h for h in found if not _withdrawal_undone(text, h)]
    found = [h for h in found if not _SINCE_ITS_START.search(text, 0, h.start)]
    found = [h for h in found if not (h.name in {"strike", "attack"} and _FOILED.search(text))]
    return [h for h in found if not (h.name in {"attack", "advance"} and _named_as_cause(text, h))]


_LOSSES = re.compile(
    r"\b(?:losses|casualties|Verluste\w*|killed|getötet|gefallen|dead|Tote\w*)\b", re.IGNORECASE
)


def _battle_of_a_toll(text: str, hit: cues.Hit) -> bool:
    """``his force's losses in the battle for Bakhmut``: the battle names where the dead
    fell, it reports no fighting now."""
    return (
        hit.name == "combat"
        and text[hit.start : hit.end].lower().startswith("battle")
        and bool(_LOSSES.search(text))
    )


# "The city has been shelled since Ukrainian forces recaptured it in November 2022": a
# clause of since or after that gives a year tells how things came to be, not news
_SINCE_CLAUSE = re.compile(
    r"\b(?:seitdem|nachdem|since|after)\s+(?!\d|(?:the\s+)?(?:start|beginning|outbreak)\b|an?\s|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[^,;:]*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]|$")
# "Seit Beginn des ukrainischen Vorstoßes sind ... getötet worden", "since the start of the
# offensive": the offensive dates a toll, it is no news of the front
_SINCE_ITS_START = re.compile(
    r"\b(?:seit\s+(?:Beginn|Start|Anfang)\s+de[rs]|since\s+the\s+(?:start|beginning|launch)\s+of\s+the)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _in_a_dated_past_clause(text: str, hit: cues.Hit) -> bool:
    opening = _SINCE_CLAUSE.search(text, 0, hit.start)
    if opening is None:
        return False
    end = _CLAUSE_END.search(text, hit.end)
    return bool(_HISTORY.search(text, opening.start(), end.start() if end else len(text)))


def _background_to_another(text: str, hit: cues.Hit) -> bool:
    """Beside another status, the offensive a capture came during (``have recaptured
    Kupiansk during their counteroffensive``) and the fighting before it are background."""
    if hit.name in {"advance", "attack"}:
        return bool(_DURING.search(text, 0, hit.start))
    return hit.name == "combat" and _fighting_past(text, hit)


def _named_as_cause(text: str, hit: cues.Hit) -> bool:
    return bool(_CAUSE_BEFORE.search(text, 0, hit.start) or _TIES_DOWN.match(text, hit.end))


# "Der ukrainische Vorstoß binde dort rund 50.000 russische Soldaten", "Kyiv's incursion ties
# down 50,000 troops": the push is named for what it causes
_TIES_DOWN = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:bind\w*|ties\s+down|tied\s+down|tying\s+down)\b", re.IGNORECASE
)


# "Durch die ukrainische Offensive seien dort 50.000 russische Soldaten gebunden": the
# offensive is named as the cause of what the sentence reports
_CAUSE_BEFORE = re.compile(
    r"^(?:Durch|Wegen|Infolge|Because\s+of|Due\s+to)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


_DURING = re.compile(
    r"\b(?:during|amid|as\s+part\s+of|in\s+the\s+course\s+of|bei|während|im\s+Zuge|im\s+Rahmen|^in)\s+"
    r"(?:ihrer|ihres|ihrem|seiner|seines|seinem|their|its|the|der|des|dem|einer|eines|einem)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _fighting_past(text: str, hit: cues.Hit) -> bool:
    """``fell to Russian forces after months of fighting``, ``hat die seit Monaten umkämpfte
    Stadt eingenommen``: how a place came to change hands, not fighting there now."""
    return _after_what(text, hit) or bool(_ATTRIBUTIVE.fullmatch(text[hit.start : hit.end]))


_ATTRIBUTIVE = re.compile(r"umkämpfte[nmrs]?|hart\s+umkämpfte[nmrs]?|contested", re.IGNORECASE)


_AFTER = re.compile(r"\b(?:after|nach)\s+(?:\w+\s+){0,5}$", re.IGNORECASE)


# "have returned to the front in Kursk after pulling back for several weeks": the pull-back
# is over, and the sentence reports the return
_RETURNED = re.compile(
    r"\b(?:returned|return(?:ing|s)?\s+to|are\s+back|were\s+back|zurückgekehrt|zurückgekommen|kehr\w*\s+(?:\w+\s+){0,6}?zurück)\b",
    re.IGNORECASE,
)


def _withdrawal_undone(text: str, hit: cues.Hit) -> bool:
    return hit.name == "withdrawal" and _after_what(text, hit) and bool(_RETURNED.search(text))


def _after_what(text: str, hit: cues.Hit) -> bool:
    return bool(_AFTER.search(text[max(0, hit.start - 40) : hit.start]))


_ABOUT_TO = re.compile(
    r"(?:kurz\s+vor\s+(?:der|dem)|on\s+the\s+verge\s+of|close\s+to|near\s+to|about\s+to)\s+$", re.IGNORECASE
)


_THREATENED = re.compile(
    r"\b(?:droh\w*|Gefahr\s+(?:einer|der)|threat\s+of|threatened\s+with|risk\w*(?:\s+of)?|danger\s+of|"
    r"could\s+be|könnten?\s+(?:bald\s+)?)\s+(?:(?:die|eine|der|the|an|being)\s+)?$",
    re.IGNORECASE,
)
_SURROUNDING = re.compile(r"(?:einkessel|eingekesselt|umzingel|encircl|surround)", re.IGNORECASE)
_ATTEMPT = re.compile(
    r"(?:\b(?:trying|tried|try|attempt\w*|seeking|sought|bid|push\w*)\s+to|\bzu|"
    r"\b(?:versuch\w*|will|wollen|wollte\w*|soll\w*|Ziel)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,80})\s+$",
    re.IGNORECASE,
)


def _not_yet(text: str, hit: cues.Hit) -> cues.Hit:
    """``kurz vor der Einnahme``, ``on the verge of capturing``: an advance, not a capture;
    ``versucht, die Stadt zu erobern``, ``trying to capture``: an attack."""
    if hit.name not in {"capture", "advance"}:
        return hit
    before = text[max(0, hit.start - 100) : hit.start]
    if hit.name == "advance" and _THREATENED.search(before[-40:]) and _SURROUNDING.match(text, hit.start):
        return cues.Hit("critical", hit.start, hit.end)  # "droht die Einkesselung": a danger, not a gain
    if hit.name == "capture" and _ABOUT_TO.search(before[-30:]):
        return cues.Hit("advance", hit.start, hit.end)
    if _ATTEMPT.search(before) and not _DONE_AFTER.match(text, hit.end):
        return cues.Hit("attack", hit.start, hit.end)
    return hit


# "sollen das Dorf erobert haben": hearsay of a thing done, not an attempt
_DONE_AFTER = re.compile(r"\s+(?:haben|hätten|habe|sein|seien|sei|worden)\b")


_IN_REGION = re.compile(r"\b(?:in|im)\s+(?:the\s+|der\s+)?$", re.IGNORECASE)


# "erobern immer neue Ortschaften", "captured several villages": unnamed places taken one
# after another are ground gained in the area, not a named place captured
_UNNAMED_TAKEN = re.compile(
    r"\b(?:immer\s+)?(?:neue|weitere|mehrere|zahlreiche|einige|more|several|new|further|a\s+number\s+of|"
    r"zwei|drei|vier|fünf|two|three|four|five|\d+)\s+(?:\w+\s+)?(?:Ortschaften|Dörfer|Siedlungen|Orte|"
    r"villages|settlements|towns)\b|"
    # "eine weitere Ortschaft eingenommen", "another village": one unnamed place more
    r"\b(?:eine|ein|einen)\s+(?:weitere[ns]?|neue[ns]?)\s+(?:Ortschaft|Dorf|Siedlung|Ort)\b|"
    r"\b(?:another|one\s+more|a\s+further)\s+(?:village|settlement|town)\b|"
    # "pushed Russian troops out of positions near Krynky": positions taken are ground gained
    r"\b(?:Stellungen|Positionen|positions|trenches|Schützengräben)\b",
    re.IGNORECASE,
)


_NAMES_THEM = re.compile(r"\b(?:darunter|unter\s+anderem|including|among\s+them)\b", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|im|bei|nahe|near|around|um|outside|of|(?:nord|süd)?(?:west|öst|nörd|süd)lich\s+von)\s+"
    r"(?:the\s+|der\s+|dem\s+|des\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _gaining_ground(text: str, hit: cues.Hit, named: list[PlaceMention]) -> cues.Hit:
    """A capture of unnamed places is an advance where the area is (``dort``, ``in the
    Donetsk region``), not where a named town is taken with them (``Kurachowe und zwei Dörfer``)."""
    if hit.name != "capture":
        return hit
    start, end = clause_at(text, hit.start)
    if not _UNNAMED_TAKEN.search(text, start, end) or _NAMES_THEM.search(text):
        return hit  # "mehrere Ortschaften befreit, darunter Hrakove": the named ones were taken
    if any(start <= p.start < end and not _LOCATIVE_BEFORE.search(text, start, p.start) for p in named):
        return hit
    return cues.Hit("advance", hit.start, hit.end)


def _merely_locates(text: str, hit: cues.Hit, place: PlaceMention) -> bool:
    """``captured two villages in the Donetsk region``: the region says where the unnamed
    places lie; it was not taken or given up itself."""
    if hit.name not in {"capture", "withdrawal"}:
        return False
    before = text[max(0, place.start - 40) : place.start]
    if place.region:
        return bool(_IN_REGION.search(before[-12:]))
    # "die Rückeroberung von zwei Dörfern bei Bachmut"; but troops that leave villages near a
    # town withdraw there
    return hit.name == "capture" and bool(_UNNAMED_NEAR.search(before))


_UNNAMED_NEAR = re.compile(
    r"\b(?:Dörfer\w*|Ortschaften|Orte\w*|Siedlungen|villages|settlements)\s+"
    r"(?:bei|nahe|near|around|um|outside|(?:nord|süd)?(?:west|öst|nörd|süd)lich\s+von|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+$",
    re.IGNORECASE,
)


_TOWARD = re.compile(
    r"\s+(?:towards?|in\s+Richtung|Richtung|auf)\s+(?:the\s+(?:\w+\s+)?(?:town|city|village)\s+of\s+|"
    r"(?:die|das)\s+(?:\w+\s+)?(?:Stadt|Dorf)\s+)?",
    re.IGNORECASE,
)


def _places_for(hit: cues.Hit, text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    if hit.name in _SPANNING:
        inside = [p for p in places if hit.start <= p.start < hit.end]
        if inside:
            return inside[:1]
    toward = _TOWARD.match(text, hit.end)
    ahead = [p for p in places if toward and p.start == toward.end()]
    if ahead:  # "were advancing towards the town of X": the place after the direction
        return _coordinated(text, ahead[0], places)
    start, end = clause_at(text, hit.start)[0], clause_at(text, max(hit.start, hit.end - 1))[1]
    nearby = [p for p in places if start <= p.start < end and not _merely_locates(text, hit, p)]
    if not nearby:
        nearby = _neighbouring_clause(text, start, end, places)
    if not nearby:
        nearby = _subject_before_apposition(text, start, places)
    if not nearby and hit.name == "strike":
        # "Der Gouverneur der Region Belgorod, X, meldete nach Beschuss zwei Tote": the
        # official's area, named before the apposition
        nearby = [p for p in places if p.end <= start and _OFFICIAL_OF.search(text, 0, p.start)][-1:]
    if not nearby and hit.name in _SPANNING:
        # "..., describing the situation as extremely difficult": the place named before
        nearby = [p for p in places if p.end <= start][-1:]
    if not nearby:
        return []
    objects = [p for p in nearby if _OBJECT_GAP.fullmatch(text, hit.end, p.start)]
    if objects:  # "... towards Kostiantynivka and have captured the village of Oleksandropil"
        return _coordinated(text, objects[0], places)
    nearest = min(nearby, key=lambda p: min(abs(p.start - hit.end), abs(hit.start - p.end)))
    return _coordinated(text, nearest, places)  # a list of places may run across commas


# the object right after an English verb: "captured the village of X", "took X"
_OBJECT_GAP = re.compile(
    r"\s+(?:the\s+)?(?:(?:\w+\s+)?(?:village|town|city|settlement|hamlet|district)s?\s+of\s+)?", re.IGNORECASE
)


_APPOSITION = re.compile(r"\s*(?:one\s+of|a|an|the|eine[rsm]?|ein|die|der|das)\s", re.IGNORECASE)


def _subject_before_apposition(text: str, start: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """``Kurakhove, one of the larger towns in the region, has been captured``: the place the
    sentence opens with is the subject of the clause after its apposition."""
    pieces = [c for c in clauses(text) if c[1] <= start]
    if len(pieces) != 2 or not _APPOSITION.match(text, pieces[1][0]):
        return []
    return [p for p in places if pieces[0][0] <= p.start < pieces[0][1]][-1:]


_OFFICIAL_OF = re.compile(
    r"\b(?:Gouverneur\w*|Bürgermeister\w*|Militärverwaltung|Gebietsverwaltung|governor|mayor|head)\s+"
    r"(?:(?:der|des|von|of|the)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"\b(?:authorities|officials|Behörden)\s+(?:in|of)\s+(?:the\s+)?$",  # a town's own: "authorities in Sumy"
    re.IGNORECASE,
)


_ASIDE = re.compile(
    r"however|though|meanwhile|also|too|jedoch|allerdings|aber|indes|dagegen|hingegen|zudem|außerdem",
    re.IGNORECASE,
)


_OPENING_PHRASE = re.compile(
    r"(?:In|Im|Near|Around|Outside|Bei|Nahe|Um|Vor|Rund\s+um|Südlich|Nördlich|Östlich|Westlich)\b(?:\s+[\w'’-]+){1,6}",
)


def _neighbouring_clause(text: str, start: int, end: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """A place in the clause before a subordinate cue clause (``..., als eine Drohne ...
    traf``) or in an elaborating clause after it (``..., insbesondere in Richtung X``)."""
    spans = []
    pieces = clauses(text)
    before = [c for c in pieces if c[1] <= start]
    after = [c for c in pieces if c[0] >= end]
    if before and cues.compiled(cues.load_raw("front", "subordinate")).match(text[start:end]):
        spans.append(before[-1])
    if after and cues.compiled(cues.load_raw("front", "elaboration")).match(text[after[0][0] :]):
        spans.append(after[0])
    if len(before) >= 2 and _ASIDE.fullmatch(text[before[-1][0] : before[-1][1]].strip(" ,")):
        spans.append(before[-2])  # "On the flanks of the city, however, Ukrainian units were advancing"
    if before and _OPENING_PHRASE.fullmatch(text[before[-1][0] : before[-1][1]].strip(" ,")):
        spans.append(before[-1])  # "In the Kharkiv region, Ukrainian soldiers have advanced"
    for span in spans:
        found = [p for p in places if span[0] <= p.start < span[1]]
        if found:
            return found
    return []


# "Makiivka in the Luhansk region and Hrodivka": a list item may carry its region
_LIST_GAP = re.compile(
    r"(?:\s+(?:in\s+the\s+[\w-]+\s+(?:region|oblast)|im\s+Gebiet\s+[\w-]+|in\s+der\s+Region\s+[\w-]+))?"
    r"\s*(?:,\s*(?:und|and|sowie|or|oder)\b|,|und|and|sowie|or|oder)\s*(?:,\s*)?"  # "Kharkiv, and Poltava"
)


def _coordinated(text: str, nearest: PlaceMention, nearby: list[PlaceMention]) -> list[PlaceMention]:
    """``Wremiwka, Guliapol und Robotyne``: a list of places shares its status."""
    group = [nearest]
    ordered = sorted(nearby, key=lambda p: p.start)
    position = ordered.index(nearest)
    for step in (-1, 1):
        i = position
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda p: p.start)
            if not _LIST_GAP.fullmatch(text[a.end : b.start]):
                break
            i += step
            group.append(ordered[i])
    return group


_LOCATED_IN = re.compile(r"\b(?:in|im|across|throughout)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _acting_parties(text: str) -> list[PartyMention]:
    """Parties in the sentence, less adjectives that only name a source
    (``nach ukrainischen Angaben``, ``des russischen Verteidigungsministeriums``)."""
    return [
        m
        for m in party_mentions(text)
        if not (m.adjective and cues.source_follows(text[m.end :])) and not _located(text, m)
    ]


def _located(text: str, mention: PartyMention) -> bool:
    """``Im Osten der Ukraine dauern die Kämpfe an``: a country named as where it happens."""
    before = text[: mention.start]
    return not mention.adjective and bool(_LOCATED_IN.search(before)) and not cues.source_precedes(before)


# "Russian troops stormed Krynky but were repelled": the party named is the attacker
_PASSIVE_REPELLED = re.compile(
    r"\b(?:were|was|been|wurden|wurde|worden)\s+(?:\w+\s+)?(?:repelled|repulsed|beaten\s+back|fought\s+off|"
    r"abgewehrt|zurückgeschlagen)\b|\b(?:abgewehrt|zurückgeschlagen)\s+(?:worden|wurden|wurde)\b",
    re.IGNORECASE,
)


_HOLDING = re.compile(r"\b(?:halten|hält|hielten|hielt|hold|holds|holding|held)\b", re.IGNORECASE)


def _holder(text: str, hit: cues.Hit) -> str | None:
    """``Ukrainische Truppen halten weiterhin ...``, ``Ukraine is holding the line``: who holds."""
    if hit.name != "stable" or not _HOLDING.search(text, hit.start, hit.end):
        return None
    forces = _force_acting(text, hit)
    if forces:
        return forces
    named = [m.code for m in _acting_parties(text[: hit.start]) if m.code in {"RU", "UA", "KP"}]
    return named[-1] if named else None


def _actor(ctx: EntryContext, index: int, hit: cues.Hit, place: str) -> str | None:  # noqa: PLR0911
    status = hit.name
    if status in _SPANNING:
        return _holder(ctx.text(index), hit)  # a situation is described: only a holder acts
    text = ctx.text(index)
    driven_out = _driven_out(text, hit)
    if driven_out is not None:
        return driven_out
    qualified = _party_qualifying(text, hit)
    if qualified:
        return qualified  # "russische Angriffe" repelled by Ukrainian troops are Russia's
    if status == "attack" and cues.has("front", "repelled", text) and not _PASSIVE_REPELLED.search(text):
        defenders = [m.code for m in _acting_parties(text) if m.code in OPPONENT]
        if defenders:
            return OPPONENT[defenders[0]]  # the attack a party fends off is its enemy's
    encircled = _encircled_party(text, hit)
    if encircled is not None:
        return encircled
    forces = _force_acting(text, hit)
    if forces:
        return forces
    if status == "capture":
        speaker = ctx.own_source(index)
        country = person_country(speaker) if speaker else None
        if country in {"RU", "UA"}:
            return country
    named = [m.code for m in _acting_parties(text) if m.code in {"RU", "UA", "KP"}]
    if status == "strike":
        return _striker(ctx, text, place, named, hit)
    if named:
        return named[0]
    sources = [m.code for m in party_mentions(text) if m.code in {"RU", "UA", "KP"} and not _located(text, m)]
    if sources:
        return sources[0]
    return _forces_meant(ctx, index, text) or _enemy_of_speaker(ctx, index, text)


_ENEMY = re.compile(r"\b(?:der|den|dem|des|the)\s+(?:Feind\w*|Gegner\w*|enemy)\b", re.IGNORECASE)


def _enemy_of_speaker(ctx: EntryContext, index: int, text: str) -> str | None:
    """``„Der Feind sammelt Kräfte“, sagte Selenskyj``: the enemy is the speaker's."""
    if not _ENEMY.search(text):
        return None
    speaker = ctx.source(index)
    country = person_country(speaker) if speaker else None
    if country is None and speaker and speaker.startswith(("Ukrainian", "Russian")):
        country = "UA" if speaker.startswith("Ukrainian") else "RU"
    return OPPONENT.get(country or "")


_AGAINST_BEFORE = re.compile(r"\b(?:gegen|against)\s+(?:die\s+|den\s+|the\s+)?$", re.IGNORECASE)


def _force_acting(text: str, hit: cues.Hit) -> str | None:
    """The armed force the sentence names as acting: its own (``its forces``), an ally's
    partner, or the force named before the cue."""
    owner = _owner_of_own_forces(text[: clause_at(text, hit.start)[1]])
    if owner:
        return owner
    forces = _forces(text)
    allies = [m for m in forces if _ALLY_BEFORE.search(text, 0, m.start)]
    # "Nordkoreaner, von denen einige gegen ukrainische Soldaten kämpften": the force fought
    foes = [m for m in forces if _AGAINST_BEFORE.search(text, 0, m.start)]
    forces = [m for m in forces if m not in allies and (m not in foes or len(foes) == len(forces))]
    if allies and not forces and allies[0].code in _PARTNER:
        return _PARTNER[allies[0].code]  # "an der Seite russischer Einheiten": North Korea's troops
    if not forces:
        return None
    # "Nach dem Rückzug der russischen Armee ... sind ukrainische Soldaten ... eingerückt"
    before = [m for m in forces if m.end <= hit.start]
    # "Russland hat ... zusammengezogen, um die ukrainischen Truppen zurückzudrängen"
    subject = acting_party(text[: hit.start])
    return before[-1].code if before else subject or forces[0].code


_THE_TROOPS = re.compile(
    r"\b(?:die|the|unsere|our)\s+(?:Truppen|Soldaten|Einheiten|Streitkräfte|troops|soldiers|units|forces)\b",
    re.I,
)


def _forces_meant(ctx: EntryContext, index: int, text: str) -> str | None:
    """``Die ukrainische Armee hat Gegenangriffe gestartet. Bei Welyka Nowosilka seien die
    Truppen vorgerückt``: "the troops" are the one force the sentence before named."""
    if not index or not _THE_TROOPS.search(text):
        return None
    before = ctx.text(index - 1)
    codes = {m.code for m in _forces(before) if m.code in {"RU", "UA", "KP"}}
    if not codes:  # "Russland hat 45.000 Soldaten zusammengezogen. Die Truppen bereiteten sich ... vor"
        codes = {m.code for m in _acting_parties(before) if m.code in {"RU", "UA", "KP"}}
    return codes.pop() if len(codes) == 1 else None


# Fighting "an der Seite russischer Einheiten", "alongside Russian forces": the one acting is
# the partner of the force named; Russia and North Korea are the partners who fight together.
_ALLY_BEFORE = re.compile(
    r"\b(?:an\s+der\s+Seite|gemeinsam\s+mit|zusammen\s+mit|alongside|together\s+with)\s+"
    r"(?:der\s+|den\s+|des\s+|the\s+)?$",
    re.IGNORECASE,
)
_PARTNER = {"RU": "KP", "KP": "RU"}


# "Russia's Defence Ministry said its forces had taken ...", "Kiew teilte mit, seine Truppen
# hätten ...": the forces belong to the party that speaks of them
_OWN_FORCES = re.compile(
    r"\b(?:its|their|his|her|seine|ihre|unsere|our)\s+(?:own\s+|eigenen\s+)?(?:forces|troops|army|units|soldiers|"
    r"Truppen|Soldaten|Streitkräfte|Einheiten|Armee|Kräfte)\b",
    re.IGNORECASE,
)


def _owner_of_own_forces(before: str) -> str | None:
    """Whose forces ``its forces`` are, in the text up to the end of the cue's clause."""
    pronoun = _OWN_FORCES.search(before)
    if pronoun is None or party_mentions(before[pronoun.end() :]):
        return None  # "its forces pushed Russian troops back": the cue is about the others
    named = [m for m in party_mentions(before[: pronoun.start()]) if m.code in OPPONENT]
    # "Die russische Armee habe in den ukrainischen Sektoren ... ihre Truppen verstärkt": not a
    # party named inside a prepositional phrase
    subjects = [m for m in named if not IN_A_PHRASE_BEFORE.search(before, 0, m.start)]
    chosen = subjects or named
    return chosen[-1].code if chosen else None


def _forces(text: str) -> list[PartyMention]:
    """Parties named as armed forces (``ukrainische Soldaten``, ``Russia's troops``), and
    North Korea, which the texts only name for its soldiers."""
    found = []
    for mention in _acting_parties(text):
        following = re.sub(r"^(?:'s|’s)?\s*", "", text[mention.end : mention.end + 40].lstrip())
        if _TROOP_ACTOR.match(following) or mention.code == "KP":
            found.append(mention)
    return found


_ENCIRCLED = re.compile(r"eingekesselt|umzingelt|encircled|surrounded", re.IGNORECASE)
_BEING = re.compile(r"\b(?:sind|ist|seien|sei|wurden|wurde|waren|war|are|is|were|was|been)\b", re.IGNORECASE)


_DRIVEN_OUT = re.compile(
    r"\b(?:seien|sei|wurden|wurde|worden|were|was|been)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?\b(?:vertrieben|verdrängt|driven\s+out|pushed\s+out|expelled|ousted)\b|"
    r"\b(?:vertrieben|verdrängt)\s+(?:worden|wurden)\b",
    re.IGNORECASE,
)


_FORCE_DRIVEN_CUE = re.compile(
    r"(?:Truppen|Soldaten|Einheiten|Kräfte|Armee)\b.*\bvertrieben$|(?:pushed|drove)\b.*\bout\s+of$",
    re.IGNORECASE,
)


def _driven_out(text: str, hit: cues.Hit) -> str | None:
    """``Die Ukraine hat russische Truppen aus Klischtschijiwka vertrieben``, ``Die russischen
    Truppen seien aus Kruhljakiwka vertrieben worden``: the force driven out lost the place;
    its enemy took it."""
    if hit.name != "capture":
        return None
    cue = text[hit.start : hit.end]
    if _FORCE_DRIVEN_CUE.search(cue):
        driven_here = [
            m.code for m in _forces(text[: hit.end]) if m.code in OPPONENT and m.end > hit.start - 12
        ]
        if driven_here:
            return OPPONENT[driven_here[-1]]
    if not _DRIVEN_OUT.search(text):
        return None
    driven = [m.code for m in _forces(text[: hit.end]) if m.code in OPPONENT]
    return OPPONENT[driven[0]] if driven else None


def _encircled_party(text: str, hit: cues.Hit) -> str | None:
    """``Die ukrainischen Verteidiger sind fast eingekesselt``: the side surrounded is not the
    one advancing; its enemy is."""
    if hit.name != "advance" or not _ENCIRCLED.fullmatch(text[hit.start : hit.end]):
        return None
    before = text[: hit.start]
    parties = [m for m in _acting_parties(before) if m.code in OPPONENT]
    if parties and _BEING.search(before[parties[0].end :]):
        return OPPONENT[parties[0].code]
    return None


def _striker(ctx: EntryContext, text: str, place: str, named: list[str], hit: cues.Hit) -> str | None:
    """Who struck the place: a party named beside it that does not own it, else the owner's
    enemy, unless the owner itself is named acting (``Die Ukraine hat die Krim ... angegriffen``)."""
    targets = _owners_of_targets(text)  # "ein russisches Landungsschiff versenkt": the ship's side was hit
    weapons_of = named_owner(text)
    if weapons_of and weapons_of not in targets:
        return weapons_of  # "von ukrainischen Seedrohnen angegriffen": whose weapons struck
    owner = country_of(place)
    strikers = [
        code for code in named if code != owner and code not in targets
    ]  # "die russische Region Belgorod"
    self_reported = _self_reporting(text, hit)
    if self_reported:
        return self_reported  # "Ukraine said it had sunk ...": the speaker acted
    if strikers and not _names_the_place(text, place):
        return strikers[0]
    if named and owner in OPPONENT:
        # a city standing for its country is no actor here: "the strike on Kyiv"
        if acting_party(text, city_spans(text)) == owner and not cues.has(
            "interception", "intercepted", text
        ):
            return owner
        return OPPONENT[owner]  # only the struck place's own country is named
    return ctx.attacker or ("RU" if owner == "UA" else None)


_TARGET_NOUN = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:\w*[Ss]chiff\w*|ship|warship|vessel|Stellungen|positions|Stützpunkt\w*|base|airbase|"
    r"airfield|Flugplatz\w*|Militärflugplatz\w*|Raffinerie\w*|refinery|Öldepot\w*|oil\s+depot|depot|Munitionsdepot\w*|"
    r"Munitionslager\w*|ammunition\s+depot|Kommandoposten|command\s+post|Hauptquartier|headquarters|"
    r"Luftabwehrsystem\w*|Flugabwehrsystem\w*|Radar\w*|air\s+defen[cs]e\s+system|radar)\b",
    re.IGNORECASE,
)
_SAID_IT_HAD = re.compile(
    r"(?:['’]s\s+\w+(?:\s+\w+)?\s+)?\s*(?:said|says|claimed|erklärte|teilte\s+mit)\s*,?\s+(?:that\s+)?(?:it|they|sie|es)\s+"
    r"(?:had|have|has|habe|hätten|hätte)\b",
    re.IGNORECASE,
)


def _owners_of_targets(text: str) -> set[str]:
    return {m.code for m in party_mentions(text) if m.adjective and _TARGET_NOUN.match(text, m.end)}


def _self_reporting(text: str, hit: cues.Hit) -> str | None:
    """``Ukraine said it had sunk ...``, ``Ukraine's military said it had struck ...``: the
    speaker did what it reports doing right after "it had"."""
    for mention in party_mentions(text):
        said = _SAID_IT_HAD.match(text, mention.end) if mention.code in OPPONENT else None
        if said and 0 <= hit.start - said.end() <= 12:
            return mention.code
    return None


def _party_qualifying(text: str, hit: cues.Hit) -> str | None:
    """The party whose adjective stands right before the cue noun: ``russische Angriffe``,
    ``Russian assaults``, ``ukrainische Gegenoffensive``."""
    if _TARGET_NOUN.match(text, hit.start):
        return None  # "ein russisches Luftabwehrsystem zerstört": the adjective owns the target
    for mention in party_mentions(text):
        if mention.adjective and 0 < hit.start - mention.end <= 2 and mention.code in {"RU", "UA", "KP"}:
            return mention.code
    return None


def _names_the_place(text: str, place: str) -> bool:
    return place in {"Kyiv", "Moscow"} and bool(re.search(r"Kyjiw|Kiew|Kyiv|Moskau|Moscow", text))


_SITUATION_OPENING = re.compile(
    r"(?:^|:\s+)(?:(?P<situation>Die\s+Lage|Die\s+Situation|The\s+situation)|"
    r"(?P<fighting>Die\s+Kämpfe|Die\s+Gefechte|Heftige\s+Kämpfe|The\s+fighting|Fighting|Heavy\s+fighting))\b"
)


def _situation_of_place_before(ctx: EntryContext, index: int) -> tuple[list[PlaceMention], set[str]]:
    """``Um Soledar wird gekämpft. Die Lage sei sehr schwierig``, ``Kiew bestreitet das: Die
    Kämpfe gingen weiter``: a situation or fighting named without a front place, opening
    the sentence or what follows its colon, is at the place the entry spoke of before; and
    only the situation or fighting is read there."""
    text = ctx.text(index)
    opening = _SITUATION_OPENING.search(text)
    if not opening or not index or _front_places(ctx, index):
        return [], set()
    earlier = _place_before(ctx, index - 1, len(ctx.text(index - 1)))
    if not earlier:
        return [], set()
    named = "situation" if opening["situation"] else "fighting"
    allowed = set(_SPANNING) if named == "situation" else {"combat"}
    return [PlaceMention(earlier, opening.start(named), opening.end(named))], allowed


# "Die russische Armee hat zwei Ortschaften eingenommen. Es handle sich um die Dörfer Illinka und
# Dalnje": the sentence after names the places the one before left unnamed
_THESE_ARE = re.compile(
    r"^(?:Es|Dabei)\s+(?:handle|handelt|handelte|handele)\s+(?:es\s+)?sich\s+um\b|"
    r"^(?:They|These)\s+(?:are|were)\s+(?:the\s+)?(?:villages?|towns?|settlements?)\b",
    re.IGNORECASE,
)


def _named_after(ctx: EntryContext, index: int) -> list[Draft]:
    """The statuses of the sentence before, which named no front place, at the places this names."""
    text = ctx.text(index)
    if not index or not _THESE_ARE.match(text) or _front_places(ctx, index - 1):
        return []
    before = ctx.text(index - 1)
    hits = [h for h in _cue_hits(before, ctx.body, []) if h.name not in _SPANNING]
    return [
        _status_draft(ctx, hit, place.name, (index - 1, index), speaking=index)
        for hit in hits[:1]
        for place in _front_places(ctx, index)
    ]


def find(ctx: EntryContext, index: int) -> list[Draft]:
    named_after = _named_after(ctx, index)
    if named_after:
        return named_after
    text = ctx.text(index)
    dated = _HISTORY.search(text) or _TIME_AGO.search(text)
    if (dated and _PLUPERFECT.search(text)) or _DATED_OPENING.match(text):
        return []  # "Im Sommer 2023 hatten ...", "In summer 2023 Ukraine launched ...": history
    situation, allowed = _situation_of_place_before(ctx, index)
    points_back = cues.has("front", "anaphora", text) or bool(_WEAPON_HIT_OPENING.match(text))
    if not ctx.places(index) and not points_back and not situation:
        return []
    hits = _cue_hits(text, ctx.body, _front_places(ctx, index))
    if situation:
        hits = [h for h in hits if h.name in allowed]
    if not hits:
        return []
    places = sorted([*_front_places(ctx, index), *_anaphors(ctx, index), *situation], key=lambda p: p.start)
    drafts = []
    for hit in [_gaining_ground(text, h, _front_places(ctx, index)) for h in hits]:
        for place in _places_for(hit, text, places):
            if _merely_locates(text, hit, place):
                continue
            drafts.append(_status_draft(ctx, hit, place.name, (index,), speaking=index))
    return drafts


def _status_draft(
    ctx: EntryContext, hit: cues.Hit, place: str, sentences: tuple[int, ...], speaking: int
) -> Draft:
    """A place's status as the hit of ``sentences[0]`` says it, reported by who speaks in ``speaking``."""
    fields = {
        "place": place,
        "status": hit.name,
        "actor": _actor(ctx, sentences[0], hit, place),
        "reported_by": ctx.source(speaking) if hit.name != "strike" else None,
    }
    return Draft("front", fields, sentences)


def once_per_entry(drafts: list[Draft]) -> list[Draft]:
    """An entry states a place's status once, however often it repeats it."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for draft in drafts:
        if draft.kind == "front":
            key = (draft.fields["place"], draft.fields["status"])
            if key in seen:
                continue
            seen.add(key)
        kept.append(draft)
    return kept
