"""What the kind extractors share about one entry: its sentences, places, sources, attacker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from domain.extraction import cues
from domain.extraction.numbers import NumberMention, find_numbers
from domain.extraction.parties import OPPONENT, party_mentions
from domain.extraction.places import (
    PlaceMention,
    city_spans,
    known_places,
    owns_an_institution,
    places_in,
    stands_for_a_speaker,
)
from domain.extraction.sentences import Sentence, split_sentences
from domain.extraction.sources import (
    Setting,
    attributed_source,
    candidates,
    handover_source,
    headline_speaker,
    names_unknown_source,
    without_denial_aside,
)

# "Ukraine said 2,300 Russian troops had been killed in Kursk": the country speaking
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){1,4}?)?\s+(?:said|says|claimed(?!\s+(?:the|\w+)\s+lives)|claims|reported|sagte|sagt|teilte|erklärte|meldete|"
    r"meldet|berichtete)\b"
)
# "Die EU-Kommission hat ...", "The European Commission approved ...": a sentence that opens with its actor
_OPENS_AS_SUBJECT = re.compile(r"^\W*(?:(?:Die|Der|Das|The)\s+)?$")
_REPORTED_SPEECH = re.compile(r"\b(?:habe|sei|seien|werde|wolle|könne|solle|müsse|hätten?|wären?)\b")
_THE_TOWN = re.compile(
    r"\b(?:in|im)\s+(?:the|der|dem)\s+(?:city|town|region|Stadt|Region|Gebiet)\b(?!\s+(?:of|von)\b)", re.I
)
# "..., hieß es aus Moskau", "nach Angaben aus Kiew": the seat of who says it
_SAID_FROM = re.compile(
    r"\b(?:(?:hieß\s+es|verlautete|Angaben|Informationen)\s+(?:aus|von)|laut|according\s+to)\s+$",
    re.IGNORECASE,
)
_ACCORDING_TO_AFTER = re.compile(r"\s+zufolge\b", re.IGNORECASE)  # "Kiew zufolge"
_LOCATIVE = re.compile(r"\b(?:in|im)\s+(?:the\s+|der\s+|dem\s+)?$", re.IGNORECASE)
# "im Kampf gegen die Ukraine", "Hilfe für Kiew": a country or city fought or helped, not
# where people were killed
_NOT_WHERE = re.compile(
    # (but "the battle for Bakhmut" is where they died)
    r"(?<!battle\s)(?<!fight\s)(?<!fighting\s)\b(?:gegen|against|für|for)\s+(?:die\s+|den\s+|das\s+)?$|"
    # "Im Süden der Ukraine", "in eastern Ukraine": a part of the country, not where it happened
    r"\b(?:im|in)\s+(?:(?:Nord|Süd)?(?:[Oo]sten|[Ww]esten)|Norden|Süden)\s+(?:der|des)\s+$|"
    r"\bin\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?:part\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
NATIONWIDE = re.compile(
    r"landesweit|bundesweit|nationwide|across\s+(?:the\s+country|Ukraine)|im\s+ganzen\s+Land|"
    r"in\s+der\s+ganzen\s+Ukraine",
    re.IGNORECASE,
)
_FRONT_EXCLUDED = {"Ukraine"}
_HEADLINE_SPEAKER = re.compile(r"['’]?s?\s*:")
_PRONOUN_SPEAKS = re.compile(r"\b(?:he|she)\s+(?:said|added|wrote|told)\b", re.IGNORECASE)
# (not ", he said": a pronoun after the name says someone else named before speaks)
_SPEAKS_NEXT = re.compile(
    r"\W*(?!(?:he|she|they|er|sie)\s)(?:\w+\s+){0,2}?(?:said|says|told|wrote|added|announced|sagte|sagt|erklärte|schrieb|teilte|betonte)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(
    r"\b(?:according\s+to|laut|nach\s+Angaben\s+(?:von|des|der))\s+(?:\w+\s+){0,2}$", re.I
)
_BARE_INSTITUTION = re.compile(
    r"\b(?:den|dem|der|des|die|das|the)\s+(?:Geheimdienst\w*|Ministerium\w*|Verteidigungsministerium\w*|"
    r"intelligence\s+(?:agency|service)|spy\s+agency|ministry|defen[cs]e\s+ministry|agency)\b",
    re.IGNORECASE,
)
_BY_HIS_ACCOUNT = re.compile(
    r"\b(?:nach\s+(?:seinen|ihren)\s+(?:Angaben|Worten)|(?:seinen|ihren)\s+Angaben\s+zufolge|"
    r"according\s+to\s+(?:him|her)|(?:he|she)\s+(?:said|added|wrote))\b",
    re.IGNORECASE,
)


# "Kyiv's incursion ties down 50,000 Russian troops", "Moskaus Truppen": a city whose
# state acts, not a place where anything happens
_STANDS_FOR_ITS_STATE = re.compile(
    r"(?:['’]s|s)\s+(?:(?:own|new|latest|biggest|largest|first|eigene\w*|neue\w*|größte\w*|erste\w*)\s+)?"
    r"(?:(?:drone|missile|Drohnen|Raketen)[\s-]?)?(?:attacks?|strikes?|[Aa]ngriff\w*|incursion|offensive|counteroffensive|forces|"
    r"troops|army|military|government|leadership|allies|partners|invasion|war\b|push|operation|"
    r"Offensive|Vorstoß\w*|Truppen|Armee|Streitkräfte|Regierung|Führung|Verbündete\w*|Angriffskrieg\w*)"
)


def _stands_for_its_state(text: str, place: PlaceMention) -> bool:
    """``Kyiv's incursion``; ``Kiews Offensive``, whose genitive the place's name took in."""
    genitive = text[place.end - 1] == "s" and text[place.start].isupper() and place.end - place.start > 3
    return bool(_STANDS_FOR_ITS_STATE.match(text, place.end - 1 if genitive else place.end))


_ARMED_FORCE = re.compile(
    r"\s*(?:Armee|Streitkräfte|Militär|Truppen|Soldaten|army|military|forces|troops)\b", re.IGNORECASE
)


def _weapons_owner(texts: list[str]) -> str | None:
    """``russische Raketen`` in any of the texts first, else a country acting in one about an
    attack; a country's name inside a city's (``die ukrainische Hauptstadt``) is neither."""
    return next(filter(None, map(named_owner, texts)), None) or next(
        filter(None, map(acting_owner, texts)), None
    )


@lru_cache(maxsize=4096)
def named_owner(text: str) -> str | None:
    """Whose weapons a party's adjective names: ``sechs russische Raketen``."""
    named = city_spans(text)
    for mention in party_mentions(text):
        if (
            mention.code in {"RU", "UA"}
            and mention.adjective
            and not any(start <= mention.start < end for start, end in named)
            and _names_weapons(text, mention.end)
            # not a source: "nach Angaben der ukrainischen Luftwaffe mit 112 Drohnen"
            and not cues.source_follows(text[mention.end :])
            and not cues.source_precedes(text[: mention.start])
        ):
            # "Ukrainian forces neutralised 41 drones": the force stopping them defends
            return OPPONENT[mention.code] if _defends(text, mention.end) else mention.code
    return None


# "in der russischen Region Lipezk mit Drohnen": the adjective names the region, not the weapons
_PLACE_NOUN = re.compile(
    r"\b(?:Region\w*|Grenzregion\w*|Gebiet\w*|region|oblast|Oblast|\w*[Ss]tadt|city|town|village|Dorf\w*)\b"
)


def _names_weapons(text: str, end: int) -> bool:
    window = text[end : end + 30]
    air = cues.pattern("front", "air_words").search(window)
    return air is not None and not _PLACE_NOUN.search(window, 0, air.start())


@lru_cache(maxsize=4096)
def acting_owner(text: str) -> str | None:
    """Whose weapons they were where a country acts in a sentence about an attack."""
    if not (cues.has("front", "air_words", text) or cues.has("front", "ambiguous_attack", text)):
        return None
    named = city_spans(text)  # "die russische Hauptstadt" is Moscow, not Russia acting
    for mention in party_mentions(text):
        city = known_places(text[mention.start : mention.end]) or any(
            start <= mention.start < end for start, end in named
        )
        speaks = cues.source_follows(text[mention.end :]) or cues.source_precedes(text[: mention.start])
        if mention.code in {"RU", "UA"} and not city and not speaks:
            return OPPONENT[mention.code] if _defends(text, mention.end) else mention.code
    return None


def _defends(text: str, after_party: int) -> bool:
    """``Die ukrainische Armee hat 23 Drohnen abgeschossen``: the force shooting down is the
    defender, so the weapons are the other side's."""
    return (
        bool(_ARMED_FORCE.match(text, after_party))
        and cues.has("interception", "intercepted", text)
        # "die russischen Streitkräfte feuerten 84 Marschflugkörper ab, 43 davon habe die
        # Luftabwehr zerstört": a force that fires, beside a defence that stops, attacks
        and not (cues.has("interception", "launched", text) and cues.has("interception", "defence", text))
    )


@dataclass
class Draft:
    """A claim being built: its kind, its fields, and the sentences that state it."""

    kind: str
    fields: dict[str, Any]
    sentences: tuple[int, ...]
    completes_earlier: bool = False  # only adds to a claim of the sentence before; alone, none
    stops_all: bool = False  # "habe alle abgefangen": the earlier claim's launched were all stopped
    all_but: int | None = None  # "all but nine of them": all stopped, less this many
    names_weapons: bool = False  # "Keine der Raketen ...": a completion that says which weapons it means
    awaits_outcome: bool = False  # "zählte 64 Drohnen": a count that is a claim only once an outcome joins it
    corrects_earlier: bool = False  # "The correct figure is 14": replaces the figure of the sentence before


@dataclass
class EntryContext:
    body: str
    headline: str | None
    language: str
    sentences: list[Sentence] = field(default_factory=list)

    @classmethod
    def of(cls, body: str, headline: str | None, language: str) -> EntryContext:
        return cls(body, headline, language, split_sentences(body))

    def text(self, index: int) -> str:
        return self.sentences[index].text

    def numbers(self, index: int) -> list[NumberMention]:
        return self._numbers[index]

    @cached_property
    def _numbers(self) -> list[list[NumberMention]]:
        return [find_numbers(s.text, self.language) for s in self.sentences]

    def places(self, index: int) -> list[PlaceMention]:
        return self._places[index]

    @cached_property
    def _places(self) -> list[list[PlaceMention]]:
        return [
            [p for p in places_in(s.text, self.language) if not _stands_for_its_state(s.text, p)]
            for s in self.sentences
        ]

    def place_before(self, index: int, within: int | None = None, paragraph_only: bool = False) -> str | None:
        """The last front-worthy place named up to sentence ``index`` (or up to an offset in it),
        where told so only in its paragraph (a summary's next paragraph is another story)."""
        if within is not None:
            here = [p for p in self.places(index) if p.end <= within and p.name not in _FRONT_EXCLUDED]
            if here:
                return here[-1].name
        first = self._paragraph_start(index) if paragraph_only else 0
        for earlier in range(index - 1, first - 1, -1):
            # "..., sagte Selenskyj in Kyjiw": where a speaker spoke is no place the next sentence means
            named = [
                p
                for p in self.places(earlier)
                if p.name not in _FRONT_EXCLUDED and not stands_for_a_speaker(self.text(earlier), p)
            ]
            if named:
                return named[-1].name
        if self.headline:
            # "Kyiv: Russia has 695,000 troops in Ukraine": a place that speaks in the headline
            named = [
                p
                for p in places_in(self.headline)
                if p.name not in _FRONT_EXCLUDED and not _HEADLINE_SPEAKER.match(self.headline, p.end)
            ]
            return named[-1].name if named else None
        return None

    @cached_property
    def _is_summary(self) -> bool:
        """Four or more paragraphs in one entry: a summary whose paragraphs tell apart stories."""
        return self.body.strip().count("\n\n") >= 3

    def _paragraph_start(self, index: int) -> int:
        """The first sentence of the paragraph sentence ``index`` stands in."""
        start = index
        while start and "\n\n" not in self.body[self.sentences[start - 1].end : self.sentences[start].start]:
            start -= 1
        return start

    def casualty_place(self, index: int) -> str | None:
        """Where people were killed or hurt: named in the sentence, else earlier in the entry."""
        if NATIONWIDE.search(self.text(index)):
            return None
        text = self.text(index)
        here = [
            p
            for p in self.places(index)
            if not _NOT_WHERE.search(text, 0, p.start)
            and not self._speaks(text, p)
            and not _SAID_FROM.search(text, 0, p.start)
            and not _ACCORDING_TO_AFTER.match(text, p.end)
            and not owns_an_institution(text, p)
        ]
        if here:
            return here[0].name
        owners = [
            p
            for p in self.places(index)
            if text.startswith(("'s ", "’s "), p.end) and p.name not in ("Ukraine", "Russia", "Belarus")
        ]
        if owners and _THE_TOWN.search(text):
            return owners[0].name  # "Kharkiv's mayor said three people were killed in the city"
        return self.place_before(index, paragraph_only=self._is_summary)

    @staticmethod
    def _speaks(text: str, place: PlaceMention) -> bool:
        """``Ukraine said ...`` speaks; ``Officials in the Kursk region reported ...`` locate."""
        return bool(_SPEAKS_AFTER.match(text, place.end)) and not _LOCATIVE.search(text, 0, place.start)

    def _context_country(self) -> str | None:
        return self.context_country

    def setting(self, index: int) -> Setting:
        return Setting(self._context_country, lambda: self.place_before(index), self.language == "en")

    @cached_property
    def context_country(self) -> str | None:
        # the body's first; a headline often names the subject of the news, not who speaks
        # ("Nordkoreanische Truppen in Kursk" over "Washington zufolge ...")
        mentions = party_mentions(self.body) or party_mentions(self.headline or "")
        return mentions[0].code if mentions else None

    @cached_property
    def drafts_read(self) -> dict[tuple[str, int], list[Draft]]:
        """What a finder read from a sentence, for finders that ask it again of earlier
        sentences (kind and index to drafts; the drafts are the same objects each time)."""
        return {}

    @cached_property
    def _source_memo(self) -> dict[int, str | None]:
        return {}

    def own_source(self, index: int) -> str | None:
        """The source sentence ``index`` names, or the one the next sentence hands it."""
        memo = self._source_memo
        if index not in memo:
            found = attributed_source(without_denial_aside(self.text(index)), self.setting(index))
            if (found is None or found.endswith(" government")) and index + 1 < len(self.sentences):
                # "nach ukrainischen Angaben ... Das sagte der Sprecher X": the one named wins
                found = handover_source(self.text(index + 1), self.setting(index + 1)) or found
            if found and found.endswith(" government") and index + 1 < len(self.sentences):
                # "Russland hat den Abzug bestätigt. ..., teilte das Verteidigungsministerium mit":
                # the country's own institution, named next, is who spoke for it
                following = attributed_source(self.text(index + 1), self.setting(index + 1))
                country = found.removesuffix(" government")
                if (
                    following
                    and following.startswith(f"{country} ")
                    and not following.endswith(" government")
                ):
                    found = following
            memo[index] = self._named_before_if_bare(index, found)
        return memo[index]

    def _named_before_if_bare(self, index: int, found: str | None) -> str | None:
        """``... durch den Geheimdienst``, ``the ministry said``: an institution named bare, with
        no country of its own, is the one of that kind an earlier sentence named."""
        if found is None or not _BARE_INSTITUTION.search(self.text(index)):
            return found
        kind = found.split()[-1]
        for earlier in range(index - 1, -1, -1):
            named = self.own_source(earlier)
            if named and named != found and named.split()[-1] == kind:
                return named
        return found

    def acting_source(self, index: int, demands: bool = False) -> str | None:
        """Whoever the entry says reports sentence ``index``; where it names nobody, the
        first person or institution in the sentence (``Selenskyj fordert ...``, ``Das
        US-Repräsentantenhaus hat ... gebilligt``: who acts is who the claim comes from).
        A demand is its demander's, whoever spoke in the sentences before."""
        text = self.text(index)
        named = candidates(text, self.setting(index))
        subject = min(named, key=lambda s: s.start) if named else None
        if (
            subject is not None
            and not subject.person
            and self.own_source(index) is None
            and _OPENS_AS_SUBJECT.match(text[: subject.start])
            and not _REPORTED_SPEECH.search(text)
        ):
            # "Das teilte Minister X mit. ... Die EU-Kommission hat zudem ... freigegeben": an
            # institution acting at the head of its own sentence is not the speaker before
            # (but "Austin habe ... bekräftigt" is still reported by whom the entry quoted)
            return subject.name
        reported = self.own_source(index) if demands else self.source(index, ahead=False)
        if reported is not None:
            return reported
        if subject is not None:
            return subject.name
        return self.source(index)

    def source(self, index: int, ahead: bool = True) -> str | None:
        """Who the entry says reports what sentence ``index`` states (``ahead``: or, where
        nothing before says, a sentence after it)."""
        if self.own_source(index) is None and names_unknown_source(self.text(index)):
            return None
        first, last = self._item_around(index)
        by_his_account = self.own_source(index) is None or (
            _PRONOUN_SPEAKS.search(self.text(index)) and not self._speaker_named(index)
        )
        if by_his_account and _BY_HIS_ACCOUNT.search(self.text(index)):
            named = self._person_before(index, first)
            if named is not None:
                return named
        for earlier in range(index, first - 1, -1):
            if self.own_source(earlier) is not None:
                return self.own_source(earlier)
        speaker = headline_speaker(self.headline) if first == 0 else None
        following = (self.own_source(i) for i in range(index + 1, last + 1) if ahead)
        return speaker or next((s for s in following if s is not None), None)

    def _speaker_named(self, index: int) -> bool:
        """Whether a person the sentence names speaks in it (``Putin said``, ``laut Putin``),
        not only acts in it (``the mobilisation ordered by Putin ..., he said``)."""
        text = self.text(index)
        people = [s for s in candidates(text, self.setting(index)) if s.person]
        return any(_SPEAKS_NEXT.match(text, p.end) or _ACCORDING_TO.search(text, 0, p.start) for p in people)

    def _person_before(self, index: int, first: int) -> str | None:
        """``Bürgermeister Klitschko rief ... auf. Nach seinen Angaben wurden drei Menschen
        verletzt``: the person the pronoun points back to."""
        for earlier in range(index - 1, first - 1, -1):
            people = [s for s in candidates(self.text(earlier), self.setting(earlier)) if s.person]
            if people:
                return max(people, key=lambda s: s.start).name
        return None

    def _item_around(self, index: int) -> tuple[int, int]:
        """The sentences whose sources sentence ``index`` may share: its list item's, where
        the body is a list (each item of a summary reports on its own), else all."""
        opening = [i for i in range(index, -1, -1) if self.sentences[i].opens_item]
        if not opening:
            return 0, len(self.sentences) - 1
        later = [i for i in range(index + 1, len(self.sentences)) if self.sentences[i].opens_item]
        return opening[0], (later[0] - 1 if later else len(self.sentences) - 1)

    @cached_property
    def attacker(self) -> str | None:
        """Whose weapons the entry is about, when it says so: ``russische Raketen`` first,
        else a country acting in a sentence about an attack (not a source or a defender)."""
        texts = [self.headline or "", *(s.text for s in self.sentences)]
        return _weapons_owner(texts)

    def attacker_near(self, index: int) -> str | None:
        """Whose weapons sentence ``index`` counts, from the nearest sentence that says so:
        itself, the ones before, the headline, then the ones after (``Russland startete 298
        Drohnen. Davon wurden 139 abgeschossen. Moskau meldete den Abschuss von 110
        ukrainischen Drohnen``: the second counts Russia's)."""
        before = [self.sentences[i].text for i in range(index, -1, -1)]
        after = [s.text for s in self.sentences[index + 1 :]]
        texts = (*before, self.headline or "", *after)
        return next((owner for text in texts if (owner := named_owner(text) or acting_owner(text))), None)
