"""Who reports a figure: the person or institution a sentence attributes it to, in English."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from domain.extraction.lexicon import load
from domain.extraction.parties import FORCES_AFTER, IN_A_PHRASE_BEFORE, english_adjective, party_mentions
from domain.extraction.places import country_of, places_in, region_of, transliterate

_ATTRIBUTION = re.compile(
    r"(?<![\w-])(?:nach\s+(?:\w+\s+)?[\w-]*Angaben|nach\s+(?:\w+\s+)?[\w-]*(?:Zahlen|Informationen|Berichten|Schätzungen|Erkenntnissen)|nach\s+(?:den\s+)?Worten|Angaben|laut|zufolge|teilte\w*|mitgeteilt|sagte\w*|sagt|"
    r"gesagt|erklärt|gemeldet|berichtet|betont|bestätigt|geschrieben|verkündet|verkündete\w*|angekündigt|"
    r"mitteilte\w*|erklärte\w*|erklärt|meldete\w*|meldet|berichtete\w*|schrieb|schreibt|betonte\w*|warnte\w*|warnt|gewarnt|"
    r"kündigte\w*|ankündigte\w*|bestätigte\w*|Darstellung|Erkenntnissen|Einschätzung|Bilanz|hieß\s+es|heißt\s+es|Mitteilung\w*|said|says|saying|"
    r"beziffert\w*|vorgelegt|legte\w*\s+(?:\w+\s+){0,6}?vor|veröffentlicht\w*|published|released|gesprochen|(?:sprach|spricht|sprechen)\w*\s+(?:\w+\s+){0,3}?von|sprach(?:en)?(?=\s*[,;:]|\s*$)|nannte\w*|genannt|widersprach\w*|bestritt\w*|bestreitet|dementiert\w*|denied|denies|disputed|"
    r"schätzt\w*|geschätzt|korrigiert\w*|korrigierte\w*|revidiert\w*|(?:geht|gehen|ging\w*)\s+davon\s+aus|rechne\w*\s+(?:\w+\s+)?(?:damit|mit)|"
    r"estimate|believes|assess(?:es|ed)?|eingeräumt|räumte\w*\s+(?:\w+\s+){0,6}?ein|angegeben|gezählt|registriert|dokumentiert|recorded|documented|verified|admitted|acknowledged|confirmed|"
    r"told|wrote|reported|according\s+to|revised|corrected|announced|stated|claimed|added|estimated|estimates|warned|warns|"
    # ", so Klitschko.", ", so Gouverneur Andrej Worobjow.", ", so der Bürgermeister."
    r"(?<=,\s)so(?=\s+(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+(?-i:[A-ZÄÖÜ])[\w-]+){0,2}\s*[.;]|\s+(?:der|die)\s+)|"
    r"put\s+the\s+(?:number|toll|figure)|(?:gave|given|gives|giving)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:figure|number|toll|estimate)|(?:spoke|spoken|speaks|talked)\s+of|beschrieb\w*|beschrieben|bezeichnete\w*|bezeichnet|described|describes|describing|erhöhte|erhöht|aktualisierte\w*|raised|updated|bekannt|bekanntgegeben|hervor|behauptet\w*|claims|zitiert|quoted|cited|citing|unter\s+Berufung\s+auf|beruf\w*\s+sich\s+auf|berief\w*\s+sich\s+auf|zählte\w*|Zählung|counted)(?![\w])",
    re.IGNORECASE,
)
_HANDOVER = re.compile(
    # not "Das russische Verteidigungsministerium kündigte an": there "Das" is an article
    r"^(?:Das|Dies|Dieses|This|That)\s+(?:(?-i:[a-zäöüß])\w*\s+(?!(?-i:[A-ZÄÖÜ]))){0,2}?(?:sagte|teilte|erklärte|"
    r"kündigte|meldete|berichtete|schrieb|betonte|gab|geht|ging|said|announced|was\s+according)\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Source:
    name: str
    start: int
    end: int
    person: bool = False


@cache
def _people_index() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every surname form, and each form's person and country."""
    forms: dict[str, tuple[str, str]] = {}
    for person in load("sources")["people"]:
        for surname in person["surnames"]:
            forms[surname] = (person["name"], person["country"])
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<form>{alternation})(?:s|')?(?![\w-])"), forms


def people_in(text: str) -> list[tuple[str, str, int, int]]:
    """Known people a text names: (English name, country, start, end); not another person
    of the same surname (``Nazar Voloshyn`` is not ``Vladyslav Voloshyn``)."""
    compiled, forms = _people_index()
    found = [(*forms[m["form"]], m.start(), m.end()) for m in compiled.finditer(text)]
    return [person for person in found if not _other_first_name(text, person[0], person[2])]


_OPENS_A_NAME = re.compile(r"(?:^|[,.]\s+)$")
# "Laut Woloschyn", "According Voloshyn": a capitalised function word is no first name
_FUNCTION_WORD = re.compile(
    r"Laut|Nach|Wie|Auch|Doch|Aber|Und|Dass|Denn|Da|So|Als|Wenn|Für|Mit|Von|Bei|Zu|Auf|In|Im|Am|Der|Die|Das|"
    r"Dem|Den|Des|Ein|Eine|Einem|Einer|Dies|Dazu|Zudem|According|As|But|And|The|For|With|By|To|On|At|When|"
    r"While|If|Then|Also|Says|Said|Per"
)


def _other_first_name(text: str, name: str, start: int) -> bool:
    """Whether a first name other than the known person's stands right before the surname:
    a given name we know, or a capitalised word that opens the sentence or an apposition."""
    head = text[:start]
    words = head.split()
    first = words[-1] if words and head.endswith(" ") else ""
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+", first) or _a_title(first) or _FUNCTION_WORD.fullmatch(first):
        return False
    rest = head[: len(head.rstrip()) - len(first)]
    opens = _OPENS_A_NAME.search(rest)
    after_title = len(words) > 1 and _a_title(words[-2].strip(",")) and not rest.rstrip().endswith(",")
    if first.lower() not in _slavic_first_names() and not opens and not after_title:
        return False
    return _name_key(first) != _name_key(name.split(maxsplit=1)[0])


@cache
def _title_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_titles()})\w*", re.IGNORECASE)


def _a_title(word: str) -> bool:
    return bool(_title_word().fullmatch(word))


def _name_key(first_name: str) -> str:
    """``Wladyslaw`` and ``Vladyslav``, ``Jurij`` and ``Yurii``: one first name in two spellings."""
    return first_name[:3].lower().replace("w", "v").replace("j", "y")


@cache
def _institutions() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    """One pattern for every institution; each alternative a named group."""
    groups: dict[str, tuple[str, str | None]] = {}
    alternatives = []
    for number, institution in enumerate(load("sources")["institutions"]):
        groups[f"i{number}"] = (institution["name"], institution["default_country"])
        alternatives.append(rf"(?P<i{number}>{institution['pattern']})")
    # "ein Sprecher des US-Außenministeriums": a country's prefix belongs to the institution
    prefix = r"(?:(?:US|UK|EU|Nato|NATO)-)?"
    return re.compile(rf"(?<![\w-]){prefix}(?:{'|'.join(alternatives)})(?![\w])", re.IGNORECASE), groups


@cache
def _titles() -> str:
    return "|".join(load("sources")["titles"])


def _full_name(word: str) -> str:
    # "Tore O. Sandvik", "Michael R. Carpenter": a middle initial inside the name
    return rf"(?P<name>{word}(?:\s+{_CAPITAL}\.)?(?:\s+{word}){{1,2}})"


@cache
def _titled() -> re.Pattern[str]:
    name = rf"{_CAPITAL}[\wäöüß'’-]+"
    # "der Sekretär des Sicherheitsrats, Olexander Lytwynenko": the office may stand between
    # "der Militärverwaltung von Kiew,": the office and its city may stand between
    office = r"(?:\s+(?:des|der|of\s+the|von|of|in)\s+[\w-]+(?:\s+[\w-]+){0,3},)?"
    return re.compile(rf"(?<![\w])(?:{_titles()}){office}\s+{_full_name(name)}")


@cache
def _named_beside_office() -> tuple[re.Pattern[str], ...]:
    """``Oleh Kiper, the governor of the Odesa region, said`` (a name in apposition to an
    office) and ``the defence secretary, John Healey, told`` (a name between commas after it)."""
    name = _full_name(rf"{_CAPITAL}[a-zäöüßà-ÿ'’-]+")
    return (
        re.compile(rf"(?<![\w]){name},\s+(?:the\s+|der\s+|die\s+)?(?:{_titles()})\b"),
        re.compile(rf"(?<![\w])(?:{_titles()}),\s+{name},"),
    )


@cache
def _cited_by_name() -> re.Pattern[str]:
    """``nach Angaben von Ramsan Kadyrow``, ``according to Andriy Yermak``: a name cited with
    no title, known as a name by its Slavic first name."""
    first = "|".join(re.escape(name) for name in sorted(_slavic_first_names_cased(), key=len, reverse=True))
    rest = rf"{_CAPITAL}[a-zäöüßà-ÿ'’-]+"
    return re.compile(
        rf"(?<![\w])(?i:nach\s+Angaben\s+von|laut|according\s+to)\s+(?P<name>(?:{first})(?:\s+{rest}){{1,2}})\b"
    )


@cache
def _slavic_first_names_cased() -> tuple[str, ...]:
    return tuple(load("sources")["slavic_first_names"])


def _unknown_people(text: str) -> list[re.Match[str]]:
    """Names a title stands next to or a citation names, less places and parties read as names."""
    patterns = (_titled(), *_named_beside_office(), _cited_by_name())
    found = [match for pattern in patterns for match in pattern.finditer(text)]
    return [m for m in found if not places_in(m["name"]) and not party_mentions(m["name"])]


# Capitals of the Latin alphabets ("Dovilė Šakalienė", "Łukasz"), not only of German
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"


# Marks of a Ukrainian or Russian name spelled the German way (``Iwan Wyhiwskyj``, ``Ihor
# Terechow``); names without them (``Jonas Gahr Støre``, ``Charles Michel``) keep their spelling.
# A "sch" alone marks one only after a Slavic first name: ``Michail Mischustin``, but not
# ``Dick Schoof`` or ``Olaf Scholz``.
_GERMAN_SLAVIC = re.compile(
    r"tsch|(?<=[a-zäöü])j(?=[aeiou])|[iy]j\b|[oe]wa?\b|witsch|(?<=[aeiouy])w(?=[aeiouy])|^W[oly]|"
    r"(?<=[bcdfghklmnprstvwz])y",
    re.IGNORECASE,
)


@cache
def _slavic_first_names() -> frozenset[str]:
    return frozenset(name.lower() for name in load("sources")["slavic_first_names"])


# "Antonio Tajani", "Pedro Sánchez": Italian and Spanish surnames keep their spelling
_ROMANCE_SURNAME = re.compile(r"(?:ani|ini|elli|etti|ucci|oni|one|ez|az|ero|ano)$", re.IGNORECASE)


def _slavic_in_german(name: str) -> bool:
    parts = name.split()
    if _ROMANCE_SURNAME.search(parts[-1]):
        return False
    if any(_GERMAN_SLAVIC.search(part) for part in parts):
        return True
    # "Olexander Prokudin": a Slavic first name in its German spelling marks the whole name
    first = parts[0].lower()
    return first in _slavic_first_names() and ("sch" in name.lower() or transliterate(parts[0]) != parts[0])


def person_country(name: str) -> str | None:
    return next((country for english, country in _people_index()[1].values() if english == name), None)


Fallback = Callable[[], "str | None"]


def _unknown() -> str | None:
    return None


@dataclass(frozen=True)
class Setting:
    """What the entry around a sentence tells about its sources: whose country the entry
    is about, the place named before, and whether names are already spelled in English."""

    country: Fallback = _unknown
    place: Fallback = _unknown
    english: bool = False


NO_SETTING = Setting()


# "South Korea's spy agency", "Kyiv's military intelligence"
_ATTACHED_BEFORE = re.compile(r"((?:[A-Z][\w-]*(?:['’]s)?\s+)?[\w-]+(?:['’]s)?)\s+$")
_SEAT_AFTER = re.compile(r"^\s+(?:[A-ZÄÖÜ][\w'-]+\s+){0,3}(?:in|aus|von|of|in\s+the)\s+([\w-]+)")


_THE_COUNTRYS = re.compile(r"\b(?:the\s+country['’]s|the\s+nation['’]s|its)\s+$", re.IGNORECASE)
_OF_THE_COUNTRY = re.compile(r"\s+(?:des\s+Landes|seines\s+Landes|ihres\s+Landes|of\s+the\s+country)\b")


def _country_near(text: str, start: int, end: int, fallback: Fallback) -> str | None:
    """The country an institution belongs to: the adjective right before it (``des
    russischen Verteidigungsministeriums``), the seat right after it (``in Moskau``), a
    prefix (``US-``), else the fallback."""
    words = [text[start:end]]
    if text[start:end] in {"government", "Regierung"}:
        # "Finland will give Ukraine ..., the government said": the state the sentence opens with
        states = [m.code for m in party_mentions(text[:start]) if not m.adjective]
        return states[0] if states else fallback()
    if _THE_COUNTRYS.search(text[max(0, start - 20) : start]) or _OF_THE_COUNTRY.match(text, end):
        named_before = _named_outside_a_phrase(text[:start])
        if named_before:  # "a South Korean lawmaker said, citing the country's spy agency"
            return named_before[-1]
    before = _ATTACHED_BEFORE.search(text[max(0, start - 40) : start])
    after = _SEAT_AFTER.match(text[end : end + 40])
    words += [m.group(1) for m in (before, after) if m]
    for word in words:
        for mention in party_mentions(word):
            return mention.code
    return fallback()


# "Japan pledged $4.5bn for Ukraine's budget, the country's finance ministry said": the
# country the sentence speaks of is not one inside a phrase of purpose or place
_IN_A_PHRASE = re.compile(
    rf"(?:{IN_A_PHRASE_BEFORE.pattern})|\b(?:for|to|of|with|toward|towards)\s+(?:the\s+)?$", re.I
)


def _named_outside_a_phrase(text: str) -> list[str]:
    mentions = party_mentions(text)
    free = [m.code for m in mentions if not _IN_A_PHRASE.search(text[max(0, m.start - 20) : m.start])]
    return free or [m.code for m in mentions]


_LOCAL_BODIES = ("{adj} authorities", "{adj} police")
_SPECIAL = {
    ("US", "Defence Ministry"): "US Defense Department",
    ("US", "Foreign Ministry"): "US State Department",
    ("UA", "police"): "National Police of Ukraine",
    ("RU", "Armed Forces"): "Russian Defence Ministry",
}


# Kyiv's city administration has been its military administration since 2022
_CITY_BODIES = {"Kyiv city authorities": "Kyiv City Military Administration"}
# A bare "Militärverwaltung" where the city of Kyiv (not its region) is named is the city's
_CITY_OF_ITS_OWN = {"Kyiv": {"Kyiv Regional Military Administration": "Kyiv City Military Administration"}}


def _institution_name(template: str, code: str | None, text: str, setting: Setting) -> str:
    if code is None and template.startswith(_LOCAL_BODIES):
        places = places_in(text)
        code = country_of(places[0].name) if places else None
    if "{city}" in template or "{region}" in template:
        # "Zwölf wurden nach Angaben der Gebietsverwaltung verletzt": the place named before
        named = [mention.name for mention in places_in(text)]
        place = named[0] if named else setting.place()
        city = place.replace(" Oblast", "") if place else ""
        region = region_of(place) if place else ""
        name = template.format(city=city, region=region).strip()
        name = _CITY_OF_ITS_OWN.get(place or "", {}).get(name, name)
        if (
            place and country_of(place) == "RU"
        ):  # Russia's regions have governments, not military administrations
            name = name.replace("Regional Military Administration", "governor")
        return _CITY_BODIES.get(name, name)
    code = code or "UA"
    suffix = template.replace("{adj} ", "")
    return _SPECIAL.get((code, suffix)) or template.format(adj=english_adjective(code))


_UNOFFICIAL_AFTER = re.compile(
    r"[\s-]*(?:bloggers?|[Bb]logger\w*|experts?|analysts?|sources|observers|insiders|Experten|Analysten|"
    r"Quellen|Beobachter\w*|Kreise\w*)\b"
)


def candidates(text: str, setting: Setting = NO_SETTING) -> list[Source]:
    """Every person or institution the sentence names as a possible source."""
    found = [Source(name, start, end, person=True) for name, _, start, end in people_in(text)]
    for match in _unknown_people(text):
        if not any(s.start < match.end("name") and match.start("name") < s.end for s in found):
            name = match["name"]
            english = name if setting.english or not _slavic_in_german(name) else transliterate(name)
            found.append(Source(english, match.start("name"), match.end("name"), person=True))
    compiled, groups = _institutions()
    for match in compiled.finditer(text):
        if match.lastgroup is None:
            continue
        inside = [s for s in found if match.start() <= s.start and s.end <= match.end()]
        found = [s for s in found if s not in inside]  # ``Austins Ministerium`` names the ministry
        if any(s.start <= match.start() < s.end for s in found):
            continue
        if _UNOFFICIAL_AFTER.match(text, match.end()):
            continue  # "Russian military bloggers said": the bloggers speak, not the military
        template, default = groups[match.lastgroup]
        fallback = (lambda d=default: d) if default else setting.country
        if template.startswith(_LOCAL_BODIES):
            fallback = _unknown  # whose authorities or police follows from the place, not the entry
        if template == "{adj} Armed Forces":  # "Ukrainian forces withdrew ..., the military said"
            fallback = _first_party_or(text, fallback)
        if template == "{adj} Defence Ministry":
            fallback = _defender_or(text, fallback)
        if template.startswith("{adj} authorities") and any(
            0 <= match.start() - s.end <= 1 and not s.person for s in found
        ):
            continue  # "Pentagon officials" speak for the Pentagon
        code = _country_near(text, match.start(), match.end(), fallback)
        found.append(Source(_institution_name(template, code, text, setting), match.start(), match.end()))
    return _without_named_speakers_institutions(text, found)


_STOPPED = re.compile(
    r"\b(?:abgeschossen|abgefangen|zerstört|shot\s+down|downed|destroyed|intercepted)\b", re.I
)
_LAUNCHED = re.compile(r"\b(?:abgefeuert|gestartet|griff\w*|angegriffen|launched|fired|attacked)\b", re.I)
_DEFENCE_AFTER = re.compile(r"\s*(?:Luftabwehr|Flugabwehr|Luftverteidigung|air\s+defen[cs]es?)\b", re.I)


def _defender_or(text: str, fallback: Fallback) -> Fallback:
    """``Die russische Schwarzmeerflotte habe fünf Seedrohnen zerstört, teilte das
    Verteidigungsministerium mit``: the ministry that reports weapons stopped, with no
    launch in the sentence, is the defender's, the party named as a state or a force."""
    if not _STOPPED.search(text) or _LAUNCHED.search(text):
        return fallback
    defenders = [
        m.code
        for m in party_mentions(text)
        if not m.adjective or FORCES_AFTER.match(text, m.end) or _DEFENCE_AFTER.match(text, m.end)
    ]
    return (lambda: defenders[0]) if defenders else fallback


def _first_party_or(text: str, fallback: Fallback) -> Fallback:
    """The state the sentence names first, else ``fallback``'s."""
    mentions = party_mentions(text)
    return (lambda: mentions[0].code) if mentions else fallback


_MINISTRY = re.compile(r"Ministry|Department")
_BETWEEN_OFFICE_AND_NAME = re.compile(
    # "Der Chef der Militärverwaltung von Kiew, Serhij Popko", "des Gouverneurs des Gebiets,
    # Andrej Worobjow": the office's city or region may stand between
    r"^(?:['’]s)?(?:\s+(?:von|of|in|des|der|of\s+the)\s+[A-ZÄÖÜ][\wäöüß-]*)?[\s,]*(?:(?:spokes\w+|Sprecher\w*|chief|head|commander|leader|boss)[\s,]+)?"
    r"(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?$"
)


def _without_named_speakers_institutions(text: str, found: list[Source]) -> list[Source]:
    """``Armeesprecher Wladyslaw Woloschyn``, ``the air force's spokesman, Yurii Ihnat``: a
    military office whose speaker is named right after it is that person's office, not
    a source of its own. A ministry's spokesperson (``Außenamtssprecher Vedant Patel``)
    speaks for the ministry, as such briefings are reported."""
    people = [s for s in found if s.person]
    return [s for s in found if s.person or _MINISTRY.search(s.name) or not _office_of_named(text, s, people)]


def _office_of_named(text: str, office: Source, people: list[Source]) -> bool:
    """Whether a person is named right after the office, or the office stands in apposition
    after a person's name."""
    return any(
        (p.start >= office.end and _BETWEEN_OFFICE_AND_NAME.match(text[office.end : p.start]))
        or (p.end <= office.start and _BETWEEN_NAME_AND_OFFICE.match(text[p.end : office.start]))
        for p in people
    )


# "Oleh Kiper, the governor of the Odesa region": the office in apposition after a name
_BETWEEN_NAME_AND_OFFICE = re.compile(r"^,\s+(?:the\s+|der\s+|die\s+|des\s+)?(?:[\w'’-]+\s+){0,4}$")


_NAMES_AFTER = re.compile(
    r"(?:nach\s+(?!eigenen\b)|laut\b|according\s+to\b|citing\b|unter\s+Berufung\b)", re.IGNORECASE
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:gegen|against|mit|with|für|for|(?<!Berufung\s)(?<!sich\s)auf)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def _distance(source: Source, cue: re.Match[str]) -> float:
    """How far a source stands from an attribution: ``nach Angaben des Militärsprechers X``,
    ``laut X``, ``according to X`` name their source after them, other cues either side."""
    if _NAMES_AFTER.match(cue.group(0)):  # a source inside the cue: "nach ukrainischen Angaben"
        return max(0, source.start - cue.end()) if source.start > cue.start() else float("inf")
    return abs(source.start - cue.start())


_HEARSAY = re.compile(r"hieß\s+es", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+(?!by\b)(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?$")


def attributed_source(text: str, setting: Setting = NO_SETTING) -> str | None:
    """The source nearest an attribution (``nach Angaben``, ``sagte``, ``said``) in the sentence;
    not one the sentence fights or works with (``gegen die ukrainische Armee kämpften``)."""
    unnamed = [(m.start(), m.end()) for m in _UNNAMED_SOURCES.finditer(text)]
    # "nach Angaben von Militärbeobachtern": an attribution to sources of no name names none
    cues = [c for c in _ATTRIBUTION.finditer(text) if not any(a <= c.start() < b for a, b in unnamed)]
    if not cues:
        return None
    found = [s for s in candidates(text, setting) if not _OBJECT_BEFORE.search(text[: s.start])]
    named = [s for s in found if not _HEARSAY.search(text[s.start : s.end])]
    found = named or found  # "Die Luftwaffe habe ..., hieß es aus Kiew": the Air Force is named
    speakers = [s for s in found if not _TOLD.search(text, 0, s.start)]
    found = speakers or found  # "Ishiba told Zelensky in a phone call": Zelensky only listened
    if not found:
        return _own_forces(text)
    best = min(found, key=lambda s: min(_distance(s, cue) for cue in cues))
    if not best.person:  # "Kiew bestreitet das: ..., teilte die Vize-Ministerin Hanna Maljar mit"
        speakers = [
            s
            for s in found
            if s.person
            and (any(_speaks_after(text, cue, s) for cue in cues) or _speaks_as_wie(text, s, cues))
        ]
        speaker = next((s for s in speakers if not _for_an_office(text, s, found)), None)
        return (speaker or best).name
    ministry = _ministry_spoken_for(text, best, found)
    return ministry.name if ministry else best.name


_WIE_BEFORE = re.compile(r"\bwie\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _speaks_as_wie(text: str, person: Source, cues: list[re.Match[str]]) -> bool:
    """``..., wie Serhij Tscherewatyj, Sprecher der Streitkräftegruppe Ost, mitteilte``: the
    person a "wie" clause names says what the verb at its end says."""
    return bool(_WIE_BEFORE.search(text, 0, person.start)) and any(c.start() > person.end for c in cues)


def _offices_of(text: str, person: Source, found: list[Source]) -> list[Source]:
    return [
        s
        for s in found
        if not s.person
        and s.end <= person.start
        and _BETWEEN_OFFICE_AND_NAME.match(text[s.end : person.start])
    ]


def _for_an_office(text: str, person: Source, found: list[Source]) -> bool:
    """``Außenamtssprecher Vedant Patel``: a person named as an office's speaker speaks for it."""
    return bool(_offices_of(text, person, found))


def _ministry_spoken_for(text: str, person: Source, found: list[Source]) -> Source | None:
    """``State Department spokesman Vedant Patel said``: a ministry's spokesperson speaks for it."""
    offices = _offices_of(text, person, found)
    return next(
        (
            s
            for s in offices
            if _MINISTRY.search(s.name) and _SPOKESPERSON_OF.match(text[s.end : person.start])
        ),
        None,
    )


_SPOKESPERSON_OF = re.compile(r"(?:['’]s)?[\s,]*(?:spokes\w+|Sprecher\w*)[\s,]+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?$")


def _speaks_after(text: str, cue: re.Match[str], source: Source) -> bool:
    """A person named right after a verb of saying (``teilte die Ministerin X mit``); after
    ``nach Angaben des Pentagons`` the cue named its source already, and who follows acts."""
    if _NAMES_AFTER.match(cue.group(0)):
        return False
    gap = text[cue.end() : source.start]
    return 0 <= source.start - cue.end() <= 60 and not re.search(r"[,.;:]", gap)


_BY_OWN_ACCOUNT = re.compile(
    r"nach\s+eigenen\s+Angaben|eigenen\s+Angaben\s+zufolge|by\s+(?:its|their)\s+own\s+account|"
    r"according\s+to\s+(?:its|their)\s+own|\b(?:said|claimed)\s+(?:they|it)\s+(?:had|have|has)\b|"
    r"\b(?:claimed|claims|claim|said|say|says)\s+to\s+have\b",
    re.IGNORECASE,
)
_FORCES_OF = {"UA": "Ukrainian Armed Forces", "RU": "Russian Defence Ministry"}


def _own_forces(text: str) -> str | None:
    """``Ukrainische Truppen haben nach eigenen Angaben ... zurückerobert``: forces that
    report on themselves speak through their command."""
    if not _BY_OWN_ACCOUNT.search(text):
        return None
    for mention in party_mentions(text):
        if mention.code == "UA" and _AIR_DEFENCE_AFTER.match(text, mention.end):
            return "Ukrainian Air Force"  # "Die ukrainische Luftabwehr hat nach eigenen Angaben ..."
        if mention.code in _FORCES_OF and FORCES_AFTER.match(text, mention.end):
            return _FORCES_OF[mention.code]
    return None


_AIR_DEFENCE_AFTER = re.compile(
    r"\s*(?:Luftabwehr|Flugabwehr|Luftverteidigung|Luftwaffe|air\s+defen[cs]es?|air\s+force)\b", re.IGNORECASE
)


_UNNAMED_SOURCES = re.compile(
    r"(?:nach\s+|laut\s+|zufolge\s+)(?:\w+\s+){0,2}?(?:Angaben|Einschätzung\w*|Erkenntnissen|Informationen|"
    r"Berichten|Analysen?)?\s*(?:\w+\s+){0,2}?(?:[\w-]*Experten|[\w-]*[Aa]nalysten|[\w-]*[Bb]eobachter\w*|[\w-]*[Bb]logger\w*|"
    r"Medien\w*|Quellen|Kreise\w*)\b|"
    r"according\s+to\s+(?:\w+\s+){0,3}?(?:experts|analysts|observers|bloggers|media|sources|reports)\b|"
    r"\b(?:experts|analysts|observers|bloggers|sources)\s+(?:said|say|believe|reported)\b",
    re.IGNORECASE,
)


def names_unknown_source(text: str) -> bool:
    """``nach Einschätzung westlicher Militärexperten``, ``according to military bloggers``:
    the sentence gives its source, one that is no person or institution of ours, so no
    other sentence's source is its own."""
    return bool(_UNNAMED_SOURCES.search(text))


def hands_over(text: str) -> bool:
    """``Das sagte X``, ``Dies teilte ... mit``: a sentence that names the source of the one before."""
    return bool(_HANDOVER.search(text))


def handover_source(next_text: str, setting: Setting) -> str | None:
    """``Das sagte X``: a following sentence that names the source of the one before."""
    if hands_over(next_text):
        return attributed_source(next_text, setting)
    return None


def headline_speaker(headline: str | None) -> str | None:
    """``Putin: Fast 700.000 Soldaten im Einsatz`` names its speaker before the colon."""
    if not headline or ":" not in headline:
        return None
    speaker = headline.split(":", 1)[0]
    found = candidates(speaker)
    return found[0].name if found else None


# "Russian forces claimed to have captured Toretsk, a claim Kyiv denied": the denial is an
# aside on a claim the sentence still reports as made, and by whom
_DENIAL_ASIDE = re.compile(
    r",\s*(?:a\s+claim|which|something|was|eine\s+Darstellung|eine\s+Angabe|eine\s+Behauptung)\b[^,;:]*$",
    re.IGNORECASE,
)
_DENIES = re.compile(
    r"\b(?:denied|denies|rejected|disputed|bestritt\w*|bestreitet|dementiert\w*|zurückgewiesen|wies\b[^,;:]*\bzurück)\b",
    re.IGNORECASE,
)


def without_denial_aside(text: str) -> str:
    aside = _DENIAL_ASIDE.search(text.rstrip(" ."))
    return text[: aside.start()] if aside and _DENIES.search(aside.group(0)) else text
