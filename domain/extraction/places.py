"""Places in a sentence, in English Wikipedia spelling, from the gazetteer or transliterated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from domain.extraction import cues
from domain.extraction.lexicon import load
from domain.extraction.parties import party_mentions

_REGION_BEFORE = r"(?:\w*[Gg]ebiet(?:s|es)?|\w*[Rr]egion|Oblast|Bezirk(?:s|es)?)\s+"
_REGION_AFTER = r"\s+(?:region|oblast|Oblast)"
_INTRODUCERS = (
    # "die Grenzstadt Schebekino", "das Frontdorf Krynky": any compound of Stadt or Dorf
    r"(?:Stadt|[\wäöü]+stadt|[\wäöü]+dorf(?:es|s)?|"
    r"Dorf(?:es|s)?|Ortschaft|Ort(?:es|s)?|Siedlung|Gemeinde|Kreisstadt|town\s+of|city\s+of|village\s+of|"
    r"settlement\s+of|port\s+of)"
)


@dataclass(frozen=True)
class PlaceMention:
    """A place and where the sentence names it; ``region`` for ``Gebiet X``, ``X region``."""

    name: str
    start: int
    end: int
    region: bool = False


@cache
def _index() -> tuple[dict[str, dict[str, object]], re.Pattern[str]]:
    aliases: dict[str, dict[str, object]] = {}
    for place in load("gazetteer")["places"]:
        for alias in place["aliases"]:
            key = alias.casefold()
            if key not in aliases or not place.get("oblast_only"):
                aliases.setdefault(key, place)
            if place.get("oblast_only"):
                aliases[f"region:{key}"] = place
    spelled = {alias for place in load("gazetteer")["places"] for alias in place["aliases"]}
    names = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    compiled = re.compile(rf"(?<![\w-])(?P<name>{names})(?:s)?(?![\w-])")
    return aliases, compiled


def _resolve(alias: str, region: bool) -> str:
    aliases, _ = _index()
    place = aliases.get(f"region:{alias.casefold()}") if region else None
    place = place or aliases[alias.casefold()]
    name = str(place["name"])
    return f"{name} Oblast" if region and (place.get("oblast") or place.get("oblast_only")) else name


_BEFORE_RE = re.compile(rf"{_REGION_BEFORE}$")
_AFTER_RE = re.compile(_REGION_AFTER)


# A city that shares its name with a river (Dnipro) is the river after an article or a
# word for its banks: "am Westufer des Dnipro", "across the Dnipro", "the Dnipro river".
_RIVER_BEFORE = re.compile(r"(?:\b(?:des|den|dem|der|the)|[Uu]fer|[Ff]luss(?:es)?|[Bb]anks?\s+of)\s+$")
_RIVER_AFTER = re.compile(r"(?:-?[Uu]fer|-?[Ff]luss|\s+river|\s+River)\b")


def _is_river(alias: str, text: str, start: int, end: int) -> bool:
    aliases, _ = _index()
    if not aliases[alias.casefold()].get("river"):
        return False
    return bool(_RIVER_BEFORE.search(text, max(0, start - 20), start) or _RIVER_AFTER.match(text, end))


def city_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text names a place that is not one of the warring countries as a whole
    (a struck city stands for no actor: "the strike on Kyiv")."""
    return tuple((p.start, p.end) for p in known_places(text) if p.name not in {"Ukraine", "Russia"})


def known_places(text: str) -> list[PlaceMention]:
    """Gazetteer places as spelled (names are capitalised), with ``Gebiet X``/``X region``."""
    _, compiled = _index()
    found = []
    for match in compiled.finditer(text):
        start, end = match.start(), match.end()
        if _is_river(match["name"], text, start, end):
            continue
        before = _BEFORE_RE.search(text, max(0, start - 30), start)
        after = _AFTER_RE.match(text, end)
        start = before.start() if before else start
        end = after.end() if after else end
        region = bool(before or after)
        name = _resolve(match["name"], region)
        if name == "Crimea" and _BRIDGE_TO.search(text, max(0, start - 90), start):
            name = "Crimean Bridge"  # "die Brücke zwischen dem russischen Festland und der Krim"
        found.append(PlaceMention(name, start, end, region))
    found += [
        PlaceMention(_resolve(pair[part], False), pair.start(part), pair.end(part))
        for pair in _pairs().finditer(text)
        for part in ("first", "second")
    ]
    return sorted(_regions_listed(text, found), key=lambda place: place.start)


_LISTED_NAME = r"[A-ZÄÖÜ][\w'’-]+"
_LISTED_NAMES = rf"{_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*\s*,?\s+(?:and|und|sowie)\s+{_LISTED_NAME}"
# "in Lviv, Ivano-Frankivsk, Kharkiv, and Poltava oblasts", "in den Regionen Lwiw, Iwano-Frankiwsk
# und Riwne": every name of a list of regions is a region
_REGION_LISTS = (
    re.compile(rf"(?P<names>{_LISTED_NAMES})\s+(?:oblasts|regions|provinces)\b"),
    re.compile(
        rf"\b(?:Regionen|Gebieten|Gebiete|Oblasten|regions\s+of|oblasts\s+of)\s+(?P<names>{_LISTED_NAMES})"
    ),
)


def _regions_listed(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    spans = [(m.start("names"), m.end("names")) for pattern in _REGION_LISTS for m in pattern.finditer(text)]
    if not spans:
        return found
    aliases, _ = _index()

    def as_region(place: PlaceMention) -> PlaceMention:
        alias = text[place.start : place.end]
        inside = any(start <= place.start and place.end <= end for start, end in spans)
        if inside and not place.region and alias.casefold() in aliases:
            return PlaceMention(_resolve(alias, True), place.start, place.end, True)
        return place

    return [as_region(place) for place in found]


_BRIDGE_TO = re.compile(
    r"\b(?:Brücke|bridge)\s+(?:zwischen|zur|nach|auf\s+die|to|between|linking|connecting)\b(?:[^.;:]|(?<=\d)\.(?=\d))*$",
    re.IGNORECASE,
)


@cache
def _pairs() -> re.Pattern[str]:
    """``im Frontabschnitt Lyman-Kupjansk``: two places joined by a hyphen name both (a
    hyphen otherwise ends no name: ``Kiew-Besuch``, ``Ukraine-Hilfe``)."""
    spelled = {alias for place in load("gazetteer")["places"] for alias in place["aliases"]}
    names = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<first>{names})-(?P<second>{names})(?![\w-])")


def unknown_places(text: str, taken: list[PlaceMention], language: str = "de") -> list[PlaceMention]:
    """Names after ``die Stadt``, ``das Dorf``, ``the town of`` that the gazetteer lacks
    (German spellings are transliterated; English text already spells them in English)."""
    found: list[PlaceMention] = []
    pattern = rf"(?<![\w-]){_INTRODUCERS}\s+(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+)?)"
    near = list(_NEAR_NAME.finditer(text)) if language == "en" else []
    near += [match for taken in _TAKEN_NAME.get(language, ()) for match in taken.finditer(text)]
    for match in [*re.finditer(pattern, text), *_named_in_lists(text), *near]:
        start, end = match.start("name"), match.end("name")
        if any(p.start <= start < p.end for p in [*taken, *found]):
            continue
        if match in near and (party_mentions(match["name"]) or _NOT_A_PLACE.fullmatch(match["name"])):
            continue  # "near Russia's border", "around Christmas": no place at the front
        name = match["name"]
        name = transliterate(name) if language == "de" and not _FOREIGN_SPELLING.search(name) else name
        found.append(PlaceMention(name, start, end))
    return found


# English text names front places after "near", "outside", "around", "towards" without
# "the village of" ("pushed Russian troops back near Krynky"); German capitalises every
# noun, so there only an introducer marks a name
_NEAR_NAME = re.compile(
    r"\b(?:near|outside|around|towards?)\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['’])"
)


# The object of a capture names a place without an introducer: "hat Nowoseliwka eingenommen",
# "die Einnahme von Nowoseliwka", "captured Novoselivka". German capitalises every noun, so
# there the name must also end as Ukrainian place names do.
_NAME = r"[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)?"
_SLAVIC_NAME = (
    r"[A-ZÄÖÜ][\wäöüß]+(?:iwka|ewka|owka|ynka|inka|ivka|ka|ne|ja|je|ske|sk|ow|owe|ewe|iw|yne|ine|ino|ove)"
    r"(?:-[A-ZÄÖÜ][\wäöüß]+)?"
)
_TAKEN_NAME_DE = (
    re.compile(
        rf"\b(?:hat|haben|hätten|habe)\s+(?:\w+\s+){{0,4}}?(?P<name>{_SLAVIC_NAME})\s+(?:\w+\s+){{0,2}}?"
        r"(?:eingenommen|erobert|zurückerobert|befreit|eingekesselt)\b"
    ),
    re.compile(rf"\b(?:Einnahme|Eroberung|Befreiung|Rückeroberung)\s+(?:von\s+)?(?P<name>{_SLAVIC_NAME})\b"),
    # "aus Kruhljakiwka und Pischtschane vertrieben"
    re.compile(
        rf"\baus\s+(?P<name>{_SLAVIC_NAME})(?:\s*,\s*{_SLAVIC_NAME})*(?:\s+(?:und|sowie)\s+{_SLAVIC_NAME})?\s+(?:\w+\s+)?(?:vertrieben|verdrängt|zurückgedrängt|zurückgezogen|abgezogen)\b"
    ),
    re.compile(
        rf"\baus\s+{_SLAVIC_NAME}(?:\s*,\s*{_SLAVIC_NAME})*\s+(?:und|sowie)\s+(?P<name>{_SLAVIC_NAME})\s+(?:\w+\s+)?(?:vertrieben|verdrängt|zurückgedrängt)\b"
    ),
)
_TAKEN_NAME = {
    "de": (
        *_TAKEN_NAME_DE,
        # "bei Nowopil im Gebiet Donezk": a name the region after it places, where it is no
        # German noun (those end in -ung, -en, -heit ...)
        re.compile(
            r"\b(?:bei|nahe|um|in|von|aus|hat|haben|habe|hätten|hatten)\s+"
            rf"(?P<name>(?![\wäöüß]+(?:en|ung|heit|keit|schaft|tion|tät|nis|chen|er|ern)\b){_NAME})"
            r"\s+(?:im\s+(?:Gebiet|Oblast|Bezirk)|in\s+der\s+(?:Region|Oblast))\s+[A-ZÄÖÜ]"
        ),
    ),
    "en": (
        # "near Novopil in the Donetsk region"
        re.compile(
            r"\b(?:in|near|at|of|around)\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+in\s+(?:the\s+)?"
            r"[A-Z][a-z]+\s+(?:region|oblast|province)\b"
        ),
        re.compile(
            r"\b(?:captured|recaptured|seized|liberated|retook|stormed|assaulted|took\s+(?:control\s+of\s+)?|capture\s+of|"
            r"liberation\s+of)\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['’])"
        ),
        # "pulled back from Hrodivka", "withdrew from Krynky"
        re.compile(
            r"\b(?:withdrew|withdrawn|withdrawing|pulled\s+(?:back|out)|retreated|retreating)\s+from\s+"
            r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['’])"
        ),
    ),
}


_NOT_A_PLACE = re.compile(
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter|Noon|Midnight"
)


# A name spelled in its own Latin alphabet (Polish Przewodów, Czech, Slovak) is no German
# transliteration of a Cyrillic one: German writes those with "tsch", "sch", "w", "j".
_FOREIGN_SPELLING = re.compile(r"[ąćęłńóśźżčšžřůěýáíéú]|rz|cz|sz(?!ch)", re.IGNORECASE)


# "the villages of Novoolenivka and Ulakly", "die Dörfer Nowoolenivka, Uspeniwka und Ulakly"
# "the villages of Makiivka in the Luhansk region and Hrodivka in the Donetsk region": each
# name may carry its region
_REGION_TAIL = (
    r"(?:\s+in\s+the\s+[A-Z][a-z]+\s+(?:region|oblast)"
    r"|\s+(?:im\s+Gebiet|in\s+der\s+Region)\s+[A-ZÄÖÜ][\wäöüß]+)"
)
_ITEM = rf"{_NAME}{_REGION_TAIL}?"
_PLURAL_LIST = re.compile(
    rf"\b(?:Dörfer|Ortschaften|Siedlungen|villages\s+of|settlements\s+of|towns\s+of)\s+"
    rf"(?P<names>{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+(?:und|and|sowie)\s+{_ITEM})?)"
)
_LIST_NAME = re.compile(rf"(?P<name>{_NAME})")
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:und|and|sowie)\s+{_NAME})?)"
# "mehrere Ortschaften befreit, darunter Dudtschany und Makariwka", "took three villages, including Krynky"
_LISTED = re.compile(
    r"\b(?:Ortschaften|Dörfer|Orte|Siedlungen|Städte|villages|settlements|towns)\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?"
    rf"(?:,\s*|\s)(?:darunter|unter\s+anderem|including|among\s+them)\s+{_NAMES}"
)


# "Novobakhmutivka and Semenivka, villages northwest of Avdiivka", "Krynky, ein Dorf am Dnipro":
# names the apposition after them calls places
_APPOSED = re.compile(
    rf"{_NAMES}\s*,\s+(?:(?:two|three|both|zwei|drei|beide|a|an|ein|eine)\s+)?(?:small\s+|kleine[ns]?\s+)?"
    r"(?:villages?|settlements?|towns?|Dörfer|Dorf|Ortschaften|Ortschaft|Siedlungen|Siedlung|Kleinstadt)\b"
)


def _named_in_lists(text: str) -> list[re.Match[str]]:
    # the regions the names carry are blanked out, so only the names are read as places
    blanked = re.sub(_REGION_TAIL, lambda m: " " * len(m.group(0)), text)
    return [
        name
        for pattern in (_PLURAL_LIST, _LISTED, _APPOSED)
        for listed in pattern.finditer(text)
        for name in _LIST_NAME.finditer(blanked, listed.start("names"), listed.end("names"))
    ]


def places_in(text: str, language: str = "de") -> list[PlaceMention]:
    """Every place the text names, in order."""
    known = known_places(text)
    return sorted([*known, *unknown_places(text, known, language)], key=lambda place: place.start)


_RULES = [
    ("schtsch", "shch"),
    ("dsch", "dzh"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ch", "kh"),
    ("ja", "ia"),
    ("je", "ie"),
    ("ju", "iu"),
    ("jo", "io"),
    ("ij", "yi"),
    ("yj", "yi"),
    ("aj", "ai"),
    ("ej", "ei"),
    ("oj", "oi"),
    ("uj", "ui"),
    ("w", "v"),
    ("z", "ts"),
    ("j", "y"),
]


_RULE_MAP = dict(_RULES)
_RULE_RE = re.compile("|".join(german for german, _ in _RULES))


def transliterate(name: str) -> str:
    """A best guess at the English spelling of a German transliteration (``Wuhledar``)."""
    word = re.sub(r"(?<=[a-z])ji", "i", name.lower())  # ї inside a word: Klischtschijiwka, Marjinka
    word = re.sub(r"(?<=[aeiouy])ss(?=[aeiouy])", "s", word)  # German ss for one s: Tschassiw Jar
    word = re.sub(r"^(\w+)ij(?= )", r"\1ii", word)  # a first name's -ій: Serhij, Andrij, Olexij
    word = re.sub(r"\bolexander\b", "oleksandr", word)
    word = re.sub(r"\bolex", "oleks", word)  # Olexij
    word = _RULE_RE.sub(lambda match: _RULE_MAP[match.group(0)], word)
    word = re.sub(r"^i([aeou])", r"y\1", word)
    word = re.sub(r"(?<=[ -])i([aeou])", r"y\1", word)
    return "-".join(" ".join(p.capitalize() for p in part.split(" ")) for part in word.split("-"))


@cache
def _by_name() -> dict[str, dict[str, object]]:
    """Each gazetteer place under its English name (the first entry, where two share one)."""
    aliases, _ = _index()
    places: dict[str, dict[str, object]] = {}
    for place in aliases.values():
        places.setdefault(str(place["name"]), place)
    return places


def is_rear(name: str) -> bool:
    """A city far from ground fighting (``Lviv``, ``Moscow``), not a region."""
    place = _by_name().get(name)
    return bool(place and place.get("rear"))


def country_of(name: str) -> str | None:
    """Where a gazetteer place lies (``Kursk Oblast`` lies in RU), or None if unknown."""
    place = _by_name().get(name.removesuffix(" Oblast"))
    return str(place.get("country") or "") or None if place else None


def region_of(name: str) -> str:
    """The region a place gives its name to or lies in: ``Dnipro`` lies in Dnipropetrovsk,
    ``Sumy`` and ``Sumy Oblast`` are Sumy; a place the gazetteer lacks is its own."""
    base = name.removesuffix(" Oblast")
    place = _by_name().get(base)
    return str(place.get("oblast_of") or base) if place else base


_PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at|near|auf|bei|nahe|gegen|against)\s+$", re.IGNORECASE)


_STATE_POSSESSIVE = re.compile(
    r"['’]s\s+(?:top\s+|chief\s+|senior\s+)?(?:commander|army|military|forces|troops|government|officials|"
    r"intelligence|air\s+force|general\s+staff|leadership|foreign\s+ministry|defen[cs]e\s+ministry|"
    r"interior\s+ministry|"
    r"ministry|emergency\s+services?|prosecutor\w*|police|parliament|"
    r"president|allies|partners|envoy|ambassador|pleas?|calls?|requests?|demands?|appeals?|position|stance|"
    r"efforts?|plans?)\b",
    re.IGNORECASE,
)


def owns_an_institution(text: str, place: PlaceMention) -> bool:
    """``Ukraine's Interior Ministry``, ``Kyiv's commander``: a state or city named as the owner
    of who speaks."""
    return bool(_STATE_POSSESSIVE.match(text, place.end))


def stands_for_a_speaker(text: str, place: PlaceMention) -> bool:
    """``nach Angaben aus Kiew``, ``Moskau wolle ...``, ``Kyiv has 880,000 soldiers``: a
    place named as a source or as the state that acts, not where anything happens."""
    metonym_before = cues.compiled(rf"(?:{cues.load_raw('front', 'metonym_before')})")
    if metonym_before.search(text[max(0, place.start - 45) : place.start]):
        return True
    if owns_an_institution(text, place):
        return True  # "Kyiv's commander", "Moscow's forces"
    if _PLACE_PREPOSITION.search(text[: place.start]):
        return False  # "the strike on Kyiv has killed ...": the capital is where it happened
    names_a_party = any(
        m.start <= place.start < m.end and not m.adjective for m in party_mentions(text[: place.end + 2])
    )
    return names_a_party and bool(
        re.match(cues.load_raw("front", "metonym_after"), text[place.end :], re.IGNORECASE)
    )
