"""Interception claims: weapons launched, shot down and lost, counted per weapon noun.

A sentence's numbers are tied to weapon nouns (``37 von 90 Drohnen``, ``87 of the missiles``,
``43 davon``) and each takes the role its nearest cue gives: launched, intercepted, lost, or
reached the target (then the rest were neutralised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.extraction import cues
from domain.extraction.context import Draft, EntryContext
from domain.extraction.interception_places import counts_by_place
from domain.extraction.lexicon import load
from domain.extraction.numbers import NumberMention
from domain.extraction.parties import FORCES_AFTER, OPPONENT, acting_party, party_mentions
from domain.extraction.places import city_spans, country_of, places_in
from domain.extraction.sentences import clause_at
from domain.extraction.sources import attributed_source, candidates, person_country

_OF_NEXT = re.compile(
    r"^\s*(?:von|of|out\s+of|der)\s+(?:insgesamt\s+|the\s+|den\s+|total\s+|a\s+total\s+of\s+)?"
    r"(?:rund\s+|etwa\s+|knapp\s+|about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# "Mehr als die Hälfte der 60 Drohnen", "most of the 90 drones": the count is the whole
_SHARE_BEFORE = re.compile(
    r"\b(?:Hälfte|Großteil|Mehrheit|Drittel|Viertel|meisten|half|most|majority|third|quarter)\s+"
    r"(?:der|von\s+den|of\s+the|of)\s+$",
    re.IGNORECASE,
)
_OF_GROUP = re.compile(r"^\s*(?:der|of\s+the|of)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DAVON = re.compile(r"^\s*(?:davon|of\s+them|von\s+ihnen)\b", re.IGNORECASE)
_DAVON_BEFORE = re.compile(r"\b(?:davon|of\s+them)\s+$", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\b(?:alle|all|sämtliche)\s+(?:\w+\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:nur|only)\s+\w+\s+)(?:von|of|out\s+of)\s+(?:den\s+|the\s+)?(?:insgesamt\s+|total\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_BREAKDOWN_BETWEEN = re.compile(
    r"\b(?:darunter|davon|including|of\s+them|of\s+which|among\s+them)\b", re.IGNORECASE
)
_VON_BEFORE = re.compile(r"\b(?:von|of)\s+(?:insgesamt\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_REJECTED = re.compile(
    r"(?:\s+(?:und|and)|\s*,)?\s+(?:nicht|not|statt|anstatt|instead\s+of|rather\s+than)\s+(?:wie\s+zuvor\s+gemeldet\s+)?$",
    re.IGNORECASE,
)


def _without_rejected(text: str, numbers: list[NumberMention]) -> tuple[str, list[NumberMention]]:
    """``feuerte Russland 37 und nicht 38 Raketen ab``, ``nicht 117, sondern 144``: the figure a
    correction rejects is blanked out, so the one it sets right counts what follows."""
    kept, blanked = [], text
    for number in numbers:
        rejected = _REJECTED.search(text, 0, number.start)
        if rejected is None:
            kept.append(number)
            continue
        end = number.end + (len(m.group(0)) if (m := _BUT.match(text, number.end)) else 0)
        blanked = blanked[: rejected.start()] + " " * (end - rejected.start()) + blanked[end:]
    return blanked, kept


_BUT = re.compile(r"\s*,?\s*(?:sondern|but)\b", re.IGNORECASE)
_BREAKDOWN_TAIL = re.compile(
    r"[,;]\s*(?:darunter|including|among\s+them|unter\s+ihnen)\b(?:[^.;]|(?<=\d)\.(?=\d))*", re.IGNORECASE
)
_OUT_OF_BEFORE = re.compile(r"\b(?:out\s+of(?:\s+a\s+total\s+of)?|von\s+insgesamt)\s+$", re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"\b(?:alle|sämtliche|all\s+of\s+them|all)\b(?!\s+\d)", re.IGNORECASE)
_OF_THEM = re.compile(r"\b(?:davon|von\s+(?:ihnen|diesen)|of\s+(?:them|those|these))\b", re.IGNORECASE)
_NONE_OF_THEM = re.compile(
    r"\b(?:(?:von\s+denen|davon)\s+keine\w*|keine\w*\s+(?:davon|von\s+ihnen)|"
    r"(?:none|neither)\s+of\s+(?:them|which|those|these)|keine\s+der\s+beiden|keine\s+von\s+beiden)\b",
    re.IGNORECASE,
)
# Weapons of one family: a cruise missile and a ballistic missile are both missiles
FAMILY = {"cruise_missile": "missile", "ballistic_missile": "missile"}
_EITHER = re.compile(rf"\s*(?:{cues.EITHER_OR}|/)\s*", re.IGNORECASE)
# "35 missiles ... at Ukrainian energy facilities", "Drohnen über russischen Regionen": the
# party after a preposition of aim or place is the target, not the owner of the weapons.
_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|against|over|into|auf|gegen|über)\s+(?:the\s+|die\s+|den\s+|das\s+|dem\s+)?$", re.IGNORECASE
)
_OF_WHICH = re.compile(
    # not "337 drones, 91 of them over the Moscow region", "davon 20 über dem Moskauer Gebiet":
    # a region's part of the count
    r",\s*(?:von\s+denen|of\s+which|of\s+whom|(?:\w+\s+)?(?:davon|of\s+them)\b(?!\s+(?:\w+\s+)?(?:over|in|über|im)\b))",
    re.IGNORECASE,
)
_EXTRA = re.compile(r"\b(?:weitere\w*|more(?!\s+than)|additional|andere\w*)\b", re.IGNORECASE)
_LEADING_GROUP = re.compile(
    r"^(?:Of|Von)\s+(?:the|den|diesen|these|those)\s+(?:[^\W\d]+\s+){0,2}?$", re.IGNORECASE
)
_ROLES_FOR_SUBSETS = ("lost", "reached", "intercepted")
_OTHER_FATE_AFTER = re.compile(
    r"\s+(?:(?:more|others|weitere)\s+)?(?:left|flew|returned|headed|crashed|remained|verließen|flogen|kehrten|"
    r"stürzten|blieben)\b",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(r"\s*,?\s*(?:(?:rund|etwa|about|some|nur|only)\s+)?")
_ALL_OF_WHICH_AFTER = re.compile(
    r"\s*,\s*(?:all\s+of\s+(?:which|them)|which\s+were\s+all|die\s+alle|von\s+denen\s+alle|welche\s+alle)\b",
    re.IGNORECASE,
)
_ALL_BUT = re.compile(
    r"\b(?:all\s+(?:[\w-]+\s+)?(?:but|except(?:\s+for)?)|alle\s+(?:[\w-]+\s+){0,2}?(?:bis\s+auf|außer))\s+$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:nicht|not|never|nie)\s+(?:(?:be|been|werden|worden)\s+)?$", re.IGNORECASE)
_CONJUNCT_BREAK = re.compile(r"\b(?:und|and|or|oder|sowie)\b|[,;:]", re.IGNORECASE)
_SUBJECT_OF_VERB = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:were|was|have|had|has|are|is|wurden|wurde|seien|sei|sind|ist|habe|"
    r"haben|hätten|hat|würden|gingen|ging|went|konnten|could)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Weapon:
    weapon: str
    key: str
    start: int
    end: int


@dataclass
class Group:
    weapon: str
    key: str
    start: int
    roles: dict[str, int] = field(default_factory=dict)
    attacker: str | None = None


def weapons_in(text: str) -> list[Weapon]:
    found = []
    for weapon, start, end in cues.tagged_hits("weapons", "weapon", text):
        word = text[start:end]
        if re.fullmatch(_exclusions(), word, re.IGNORECASE):
            continue
        found.append(Weapon(weapon, _key(word, _kind_before(text, start)), start, end))
    found += [elided for w in found for elided in _elided_before(text, w)]
    found = sorted(found, key=lambda w: w.start)
    kept: list[Weapon] = []
    for i, mention in enumerate(found):
        if _named_before_its_noun(text, mention, found[i + 1 :]):
            found[i + 1] = _typed(found[i + 1], mention)
        elif (
            kept
            and _TYPE_AFTER.fullmatch(text, kept[-1].end, mention.start)
            and _same_kind(kept[-1], mention)
        ):
            kept[-1] = _typed(kept[-1], mention)  # "zwei Raketen vom Typ Iskander-M": the noun, typed
        else:
            kept.append(mention)
    return kept


_TYPE_AFTER = re.compile(r"\s+(?:vom\s+Typ|des\s+Typs|of\s+the\s+type|type)\s+", re.IGNORECASE)


def _same_kind(noun: Weapon, named_type: Weapon) -> bool:
    return FAMILY.get(noun.weapon, noun.weapon) == FAMILY.get(named_type.weapon, named_type.weapon)


def _typed(noun: Weapon, named_type: Weapon) -> Weapon:
    """``Iskander missiles``: the generic noun counts them, the type says what they are."""
    if noun.weapon == "missile" and named_type.weapon != "missile":
        return Weapon(named_type.weapon, named_type.key, noun.start, noun.end)
    return noun


# "4 Kh-101 cruise missiles", "45 Shahed-type attack drones": a named type with its family's
# noun right after it is one mention, counted under the noun
_TYPE_GAP = re.compile(r"[\s-]*(?:(?:type|Typ|attack|Kampf|kamikaze)[\s-]+)?$", re.IGNORECASE)


def _named_before_its_noun(text: str, weapon: Weapon, later: list[Weapon]) -> bool:
    following = later[0] if later else None
    return (
        following is not None
        and FAMILY.get(weapon.weapon, weapon.weapon) == FAMILY.get(following.weapon, following.weapon)
        and bool(_TYPE_GAP.fullmatch(text[weapon.end : following.start]))
    )


# "sechs Kampf- und drei Aufklärungsdrohnen": the first compound shares the second's head
_ELIDED = re.compile(r"(?<![\w-])(?P<first>[A-ZÄÖÜ][\wäöüß]*)-\s+(?:und|oder|sowie)\s+(?:[\w.]+\s+)?$")
_HEADS = ("drohnen", "drohne", "raketen", "rakete", "marschflugkörper", "bomben", "bombe")


def _elided_before(text: str, weapon: Weapon) -> list[Weapon]:
    match = _ELIDED.search(text, max(0, weapon.start - 60), weapon.start)
    word = text[weapon.start : weapon.end].lower()
    head = next((h for h in _HEADS if word.endswith(h) and len(word) > len(h)), None)
    if match is None or head is None:
        return []
    first = match["first"] + head
    return [
        Weapon(
            weapon.weapon,
            _key(first, _kind_before(text, match.start())),
            match.start(),
            match.end("first") + 1,
        )
    ]


def _exclusions() -> str:
    return str(load("cues")["weapon_exclusions"])


def _key(word: str, modifier: str = "") -> str:
    word = re.sub(r"(?:en|n|s)$", "", word.lower().split()[-1])
    return modifier + re.sub(r"e$", "", word)


# "six attack drones and three reconnaissance drones": English names kinds of one weapon
# with a word before it, German in one compound (Kampfdrohnen, Aufklärungsdrohnen)
_KIND_BEFORE = re.compile(
    r"\b(attack|reconnaissance|surveillance|decoy|kamikaze|combat|strike|scout)\s+$", re.IGNORECASE
)


def _kind_before(text: str, start: int) -> str:
    kind = _KIND_BEFORE.search(text, max(0, start - 20), start)
    return f"{kind.group(1).lower()} " if kind else ""


def _cue_hits(text: str) -> list[cues.Hit]:
    lost = cues.hits("interception", "lost", text)
    found = list(lost)
    for name in ("intercepted", "launched", "reached", "detected"):
        for hit in cues.hits("interception", name, text):
            if not any(hit.start < other.end and other.start < hit.end for other in found):
                found.append(hit)
    return sorted(found, key=lambda h: h.start)


def _attached(text: str, number: NumberMention, weapons: list[Weapon], limit: int) -> Weapon | None:
    for weapon in weapons:
        if weapon.start < number.end or weapon.start > limit:
            continue
        gap = _MODEL.sub("", text[number.end : weapon.start])  # "two Kh-59 guided missiles"
        long = len(gap.split()) > 3 and not _PARTICIPLE_PHRASE.fullmatch(gap)
        if re.search(r"[,;:.()\d]", gap) or long or _OF_GROUP.match(gap):
            return None
        return _joined(text, weapon, weapons) or weapon
    return None


# "30 von der Ukraine auf Moskau abgefeuerte Drohnen": a German participle phrase may stand
# between a count and the weapons it counts
_PARTICIPLE_PHRASE = re.compile(
    r"\s+(?:von|vom|aus|auf|über|gegen|in|im)\s+(?:[\w-]+\s+){0,5}?[a-zäöüß]+(?:te|ten|tete|teten|ene|enen)\s+",
)


def _participle_attributes(
    text: str, numbers: list[NumberMention], weapons: list[Weapon]
) -> list[tuple[int, int]]:
    spans = []
    for number in numbers:
        following = next((w for w in weapons if w.start >= number.end), None)
        if following and _PARTICIPLE_PHRASE.fullmatch(text, number.end, following.start):
            spans.append((number.end, following.start))
    return spans


# "50 drones launched by Russia overnight were shot down": an English participle after the
# weapons it describes, with its agent or aim, is an attribute like the German one before them
_AGENT_OR_AIM = re.compile(r"\s+(?:by|from|at|towards?|against|on|over|into)\b", re.IGNORECASE)


def _postposed_participles(text: str, weapons: list[Weapon], hits: list[cues.Hit]) -> list[tuple[int, int]]:
    ends = {weapon.end for weapon in weapons}
    return [
        (hit.start, hit.end)
        for hit in hits
        if hit.name == "launched"
        and re.search(r"[\s,]$", text[: hit.start])
        and len(text[: hit.start].rstrip().rstrip(",")) in ends
        and _AGENT_OR_AIM.match(text, hit.end)
    ]


_AIMED_AT = re.compile(r"\b(?:auf|gegen)\s+[A-ZÄÖÜ]")


_NUMBER_OF = re.compile(r"\b(?:Zahl|number)\s+(?:der|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NUMBER_IS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:lag|liegt|liege|stieg|steigt|war|sei|ist|is|was|stood|rose|has\s+risen)\s+"
    r"(?:\w+\s+)?(?:bei|auf|at|to)?\s*",
    re.IGNORECASE,
)
_MODEL = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d+[A-Z\d]*\b")
_AND = re.compile(r"\s*(?:und|and|sowie|or|oder)\s+", re.IGNORECASE)


def _joined(text: str, weapon: Weapon, weapons: list[Weapon]) -> Weapon | None:
    """``100 Drohnen und Raketen``: one count for two kinds of weapon named side by side is a
    mixed attack (not ``40 Drohnen und zwei Raketen`` or ``... und ballistischen Raketen``,
    where the second kind may have a count or kind of its own)."""
    following = [w for w in weapons if w.start > weapon.end and w.weapon != weapon.weapon]
    if following and _AND.fullmatch(text[weapon.end : following[0].start]):
        return Weapon("mixed", "mixed", weapon.start, following[0].end)
    return None


def _distance(hit: cues.Hit, number: NumberMention) -> int:
    if hit.start <= number.start < hit.end:
        return 0
    return min(abs(hit.start - number.end), abs(number.start - hit.end))


# A second count of the same weapons that another clause reports is a figure of its own
_ANOTHER_REPORT = re.compile(r"\b(?:while|whereas|während|wohingegen)\b|;", re.IGNORECASE)


def _two_speakers(text: str, split: int) -> bool:
    """Whether the two reports of the sentence name different sources."""
    first, second = attributed_source(text[:split]), attributed_source(text[split:])
    return first is not None and second is not None and first != second


def _report_split(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where a sentence turns to a second report: at "while"/"während" inside it, or, where
    the sentence opens with one ("Während die Ukraine von 30 Drohnen sprach, meldete ..."),
    at the end of that opening clause."""
    split = _ANOTHER_REPORT.search(text)
    if split is None:
        return None
    at = clause_at(text, split.start())[1] if not text[: split.start()].strip() else split.start()
    return at if start <= at < (len(text) if end is None else end) else None


_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:more|weitere|other|others)\s+)?(?:people|persons|civilians|injured|wounded|killed|dead|Menschen|Personen|"
    r"Zivilisten|Verletzte\w*|Tote\w*|verletzt|getötet)\b",
    re.IGNORECASE,
)


def _semicolon_part(text: str, position: int) -> tuple[int, int]:
    start = text.rfind(";", 0, position) + 1
    end = text.find(";", position)
    return start, end if end >= 0 else len(text)


class _Reader:
    """Reads one sentence's numbers into weapon groups."""

    def __init__(self, text: str, numbers: list[NumberMention]) -> None:
        self.text = text
        self.numbers = numbers
        self.weapons = weapons_in(text)
        every_hit = _cue_hits(text)
        self.attributes = _participle_attributes(text, numbers, self.weapons) + _postposed_participles(
            text, self.weapons, every_hit
        )
        # "30 von der Ukraine auf Moskau abgefeuerte Drohnen wurden abgeschossen": the
        # attribute's verb and aim describe the weapons; the sentence's own verb tells what
        # became of them
        self.hits = [h for h in every_hit if not self._in_attribute(h.start)]
        self.attribute_hits = [h for h in every_hit if self._in_attribute(h.start)]
        self.groups: list[Group] = []
        self.last_outcome: Group | None = None

    def _without_attributes(self, start: int, end: int) -> str:
        """The text from start to end with the participle attributes blanked out."""
        chars = list(self.text[start:end])
        for a_start, a_end in self.attributes:
            for i in range(max(a_start, start), min(a_end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def _in_attribute(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.attributes)

    def _limit(self, index: int) -> int:
        following = self.numbers[index + 1 :]
        return following[0].start if following else len(self.text)

    def _role_near(self, index: int, allowed: tuple[str, ...], sentence_wide: bool = True) -> str | None:
        """The role the nearest allowed cue gives; "all but nine were shot down" counts the
        ones not stopped, as those that got through."""
        role = self._cue_role_near(index, allowed, sentence_wide)
        if role == "intercepted" and _ALL_BUT.search(self.text, 0, self.numbers[index].start):
            return "reached"
        return role

    def _cue_role_near(self, index: int, allowed: tuple[str, ...], sentence_wide: bool = True) -> str | None:
        """The role the nearest allowed cue gives: between the neighbouring numbers first,
        then in the clause, then (unless told not to) in the whole sentence."""
        number = self.numbers[index]
        clause_start, clause_end = clause_at(self.text, number.start)
        previous_end = self.numbers[index - 1].end if index else 0
        forward_end = min(self._limit(index), clause_end)
        windows = [(max(clause_start, previous_end), forward_end), (clause_start, clause_end)]
        if _SUBJECT_OF_VERB.match(self.text[number.end : forward_end]) or self._own_verb_after(
            number, forward_end
        ):
            windows.insert(0, (number.end, forward_end))
        role = self._nearest_role(number, allowed, windows)
        if role:
            return role
        # "Während die Ukraine von 30 abgefeuerten Drohnen sprach, ...": with no verb of its
        # own clause, the participle before the weapons says what they are
        attribute = [
            h for h in self.attribute_hits if h.name in allowed and number.end <= h.start < clause_end
        ]
        if attribute:
            return attribute[0].name
        if not sentence_wide:
            return None
        # a semicolon parts two statements: "... und 45 Shahed drones; air defences destroyed ..."
        return self._nearest_role(
            number, allowed, [_semicolon_part(self.text, number.start), (0, len(self.text))]
        )

    def _nearest_role(
        self, number: NumberMention, allowed: tuple[str, ...], windows: list[tuple[int, int]]
    ) -> str | None:
        """The meaning of the allowed cue nearest the number in the first window that has one."""
        for start, end in windows:
            inside = [h for h in self.hits if h.name in allowed and h.start < end and h.end > start]
            if inside:
                return self._meaning(min(inside, key=lambda h: _distance(h, number)), number)
        return None

    def _own_verb_after(self, number: NumberMention, end: int) -> bool:
        """``..., 139 Drohnen abgeschossen und 127 Drohnen elektronisch abgewehrt``: a cue
        after the count within its own conjunct, its auxiliary left out, is its verb."""
        after = [h for h in self.hits if number.end <= h.start < end]
        if not after or re.match(r"\s+by\b", self.text[after[0].end :]):
            return False  # "25 drones fired by Ukraine": an attribute, not the verb
        return not _CONJUNCT_BREAK.search(self.text, number.end, after[0].start)

    def _meaning(self, hit: cues.Hit, number: NumberMention) -> str:
        if hit.name == "lost" and self._or_shot_down(hit):
            return "intercepted"  # "shot down or jammed": one count of all that was stopped
        if hit.name == "intercepted" and _NOT_BEFORE.search(self.text, max(0, hit.start - 30), hit.start):
            return "reached"  # "neun davon konnten nicht abgefangen werden": they got through
        word = self.text[hit.start : hit.end].lower()
        if hit.name == "intercepted" and re.match(r"abgeschossen|schoss", word):
            start, end = clause_at(self.text, hit.start)
            own = self._without_attributes(start, end)  # "40 der 60 von Russland gestarteten Drohnen"
            clause = _without_cities_attacked(own, city_spans(own))
            aim = _AIMED_AT.search(self.text, number.end, hit.start)
            launched_at = cues.has("interception", "attacker_subject", clause) or (
                aim and not self._in_attribute(aim.start())
            )
            # "Die russische Armee hat 45 ukrainische Drohnen abgeschossen": Russia's subject
            # firing would be its own weapons; Ukraine's weapons it shot down
            owner = _attacker_near(self.text, number.start, hit.start)
            if launched_at and not cues.has("interception", "defence", clause) and owner != "UA":
                return "launched"
        return hit.name

    def _or_shot_down(self, lost: cues.Hit) -> bool:
        """A "lost" cue joined by "or" to a shot-down cue, either way round."""
        for other in self.hits:
            if other.name != "intercepted":
                continue
            first, second = sorted((other, lost), key=lambda h: h.start)
            if _EITHER.fullmatch(self.text[first.end : second.start]):
                return True
        return False

    def group_for(self, weapon: Weapon) -> Group:
        for group in reversed(self.groups):
            if group.key == weapon.key:
                return group
        group = Group(weapon.weapon, weapon.key, weapon.start)
        self.groups.append(group)
        return group

    def set_role(self, group: Group, role: str | None, value: int) -> None:
        if role is None:
            return
        if role in group.roles:
            if role == "intercepted" and "launched" not in group.roles:
                return
            clone = Group(group.weapon, group.key, group.start, attacker=group.attacker)
            self.groups.append(clone)
            group = clone
        group.roles[role] = value
        if role in _ROLES_FOR_SUBSETS:
            self.last_outcome = group

    def read(self) -> list[Group]:
        pending_subset: list[int] = []
        for index, number in enumerate(self.numbers):
            self._read_number(index, number, pending_subset)
        return self.groups

    def _read_number(self, index: int, number: NumberMention, pending: list[int]) -> None:
        if number.unit or number.value < 1 or number.value != int(number.value):
            return
        if _PEOPLE_AFTER.match(self.text, number.end) or _OTHER_FATE_AFTER.match(self.text, number.end):
            return  # "27 injured when the missile struck": people; "two left the airspace": no outcome
        before = self.text[: number.start]
        after = self.text[number.end : self._limit(index)]
        if _OF_NEXT.match(after):  # "14 der 17 Drohnen": a count with its own whole
            pending.append(index)
            return
        if (
            self.groups  # a part needs a whole before it: "über dem Gebiet Kursk 27 Drohnen" alone is a count
            and cues.compiled(rf"(?:{cues.load_raw('interception', 'breakdown')})\s+(?:\w+\s+)?$").search(
                before[-40:]
            )
            and not any(g.weapon == "mixed" for g in self.groups)
        ):
            return  # "alle 18 Raketen, darunter sechs Kinschal": a part of the count, not a count
            # (but "54 Flugobjekte, darunter 44 Drohnen": the parts of a mixed count are counts)
        weapon = _attached(self.text, number, self.weapons, self._limit(index))
        if weapon is not None:
            self._read_attached(index, number, weapon, before, pending)
            return
        if self._read_number_of(number):
            return
        group_weapon = (
            self._of_group(number) or self._group_just_before(number) or self._leading_group(number)
        )
        if group_weapon is not None and pending:  # "Bei den Drohnen seien es 37 von 90 gewesen"
            self._read_attached(index, number, group_weapon, before, pending)
        elif group_weapon is not None:
            self._read_subset(index, number, self.group_for(group_weapon))
        elif not self.groups and (later := self._weapons_named_after(index, number)) is not None:
            # "76 wurden abgeschossen, 96 Täuschdrohnen gingen lokal verloren": a count the
            # sentence opens with is of the weapons its next clause names
            self._read_subset(index, number, self.group_for(later))
        elif self.groups and _OUT_OF_BEFORE.search(before):
            # "destroyed a dozen Shahed drones, out of 15 launched": the whole the share was of
            target = self.last_outcome if self.last_outcome in self.groups else self.groups[-1]
            self.set_role(target, "launched", number.count)
        elif self.groups:
            davon = bool(_DAVON.match(after) or _DAVON_BEFORE.search(before))
            whole = next((g for g in self.groups if g.weapon == "mixed"), None)
            # "26 Flugobjekte, darunter 20 Drohnen und sechs Raketen; 22 davon wurden abgeschossen":
            # "of them" after the parts of a mixed count is of the whole
            # "103 drones were shot down and 51 failed to reach their targets": a bare count
            # goes on from the outcome named last, not from the weapons named last
            last = self.last_outcome if self.last_outcome in self.groups else self.groups[-1]
            target = whole if davon and whole is not None else last
            self._read_subset(index, number, target, bare=not davon)

    def _weapons_named_after(self, index: int, number: NumberMention) -> Weapon | None:
        """The weapon of the next clause, where the sentence opens with this bare count."""
        if index or not re.fullmatch(r"\W*", self.text[: number.start]):
            return None
        later = next((w for w in self.weapons if w.start > number.end), None)
        if later is None:
            return None
        between = self.text[number.end : later.start]
        if "," not in between or _BREAKDOWN_BETWEEN.search(between):
            return None
        return later

    def _read_number_of(self, number: NumberMention) -> bool:
        """``Die Zahl der abgeschossenen Drohnen lag bei 41``, ``the number of drones shot
        down rose to 41``: the weapons and their outcome are named before the figure."""
        for weapon in self.weapons:
            phrase = _NUMBER_OF.search(self.text, 0, weapon.start)
            if weapon.end > number.start or phrase is None or phrase.end() != weapon.start:
                continue
            if not _NUMBER_IS.fullmatch(self.text, weapon.end, number.start):
                continue
            outcome = [h for h in self.hits if phrase.start() <= h.start and h.end <= number.start]
            role = self._meaning(outcome[0], number) if outcome else "detected"
            self.set_role(self.group_for(weapon), role, number.count)
            return True
        return False

    def _leading_group(self, number: NumberMention) -> Weapon | None:
        """``Of the remaining drones, four were lost``, ``Von den übrigen Drohnen seien 20 ...``:
        the weapons the sentence opens with are the group its later counts divide."""
        first = self.weapons[0] if self.weapons else None
        if first is None or first.end > number.start or not _LEADING_GROUP.match(self.text[: first.start]):
            return None
        return first

    def _group_just_before(self, number: NumberMention) -> Weapon | None:
        """``Von den Raketen seien 25 abgeschossen worden, von den Drohnen 110``: a group named
        right before a later count, its verb left out, is the group that count divides."""
        for weapon in self.weapons:
            if weapon.end <= number.start and _GROUP_BEFORE.fullmatch(self.text, weapon.end, number.start):
                opening = self.text[max(0, weapon.start - 12) : weapon.start]
                if re.search(r"(?:[,;]\s*|\b)(?:von|of)\s+(?:den|the)\s+$", opening, re.IGNORECASE):
                    return weapon
        return None

    def _of_group(self, number: NumberMention) -> Weapon | None:
        for weapon in self.weapons:
            if weapon.start > number.end:
                gap = self.text[number.end : weapon.start]
                return weapon if _OF_GROUP.match(gap) and not re.search(r"[\d,;:.]", gap) else None
        return None

    def _read_attached(
        self, index: int, number: NumberMention, weapon: Weapon, before: str, pending: list[int]
    ) -> None:
        group = self.group_for(weapon)
        group.attacker = group.attacker or _attacker_near(self.text, number.start, weapon.end)
        value = number.count
        gap = self.text[number.end : weapon.start]
        if pending:
            subset_index = pending.pop()
            self.set_role(group, "launched", value)
            subset = self.numbers[subset_index]
            self.set_role(group, self._role_near(subset_index, _ROLES_FOR_SUBSETS), subset.count)
            return
        if _EXTRA.search(gap) or _EXTRA.search(before[-12:]):
            self.set_role(group, self._role_near(index, _ROLES_FOR_SUBSETS), value)
            return
        # a weapon count with no outcome cue ("Die Luftwaffe meldete 80 Drohnen") is what was
        # tracked: a claim once the next sentence says what became of them
        roles = ("launched", "intercepted", "lost", "reached", "detected")
        role = self._role_near(index, roles) or "detected"
        if role in _ROLES_FOR_SUBSETS and (
            self._base_of_what_follows(number) or _ALL_OF_WHICH_AFTER.match(self.text, weapon.end)
        ):
            role = "launched"  # "..., as well as 11 drones, all of which were destroyed": the whole
        both = _BOTH_BEFORE.search(before) or _BOTH.fullmatch(self.text, number.start, number.end)
        if both and role == "launched":
            # "intercepted 16 of the 21 drones and both of the two missiles Russia launched"
            role = self._role_near(index, _ROLES_FOR_SUBSETS) or role
        if (_ALL_BEFORE.search(before) or both) and role == "intercepted":
            self.set_role(group, "launched", value)
        elif (
            _BASE_BEFORE.search(before)
            or _SHARE_BEFORE.search(before)
            or self._whole_then_share(index, weapon, before)
        ):
            role = "launched"
        split = _report_split(self.text, group.start, number.start) if weapon.start != group.start else None
        if split is not None and (role in group.roles or _two_speakers(self.text, split)):
            group = Group(weapon.weapon, weapon.key, weapon.start, attacker=group.attacker)
            self.groups.append(group)  # "34 drones near the capital, while the ministry said 337 drones ..."
        self.set_role(group, role, value)

    def _whole_then_share(self, index: int, weapon: Weapon, before: str) -> bool:
        """``wurden von sechs russischen Raketen vier abgeschossen``: "von" a count of weapons,
        then a bare count, is the whole and its share."""
        following = self.numbers[index + 1] if index + 1 < len(self.numbers) else None
        return bool(
            _VON_BEFORE.search(before)
            and following is not None
            and re.fullmatch(r"\s*", self.text[weapon.end : following.start])
        )

    def _base_of_what_follows(self, number: NumberMention) -> bool:
        """``479 Drohnen und 20 Raketen, von denen 277 ... abgeschossen``: a count that a
        relative "of which" follows, before any outcome is named, is the whole."""
        marker = _OF_WHICH.search(self.text, number.end)
        if marker is None:
            return False
        outcomes = [h for h in self.hits if h.name in _ROLES_FOR_SUBSETS and number.end <= h.start]
        return all(h.start > marker.start() for h in outcomes)

    def _read_subset(self, index: int, number: NumberMention, group: Group, bare: bool = False) -> None:
        role = self._role_near(index, _ROLES_FOR_SUBSETS, sentence_wide=not bare)
        if role is None:
            return
        # a base counted or tracked: "zählte 62 Drohnen, von denen 41 ..."
        based = "launched" in group.roles or "detected" in group.roles
        if bare and not based and role == "intercepted":
            return
        if not based and role == "intercepted" and group.roles.get("intercepted"):
            return
        self.set_role(group, role, number.count)


_BOTH_BEFORE = re.compile(r"\b(?:both|beide\w*)\s+(?:of\s+the\s+|der\s+)?$", re.IGNORECASE)
_ALL_OF = re.compile(r"\b(?:all|alle|sämtliche)\s+(?:of\s+the\s+|der\s+|(?:[\w-]+\s+){0,2})$", re.IGNORECASE)


_ALL_AFTER = re.compile(
    r"(?:[;,]|\s[–—-])\s*(?:(?:und|and)\s+)?(?:sie\s+|die\s+|welche\s+|which\s+(?:were\s+)?)?"
    r"(?:alle|all\s+of\s+them|all|both|beide)\s+(?!\d)",
    re.IGNORECASE,
)


def _all_of_them_after(text: str, start: int) -> bool:
    """``13 Marschflugkörper; alle wurden abgefangen``: "all" standing for the count before it,
    with a verb of stopping in its clause."""
    every = _ALL_AFTER.search(text, start)
    if every is None:
        return False
    clause_end = clause_at(text, every.end())[1]
    return cues.has("interception", "intercepted", text[every.end() : clause_end])


def _all_shot_down(text: str, key: str) -> bool:
    """``all of the missiles ... were shot down``: a count-less "all" of a launched group."""
    return any(weapon.key == key and _all_of_stopped(text, weapon) for weapon in weapons_in(text))


def _all_of_stopped(text: str, weapon: Weapon) -> bool:
    """``all of the missiles ... were shot down``, ``destroyed 25 of the missiles and all of
    the drones``: "all" before the weapon, the verb of stopping on either side in its clause."""
    window_start = max(0, weapon.start - 30)
    every = _ALL_OF.search(text[window_start : weapon.start])
    if every is None:
        return False
    start, end = clause_at(text, weapon.start)
    before = text[start : window_start + every.start()]
    return cues.has("interception", "intercepted", text[weapon.start : end]) or cues.has(
        "interception", "intercepted", before
    )


def _all_of_named(ctx: EntryContext, index: int, counted: set[str]) -> list[Draft]:
    """``... 25 of the missiles and all of the drones``: weapons a sentence stops all of
    without counting them add to the launch of the sentence before."""
    text = ctx.text(index)
    return [
        _completion(ctx, index, weapon.weapon, {}, stops_all=True)
        for weapon in weapons_in(text)
        if weapon.key not in counted and _all_of_stopped(text, weapon)
    ]


_OWNER_AFTER = re.compile(
    r"\s+(?:(?:vom\s+Typ|des\s+Typs)\s+[\w-]+\s+)?(?:der|des)\s+(?P<party>russischen|ukrainischen)"
    rf"(?={FORCES_AFTER.pattern})",
    re.IGNORECASE,
)


def _attacker_near(text: str, start: int, end: int) -> str | None:
    """``sechs russischen Raketen``, ``90 Drohnen der russischen Streitkräfte``: whose weapons
    (not ``74 Drohnen die ukrainische Energieinfrastruktur``: after the weapon, only a force
    owns it)."""
    owner = _OWNER_AFTER.match(text, end)
    if owner:  # "zwei Kampfflugzeuge vom Typ Su-24 der ukrainischen Luftwaffe": the force owns them
        return "RU" if owner["party"].lower().startswith("russ") else "UA"
    window = text[start : end + 30]
    weapon_end = end - start
    for mention in party_mentions(window):
        if (
            mention.code in {"RU", "UA"}
            and mention.adjective
            and not cues.source_follows(window[mention.end :])
            and not _TARGET_BEFORE.search(window[: mention.start])
            and (mention.end <= weapon_end or FORCES_AFTER.match(window, mention.end))
        ):
            return mention.code
    return None


def _defender(text: str) -> str | None:
    """``die ukrainische Luftverteidigung``, ``Russian air defences``: whose defence shot
    them down, so the weapons were its enemy's."""
    for mention in party_mentions(text):
        possessive = text[mention.start : mention.end].endswith(("'s", "’s"))  # "Ukraine's air defence"
        if (
            mention.code in OPPONENT
            and (mention.adjective or possessive)
            and _DEFENCE_AFTER.match(text, mention.end)
        ):
            return mention.code
    return None


_DEFENCE_AFTER = re.compile(
    rf"\s+(?:{cues.load_raw('interception', 'defence')}|Luftwaffe|air\s+force)", re.IGNORECASE
)


_CITY_ACTS = re.compile(
    r"\s+(?:hat|habe|hätte|feuerte\w*|griff\w*|schickte\w*|setzte\w*|has|launched|fired|sent|attacked)\b",
    re.IGNORECASE,
)


def _without_cities_attacked(text: str, cities: tuple[tuple[int, int], ...]) -> str:
    """The text with the cities that do not act blanked out (same length): ``Moskau`` in
    ``Acht Drohnen haben Moskau angegriffen`` is the target, in ``Moskau hat 40 Raketen
    abgefeuert`` the government acting."""
    for start, end in cities:
        if not _CITY_ACTS.match(text, end):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_reporters(text: str) -> str:
    """The text with states that only own the reporting source blanked out (same length):
    ``According to Russia's defence ministry, eight drones took part``: Russia reports."""
    for match in cues.pattern("interception", "attacker_subject").finditer(text):
        if cues.source_follows(text[match.end() :]):
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def _attacker(group: Group, text: str, ctx: EntryContext, index: int, source: str | None) -> str | None:
    # a city is where the weapons flew, not who sent them: "Acht Drohnen haben Moskau angegriffen"
    cities = city_spans(text)
    agent = _launched_by(text)
    if group.attacker or agent:
        return group.attacker or agent
    defending = _shooting_down_subject(text)
    if defending:
        return OPPONENT[defending]  # "Ukraine downed 20 of the 25 drones Russia launched"
    subject = acting_party(text, cities) if "launched" in group.roles else None
    if subject:
        return group.attacker or subject
    if cues.has(
        "interception", "attacker_subject", _without_reporters(_without_cities_attacked(text, cities))
    ):
        shot_down = {"intercepted", "lost"} & group.roles.keys()
        # "The Russian military said it had intercepted four missiles": Russia defends here
        return "UA" if shot_down and not cues.has("interception", "launched", text) else "RU"
    defender = _defender(text) or _country_overhead(text)
    if defender:
        return OPPONENT[defender]
    return _maker(text, group) or ctx.attacker_near(index) or _enemy_of_reporter(group, source)


# Weapons only one side fires: "14 von 16 Marschflugkörpern vom Typ Kalibr", "ATACMS missiles"
_MADE_FOR = (
    (
        "RU",
        re.compile(
            r"Kalibr|Iskander|Kinschal|Kinzhal|Ch-\d+|Kh-\d+|Shahed|Schahed|Geran|Oreschnik|Oreshnik|Lancet",
            re.I,
        ),
    ),
    ("UA", re.compile(r"ATACMS|Storm\s+Shadow|SCALP|Neptun|Taurus|HIMARS|Ljutyj|Lyutyi", re.I)),
)


def _maker(text: str, group: Group) -> str | None:
    """The side whose weapon type the sentence names at the group's weapons."""
    window = text[max(0, group.start - 30) : group.start + 50]
    makers = {side for side, names in _MADE_FOR if names.search(window)}
    return makers.pop() if len(makers) == 1 else None


_OVER_PLACE = re.compile(r"\b(?:über|over|above)\s+(?:(?:dem|der|den|the)\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _country_overhead(text: str) -> str | None:
    """``Über der ukrainischen Hauptstadt zerstört``: weapons stopped over a country's own
    place were the other side's."""
    for place in places_in(text):
        country = country_of(place.name)
        if country in OPPONENT and _OVER_PLACE.search(text, max(0, place.start - 30), place.start):
            return country
    return None


_BY_BEFORE = re.compile(
    r"\b(?:(?:launched|fired|sent)\s+by|von)\s+(?:the\s+|der\s+|den\s+|dem\s+)?$", re.IGNORECASE
)
_LAUNCH_PARTICIPLE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,4}?(?:abgefeuert|gestartet|losgeschickt|eingesetzt|gestartet|geschickt)\w*\b",
    re.IGNORECASE,
)


_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|hat|habe|hätten|said\s+it|says\s+it)\s+)?")
_GERMAN_AUXILIARY = re.compile(r"\s+(?:hat|habe|haben|hätten|hatte|hatten)\s", re.IGNORECASE)
_PARTICIPLE_AT_CLAUSE_END = re.compile(
    rf"[^,;.]{{0,60}}?\b(?:{cues.load_raw('interception', 'intercepted')})\s*(?:[,;.]|$)", re.IGNORECASE
)


def _shooting_down_subject(text: str) -> str | None:
    """A country named as the subject of a verb of shooting down: the defender."""
    for mention in party_mentions(text):
        if mention.adjective or mention.code not in OPPONENT:
            continue
        gap = _SUBJECT_GAP.match(text, mention.end)
        after = text[gap.end() : gap.end() + 40] if gap else ""
        # the verb right after the subject, or after one word ("Ukraine reportedly downed")
        stops = cues.hits("interception", "intercepted", after)
        if any(hit.start <= 12 and " " not in after[: hit.start].strip() for hit in stops):
            return mention.code
        if (
            gap
            and _GERMAN_AUXILIARY.match(text, mention.end)
            and _PARTICIPLE_AT_CLAUSE_END.match(text, gap.end())
        ):
            return mention.code  # "Die Schwarzmeerflotte habe fünf Seedrohnen zerstört"
    return None


def _launched_by(text: str) -> str | None:
    """``drones launched by Ukraine``, ``von der Ukraine auf Moskau abgefeuerte Drohnen``: the
    agent of the launch sent the weapons."""
    for mention in party_mentions(text):
        if mention.adjective or mention.code not in OPPONENT:
            continue
        before = _BY_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
        if before is None:
            continue
        if before.group(0).lower().startswith("von") and not _LAUNCH_PARTICIPLE_AFTER.match(
            text[mention.end :]
        ):
            continue
        return mention.code
    return None


def _enemy_of_reporter(group: Group, source: str | None) -> str | None:
    """Ukraine's officials report Russian weapons; Russia reporting what it shot down
    reports Ukrainian ones."""
    if source and (source.startswith("Ukrainian") or person_country(source) == "UA"):
        return "RU"
    shot_down = {"intercepted", "lost"} & group.roles.keys()
    if shot_down and source and (source.startswith("Russian") or person_country(source) == "RU"):
        return "UA"
    return None


def _has_attack_context(text: str) -> bool:
    return (
        bool(party_mentions(text))
        or cues.has("front", "ambiguous_attack", text)
        or cues.has("front", "strike", text)
    )


_BOTH = re.compile(r"\b(?:both|beide)\b(?!\s+(?:of\s+)?(?:the\s+)?\d)", re.IGNORECASE)


def _with_both(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """``shot down ... both Iskander-M missiles``: "both" before weapons counts two of them."""
    weapons = weapons_in(text)
    both = [
        NumberMention(2.0, m.start(), m.end())
        for m in _BOTH.finditer(text)
        if any(
            0 < w.start - m.end() <= 25 and not re.search(r"[,;.]", text[m.end() : w.start]) for w in weapons
        )
    ]
    return sorted([*numbers, *both], key=lambda n: n.start) if both else numbers


def find(ctx: EntryContext, index: int) -> list[Draft]:
    text = ctx.text(index)
    numbers = _with_both(text, ctx.numbers(index))
    if not numbers:  # only "habe alle abgefangen", "alle Raketen abgeschossen" say something without a number
        if not _ALL_OF_THEM.search(text):
            return _none_of_named(ctx, index)
        return _all_of_named(ctx, index, set()) if weapons_in(text) else _all_of_them(ctx, index)
    if not weapons_in(_BREAKDOWN_TAIL.sub("", text)):
        # "30 davon seien abgefangen worden, darunter elf Kinschal": the weapons named are a part
        return _counts_of_them(ctx, index)
    text, numbers = _without_rejected(text, numbers)
    groups = _Reader(text, numbers).read()
    drafts = []
    for group in groups:
        roles, awaits_outcome = _outcomes(text, numbers, group, len(groups))
        if not ({"intercepted", "lost"} & roles.keys()) and not awaits_outcome:
            if "launched" not in roles and "reached" in roles:  # "... and all but nine of the drones"
                drafts.append(_completion(ctx, index, group.weapon, roles, stops_all=False))
            if "launched" not in roles:
                continue
            # "Dabei wurden 120 Raketen eingesetzt" names no attacker or target: a launch
            # where the sentence before speaks of the attack, or the next say what became of it
            before = ctx.text(index - 1) if index else ""
            awaits_outcome = not (_has_attack_context(text) or _has_attack_context(before))
        if group.weapon == "aircraft" and "intercepted" not in roles:
            continue  # "Ein Kampfjet griff ein Dorf an": aircraft count only when shot down
        if roles.get("launched") == 1 and not ({"intercepted", "lost"} & roles.keys()) and not awaits_outcome:
            continue  # "Eine Rakete schlug in Sumy ein": the strike is the news, not a count of one
        source = _clause_source(text, group, groups, ctx, index)
        drafts.append(
            Draft(
                "interception",
                {
                    "weapon": group.weapon,
                    "launched": roles.get("launched"),
                    "intercepted": roles.get("intercepted"),
                    "lost": roles.get("lost"),
                    "attacker": _attacker(group, text, ctx, index, source),
                    "place": None,
                    "reported_by": source,
                },
                (index,),
                awaits_outcome=awaits_outcome,
            )
        )
    return counts_by_place(ctx, index, drafts) + _all_of_named(ctx, index, {group.key for group in groups})


def _outcomes(
    text: str, numbers: list[NumberMention], group: Group, groups: int
) -> tuple[dict[str, int], bool]:
    """The group's figures with what the sentence says besides its numbers (``alle``,
    ``keine davon``, how many reached their targets), and whether it is a count that
    awaits an outcome (``zählte 64 Drohnen``)."""
    roles = dict(group.roles)
    base = roles.get("launched", roles.get("detected"))  # "registriert ...; alle Raketen abgeschossen"
    if base is not None and "intercepted" not in roles and _all_shot_down(text, group.key):
        roles["intercepted"] = base
    if base is not None and "intercepted" not in roles and _all_of_them_after(text, group.start):
        roles["intercepted"] = base  # "zählte 13 Marschflugkörper; alle wurden abgefangen"
    if "launched" in roles and "intercepted" not in roles and groups == 1 and _none_stopped(text):
        roles["intercepted"] = 0
    detected = roles.pop("detected", None)
    awaits_outcome = False
    if detected is not None and "launched" not in roles:
        roles["launched"] = detected
        awaits_outcome = not ({"intercepted", "lost"} & roles.keys())
    if "reached" in roles and "launched" in roles and "intercepted" not in roles:
        roles["intercepted"] = roles["launched"] - roles["reached"]
    if {"intercepted", "lost"} <= roles.keys():
        roles["intercepted"] = _shot_down_share(text, numbers, roles["intercepted"], roles["lost"])
    return roles, awaits_outcome


def _clause_source(text: str, group: Group, groups: list[Group], ctx: EntryContext, index: int) -> str | None:
    """Where two clauses each report a count (``the mayor said 34 drones ..., while the
    ministry said 337 drones ...``), each count is its own clause's speaker's."""
    split = _report_split(text)
    if split is None or not any(g.start > split for g in groups) or groups[0].start > split:
        return ctx.source(index)
    own = text[split:] if group.start > split else text[:split]
    setting = ctx.setting(index)
    named = candidates(own, setting)
    return attributed_source(own, setting) or (named[0].name if named else None) or ctx.source(index)


def _shot_down_share(text: str, numbers: list[NumberMention], stopped: int, lost: int) -> int:
    """``385 drones had been neutralised, 292 of them shot down and 93 jammed``: where the
    sentence splits what was stopped into the shot down and the lost, the shot down count."""
    shares = [
        n.count
        for n in numbers
        if n.count + lost == stopped and n.count not in (stopped, lost) and _SHARE_OF.match(text, n.end)
    ]
    return shares[0] if shares else stopped


_SHARE_OF = re.compile(r"\s+(?:of\s+them|of\s+which|davon|von\s+ihnen)\b", re.IGNORECASE)


def _none_stopped(text: str) -> bool:
    """``..., von denen keine abgefangen werden konnte``, ``none of which were intercepted``."""
    for match in _NONE_OF_THEM.finditer(text):
        end = clause_at(text, match.start())[1]
        if cues.has("interception", "intercepted", text[match.end() : end]):
            return True
    return False


_NONE_OF_THE = re.compile(r"\b(?:keine\w*\s+(?:der|von\s+den)|none\s+of\s+the)\s+(?:\w+\s+)?$", re.IGNORECASE)


# "Die beiden Raketen konnten nicht abgefangen werden": the weapons named before, none stopped
_THE_NAMED = re.compile(r"^\s*(?:die|the)\s+(?:beiden|both|two|zwei|drei|three)?\s*(?:\w+\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:nicht|not|never|nie)\b(?!\s+(?:alle|all|every|jede)\b)", re.IGNORECASE)


# "Von den Raketen habe keine abgefangen werden können": the weapons first, "none" after
_OF_THE_NAMED = re.compile(r"^\s*(?:von\s+den|of\s+the)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NONE_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:keine\w*|none)\b", re.IGNORECASE)
# "Keine davon konnte abgefangen werden", "None of them was shot down": the weapons of the sentence before
_NONE_OF_THOSE = re.compile(r"^\s*(?:keine\w*\s+(?:davon|von\s+ihnen)|none\s+of\s+them)\b", re.IGNORECASE)


def _none_of_named(ctx: EntryContext, index: int) -> list[Draft]:
    """``Keine der Raketen konnte abgefangen werden`` after a launch: none was stopped."""
    text = ctx.text(index)
    for weapon in weapons_in(text):
        after = text[weapon.end : clause_at(text, weapon.start)[1]]
        before = text[: weapon.start]
        negated = _THE_NAMED.match(before) and _NEGATED.search(after)
        none_after = _OF_THE_NAMED.match(before) and _NONE_AFTER.match(after)
        if (_NONE_OF_THE.search(before) or negated or none_after) and cues.has(
            "interception", "intercepted", after
        ):
            return [_none_stopped_of(ctx, index, weapon.weapon)]
    earlier_weapon = _weapon_before(ctx, index)
    none_of_those = _NONE_OF_THOSE.match(text)
    if (
        earlier_weapon
        and none_of_those
        and cues.has("interception", "intercepted", text[none_of_those.end() :])
    ):
        return [_none_stopped_of(ctx, index, earlier_weapon)]
    return []


def _none_stopped_of(ctx: EntryContext, index: int, weapon: str) -> Draft:
    draft = _completion(ctx, index, weapon, {"intercepted": 0}, stops_all=False)
    draft.names_weapons = True
    return draft


def _weapon_before(ctx: EntryContext, index: int) -> str | None:
    """The one kind of weapon the sentence before names (with two, "them" is ambiguous)."""
    named = weapons_in(ctx.text(index - 1)) if index else []
    weapons = {
        weapon.weapon for position, weapon in enumerate(named) if not _type_of_named(named[:position], weapon)
    }
    return weapons.pop() if len(weapons) == 1 else None


def _type_of_named(before: list[Weapon], weapon: Weapon) -> bool:
    """``Iskander-M missiles``: the type right after a missile's name is that same weapon."""
    previous = before[-1] if before else None
    return (
        weapon.weapon == "missile"
        and previous is not None
        and "missile" in previous.weapon
        and weapon.start - previous.end <= 4
    )


def _completion(ctx: EntryContext, index: int, weapon: str, roles: dict[str, int], stops_all: bool) -> Draft:
    """A draft that only adds outcomes to the claim of the sentence before; the ones that
    got through ("all but nine of them", "nine reached their targets") leave the rest stopped."""
    through = None if "intercepted" in roles else roles.get("reached")
    fields = {
        "weapon": weapon,
        "launched": None,
        "intercepted": roles.get("intercepted"),
        "lost": roles.get("lost"),
        "attacker": None,
        "place": None,
        "reported_by": ctx.source(index),
    }
    return Draft(
        "interception",
        fields,
        (index,),
        completes_earlier=True,
        stops_all=stops_all or through is not None,
        all_but=through,
    )


def _all_of_them(ctx: EntryContext, index: int) -> list[Draft]:
    """``Die Luftabwehr habe alle abgefangen`` after a launch: every one was stopped."""
    text = ctx.text(index)
    weapon = _weapon_before(ctx, index)
    match = _ALL_OF_THEM.search(text)
    if weapon is None or match is None:
        return []
    end = clause_at(text, match.start())[1]
    if not cues.has("interception", "intercepted", text[match.end() : end]):
        return []
    return [_completion(ctx, index, weapon, {}, stops_all=True)]


_FURTHER_AFTER = re.compile(r"^\s+weitere\w*\b", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(r"\b(?:weitere\w*|another|a\s+further|further)\s+$", re.IGNORECASE)


def _further(text: str, number: NumberMention) -> bool:
    """``25 weitere``, ``weitere 25``, ``another 40``: a count that adds to the ones before."""
    return bool(_FURTHER_AFTER.match(text[number.end :]) or _FURTHER_BEFORE.search(text[: number.start]))


def _bare_outcome(text: str) -> bool:
    """``By 9 a.m., 42 had been shot down and 40 lost in location``: after a launch, a count
    that names neither weapons nor people is what became of them."""
    stops = cues.has("interception", "intercepted", text) or cues.has("interception", "lost", text)
    people = cues.has("casualty", "killed", text) or cues.has("casualty", "injured", text)
    return stops and not people and not party_mentions(text)


def _counts_of_them(ctx: EntryContext, index: int) -> list[Draft]:
    """``40 davon seien abgeschossen worden``, ``Of those, 60 were shot down``: a sentence
    that names no weapon but counts "them" adds its outcomes to the attack of the sentence
    before, when that sentence names one kind of weapon."""
    text = ctx.text(index)
    of_them = (
        _OF_THEM.search(text) or any(_further(text, n) for n in ctx.numbers(index)) or _bare_outcome(text)
    )
    weapon = _weapon_before(ctx, index) if of_them else None
    if weapon is None:
        return []
    reader = _Reader(text, ctx.numbers(index))
    roles: dict[str, int] = {}
    for position, number in enumerate(reader.numbers):
        if number.unit or number.value < 1 or number.value != int(number.value):
            continue
        role = reader._role_near(position, ("intercepted", "lost", "reached"), sentence_wide=False)
        if role is not None:
            roles.setdefault(role, number.count)
    return [_completion(ctx, index, weapon, roles, stops_all=False)] if roles else []
