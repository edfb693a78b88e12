"""Countries and bodies a sentence names, as ISO codes (or EU, NATO, UN, IMF, G7, WB)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from domain.extraction.lexicon import load

_EVENT_COMPOUNDS = re.compile(
    r"-(?:Gipfel\w*|Treffen\w*|Konferenz\w*|Sitzung\w*|Beitritt\w*|Mitgliedschaft\w*|Summit\w*|"
    r"Verhandlungen|Wahl\w*|Grenze\w*|Botschaft\w*|Sanktion\w*|Kandidat\w*|Mitglied\w*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PartyMention:
    code: str
    start: int
    end: int
    adjective: bool


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    compiled = []
    for party in load("countries")["parties"]:
        names = "|".join(re.escape(n) for n in sorted(party["names"], key=len, reverse=True))
        name_re = re.compile(rf"(?<![\w-])(?:{names})(?:s|')?(?![\w])", re.UNICODE)
        adjective_re = None
        if party["adjectives"]:
            stems = "|".join(
                re.escape(a) + ("" if a.endswith("-") else r"\w*") for a in party["adjectives"]
            )
            adjective_re = re.compile(rf"(?<![\w-])(?:{stems})", re.IGNORECASE)
        compiled.append((party["code"], name_re, adjective_re))
    return tuple(compiled)


def party_mentions(text: str) -> list[PartyMention]:
    """Every party named, in order; a name that only modifies an event (``Nato-Gipfel``) is left out."""
    found = []
    for code, name_re, adjective_re in _patterns():
        for match in name_re.finditer(text):
            if not _EVENT_COMPOUNDS.match(text, match.end()):
                found.append(PartyMention(code, match.start(), match.end(), adjective=False))
        if adjective_re is not None:
            for match in adjective_re.finditer(text):
                if not _EVENT_COMPOUNDS.match(text, match.end() - 1 if text[match.end() - 1] == "-" else match.end()):
                    found.append(PartyMention(code, match.start(), match.end(), adjective=True))
    found.sort(key=lambda mention: (mention.start, -mention.end))
    return _without_overlaps(found)


def _without_overlaps(mentions: list[PartyMention]) -> list[PartyMention]:
    kept: list[PartyMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@cache
def english_adjective(code: str) -> str:
    for party in load("countries")["parties"]:
        if party["code"] == code:
            return str(party["english"])
    return code
