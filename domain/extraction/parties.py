"""Countries and bodies a sentence names, as ISO codes (or EU, NATO, UN, IMF, G7, WB)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from domain.extraction import cues
from domain.extraction.lexicon import load

_EVENT_COMPOUNDS = re.compile(
    r"-(?:Gipfel\w*|Treffen\w*|Konferenz\w*|Sitzung\w*|Beitritt\w*|Mitgliedschaft\w*|Summit\w*|"
    r"Verhandlungen|Wahl\w*|Grenze\w*|Botschaft\w*|Sanktion\w*|Kandidat\w*|Mitglied\w*|Dollar\w*)"
    # "At the start of the NATO summit in Vilnius, the German government announced ...": the
    # event is where it happened, not who acted
    r"|\s+(?:summit|meeting|talks|conference|membership|accession|sanctions|ambassador|envoy|candidate)\b",
    re.IGNORECASE,
)


# The two warring sides, each mapped to its enemy: the attack a side fends off is the other's.
OPPONENT = {"RU": "UA", "UA": "RU"}


@dataclass(frozen=True)
class PartyMention:
    code: str
    start: int
    end: int
    adjective: bool


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """One pattern for every name and adjective; each alternative is a named group."""
    groups: dict[str, tuple[str, bool]] = {}
    alternatives = []
    for number, party in enumerate(load("countries")["parties"]):
        names = "|".join(re.escape(n) for n in sorted(party["names"], key=len, reverse=True))
        groups[f"n{number}"] = (party["code"], False)
        alternatives.append(rf"(?P<n{number}>(?:{names})(?:['’]s|s|['’])?(?![\w]))")
        if party["adjectives"]:
            stems = "|".join(
                _any_case_initial(a) + ("" if a.endswith("-") else r"\w*")
                for a in sorted(party["adjectives"], key=len, reverse=True)
            )
            groups[f"a{number}"] = (party["code"], True)
            alternatives.append(rf"(?P<a{number}>{stems})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})"), groups


def _any_case_initial(word: str) -> str:
    """``[Rr]ussisch``: adjectives start small, or capital at a sentence's start."""
    first = word[0]
    return f"[{first.upper()}{first.lower()}]{re.escape(word[1:])}" if first.isalpha() else re.escape(word)


_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w'.-]*")


@cache
def _prefixes() -> frozenset[str]:
    """The first three letters (lower case) of every name and adjective."""
    words = [w for party in load("countries")["parties"] for w in (*party["names"], *party["adjectives"])]
    return frozenset(w[:3].lower() for w in words)


@lru_cache(maxsize=8192)
def party_mentions(text: str) -> tuple[PartyMention, ...]:
    """Every party named, in order; a name that only modifies an event (``Nato-Gipfel``) is left out.

    Only words whose first letters could begin a name are tried against the full pattern.
    """
    compiled, groups = _pattern()
    prefixes = _prefixes()
    found = []
    for word in _WORD.finditer(text):
        start = word.group()[:3].lower()
        if start not in prefixes and start[:2] not in prefixes:  # "EU's", "US-Angaben"
            continue
        match = compiled.match(text, word.start())
        if match is None:
            continue
        name = match.lastgroup
        assert name is not None
        code, adjective = groups[name]
        end = match.end()
        if _EVENT_COMPOUNDS.match(text, end - 1 if text[end - 1] == "-" else end):
            continue
        found.append(PartyMention(code, match.start(), end, adjective))
    return tuple(found)


@cache
def english_adjective(code: str) -> str:
    for party in load("countries")["parties"]:
        if party["code"] == code:
            return str(party["english"])
    return code


# "der russischen Streitkräfte", "Ukrainian troops": the noun after a party that makes it a force
FORCES_AFTER = re.compile(
    r"\s*(?:Streitkräfte\w*|Armee\w*|Truppen|Einheiten|Soldaten|Militär\w*|Luftwaffe|Marine|"
    r"forces|army|military|troops|units)\b",
    re.IGNORECASE,
)
_SPEAKS = re.compile(
    r"(?:'s|’s)?\s*(?:\w+\s+){0,2}?(?:said|says|told|reported|announced|sagte|sagt|erklärte|erklärt|teilte|teilt|meldete|meldet|berichtete|berichtet)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:wurde|wurden|worden|was|were|been)\b", re.IGNORECASE)


def acting_party(text: str, not_at: tuple[tuple[int, int], ...] = ()) -> str | None:
    """``Die Ukraine hat ... 105 Drohnen ... abgefeuert``, ``Russia launched 101 drones``: the
    country named as the one acting (not as a source, an adjective, a passive's object, or
    at one of the spans ``not_at``)."""
    for mention in party_mentions(text):
        forces = mention.adjective and FORCES_AFTER.match(text, mention.end)  # "Die russische Armee hat ..."
        if mention.code not in {"RU", "UA"} or (mention.adjective and not forces):
            continue
        if any(start < mention.end and mention.start < end for start, end in not_at):
            continue
        if cues.source_follows(text[mention.end :]) or cues.source_precedes(text[: mention.start]):
            continue
        if _PASSIVE.search(text[mention.end : mention.end + 60]) or _SPEAKS.match(text[mention.end :]):
            continue
        if _TARGET_OR_PLACE_BEFORE.search(text, 0, mention.start):
            continue  # "bei einem Angriff auf Kiew": the capital attacked, not a country acting
        return mention.code
    return None


_TARGET_OR_PLACE_BEFORE = re.compile(
    r"\b(?:auf|gegen|über|in|nach|on|against|over|into|at|across|throughout)\s+(?:die\s+|den\s+|das\s+|dem\s+|the\s+)?$",
    re.IGNORECASE,
)


# "in den ukrainischen Sektoren", "für ihre Hilfe in der Ukraine": a party inside a
# prepositional phrase, which is no subject of the sentence
IN_A_PHRASE_BEFORE = re.compile(
    r"\b(?:in|im|auf|an|am|bei|gegen|über|nach|aus|von|vom|mit|für|zu|zur|zum|on|at|near|against|into|from)\s+"
    r"(?:der|die|das|den|dem|des|the)?\s*$",
    re.IGNORECASE,
)
