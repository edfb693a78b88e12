"""Who reports a figure: the person or institution a sentence attributes it to, in English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from domain.extraction.lexicon import load
from domain.extraction.parties import english_adjective, party_mentions
from domain.extraction.places import places_in, transliterate

_ATTRIBUTION = re.compile(
    r"(?<![\w-])(?:nach\s+(?:\w+\s+)?Angaben|Angaben|laut|zufolge|teilte\w*|mitgeteilt|sagte\w*|sagt|"
    r"mitteilte\w*|erklärte\w*|erklärt|meldete\w*|meldet|berichtete\w*|schrieb|schreibt|betonte\w*|warnte\w*|"
    r"kündigte\w*|bestätigte\w*|Darstellung|Erkenntnissen|Einschätzung|Bilanz|hieß\s+es|said|says|"
    r"told|wrote|reported|according\s+to|announced|stated|claimed|added)(?![\w])",
    re.IGNORECASE,
)
_HANDOVER = re.compile(r"^(?:Das|Dies|Dieses|This|That)\s+(?:\w+\s+){0,2}?(?:sagte|teilte|erklärte|"
                       r"kündigte|meldete|berichtete|schrieb|betonte|said|announced)", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    name: str
    start: int
    end: int


@cache
def _people() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    people = []
    for person in load("sources")["people"]:
        forms = "|".join(re.escape(s) for s in person["surnames"])
        people.append((person["name"], person["country"],
                       re.compile(rf"(?<![\w-])(?:{forms})(?:s|')?(?![\w-])")))
    return tuple(people)


@cache
def _institutions() -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{i['pattern']})(?![\w])", re.IGNORECASE), i["name"],
         i["default_country"])
        for i in load("sources")["institutions"]
    )


@cache
def _titled() -> re.Pattern[str]:
    titles = "|".join(load("sources")["titles"])
    name = r"[A-ZÄÖÜ][\wäöüß'’-]+"
    return re.compile(rf"(?<![\w])(?:{titles})\s+(?P<name>{name}(?:\s+{name}){{1,2}})")


def person_country(name: str) -> str | None:
    for english, country, _ in _people():
        if english == name:
            return country
    return None


def _country_near(text: str, start: int, end: int, fallback: str | None) -> str | None:
    window_start = max(0, start - 30)
    for mention in party_mentions(text[window_start : end + 40]):
        return mention.code
    return fallback


_SPECIAL = {("US", "Defence Ministry"): "US Defense Department",
            ("US", "Foreign Ministry"): "US State Department"}


def _institution_name(template: str, code: str | None, text: str) -> str:
    if "{city}" in template or "{region}" in template:
        places = places_in(text)
        place = places[0].name.replace(" Oblast", "") if places else ""
        return template.format(city=place, region=place).strip()
    code = code or "UA"
    suffix = template.replace("{adj} ", "")
    return _SPECIAL.get((code, suffix)) or template.format(adj=english_adjective(code))


def candidates(text: str, context_country: str | None) -> list[Source]:
    """Every person or institution the sentence names as a possible source."""
    found = [Source(name, m.start(), m.end()) for name, _, pattern in _people()
             for m in pattern.finditer(text)]
    for match in _titled().finditer(text):
        if not any(s.start <= match.start("name") < s.end for s in found):
            parts = [transliterate(part) for part in match["name"].split()]
            found.append(Source(" ".join(parts), match.start("name"), match.end("name")))
    for pattern, template, default in _institutions():
        for match in pattern.finditer(text):
            if any(s.start <= match.start() < s.end for s in found):
                continue
            code = _country_near(text, match.start(), match.end(), default or context_country)
            found.append(Source(_institution_name(template, code, text), match.start(), match.end()))
    return found


def attributed_source(text: str, context_country: str | None = None) -> str | None:
    """The source nearest an attribution (``nach Angaben``, ``sagte``, ``said``) in the sentence."""
    cues = [m.start() for m in _ATTRIBUTION.finditer(text)]
    found = candidates(text, context_country)
    if not cues or not found:
        return None
    best = min(found, key=lambda s: min(abs(s.start - cue) for cue in cues))
    return best.name


def handover_source(next_text: str, context_country: str | None) -> str | None:
    """``Das sagte X``: a following sentence that names the source of the one before."""
    if _HANDOVER.search(next_text):
        return attributed_source(next_text, context_country)
    return None


def headline_speaker(headline: str | None) -> str | None:
    """``Putin: Fast 700.000 Soldaten im Einsatz`` names its speaker before the colon."""
    if not headline or ":" not in headline:
        return None
    speaker = headline.split(":", 1)[0]
    found = candidates(speaker, None)
    return found[0].name if found else None
