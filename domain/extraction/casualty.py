"""Casualty claims: how many were killed and injured, who, where, and whether it is a total."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from domain.extraction import cues
from domain.extraction.context import Draft, EntryContext
from domain.extraction.interception import Weapon, weapons_in
from domain.extraction.numbers import NumberMention
from domain.extraction.places import PlaceMention, stands_for_a_speaker
from domain.extraction.sentences import clause_at
from domain.extraction.sources import hands_over

_YEAR_BEFORE = re.compile(r"\b(?:im\s+Jahr|seit|in|bis|since|Sommer|Winter|Frühjahr|Herbst)\s+$", re.I)


def _role(text: str, numbers: list[NumberMention], index: int) -> str | None:
    number = numbers[index]
    start, end = clause_at(text, number.start)
    end = _past_breakdown(text, end)
    following = [
        n.start
        for n in numbers[index + 1 :]
        if n.start < end and not n.unit and not _a_part(text, n) and not _denied(text, n)
    ]
    forward = text[number.end : following[0] if following else end]
    earlier = [n.end for n in numbers[:index] if n.end > start and not n.unit]  # not "binnen 24 Stunden"
    backward = text[earlier[-1] if earlier else start : number.start]
    ahead, behind = _cues_in(forward), _cues_in(backward)
    if ahead and behind and _NEXT_CLAUSE.search(_without_breakdown(forward[: ahead[0][0]])):
        return behind[-1][1]  # "killed five people and wounded 23": the verb before is this one's
    if ahead:
        return ahead[0][1]
    if behind:
        return behind[-1][1]
    if _COST_BEFORE.search(backward) and _LIFE_AFTER.match(forward):
        return "killed"  # "Der Angriff kostete 12 Menschen das Leben": the verb around the number
    if _TOTAL_BEFORE.search(text[: number.start]):
        # "The death toll from the strike on Kyiv, which hit ..., has risen to 33": the
        # sentence's toll noun, clauses before, says what the new total counts
        sentence_wide = _cues_in(text[: number.start])
        return sentence_wide[-1][1] if sentence_wide else None
    return None


_COST_BEFORE = re.compile(
    r"\b(?:kostete\w*|kosten|kostet|cost|claimed|claims|claiming|took|takes|taken)\s+(?:mindestens\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_LIFE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:das\s+Leben|(?:their\s+)?lives)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:gestiegen|steigt|stieg|erhöht|rose|risen|rises|climbed|climbs|increased|stands|stood)\s+(?:\w+\s+)?"
    r"(?:auf|to|at)\s+(?:mindestens\s+|at\s+least\s+)?$|\b(?:auf|to)\s+$",
    re.IGNORECASE,
)


@cache
def _breakdown() -> re.Pattern[str]:
    """``, darunter zwei Kinder,``; also ``, two of them children,``, ``, not nine,``."""
    subset = cues.load_raw("casualty", "subset")
    opening = rf"(?:(?:{subset})\b|(?:\w+\s+){{1,2}}(?:of\s+them|davon|von\s+ihnen)\b|not\b|nicht\b)"
    return re.compile(rf"\s*,\s*{opening}[^,;.]*,", re.IGNORECASE)


def _past_breakdown(text: str, end: int) -> int:
    """``Mindestens 34 Zivilisten, darunter zwei Kinder, kamen ums Leben``: the clause that
    says what happened to them comes after the breakdown between commas."""
    aside = _breakdown().match(text, end)
    return clause_at(text, aside.end())[1] if aside else end


def _without_breakdown(window: str) -> str:
    """``three people, including a child, were injured``: the aside's commas end no clause."""
    return _breakdown().sub(" ", window)


_NEXT_CLAUSE = re.compile(r"\b(?:und|and|sowie|while|whereas|während)\b|,", re.I)


def _cues_in(window: str) -> list[tuple[int, str]]:
    found = [(m.start(), "killed") for m in cues.pattern("casualty", "killed").finditer(window)]
    found += [(m.start(), "injured") for m in cues.pattern("casualty", "injured").finditer(window)]
    return sorted(found)


@cache
def _either_toll() -> re.Pattern[str]:
    killed, injured = cues.load_raw("casualty", "killed"), cues.load_raw("casualty", "injured")
    either = rf"\s+{cues.EITHER_OR}\s+"
    return cues.compiled(rf"\b(?:{killed}){either}(?:{injured})\b|\b(?:{injured}){either}(?:{killed})\b")


def _killed_or_injured(text: str, number: NumberMention) -> bool:
    """``1.130 Soldaten getötet oder verwundet``, ``1.500 Soldaten an Toten und Verwundeten``:
    one count of both, neither toll on its own."""
    start, end = clause_at(text, number.start)
    return bool(_either_toll().search(text[start:end]) or _BOTH_IN_ONE.search(text[start:end]))


_BOTH_IN_ONE = re.compile(
    r"\ban\s+Toten\s+und\s+(?:Verwundeten|Verletzten)\b|\bTote\s+und\s+Verwundete\b(?!\s+\d)|"
    r"\b(?:dead|killed)\s+and\s+(?:wounded|injured)\b|\bkilled,\s+wounded\b",
    re.IGNORECASE,
)


def _denied(text: str, number: NumberMention) -> bool:
    """``eight people, not nine, were killed``: the figure set aside is no count of its own."""
    return bool(
        cues.compiled(rf"(?:{cues.load_raw('casualty', 'correction')})").search(text[: number.start][-14:])
    )


def _a_part(text: str, number: NumberMention) -> bool:
    """``..., darunter zwei Kinder, ...``: a number that breaks down another, not its own toll."""
    subset = cues.compiled(rf"(?:{cues.load_raw('casualty', 'subset')})\s+(?:\w+\s+)?$")
    after = cues.compiled(cues.load_raw("casualty", "subset_after"))
    before = text[max(0, number.start - 30) : number.start]
    return bool(subset.search(before) or after.search(text[number.end :]))


# "1943 Hunderttausende Soldaten": a year before a vague count
_VAGUE_COUNT_AFTER = re.compile(
    r"\s+(?:Hunderte|Tausende|Hunderttausende|Zehntausende|Dutzende|Millionen|hundreds|thousands|dozens|tens)\b",
    re.IGNORECASE,
)


_MONTHS = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    "January|February|March|May|June|July|October|December"
)
_SINCE_MONTH = re.compile(
    rf"\b(?:seit|since)\s+(?:Anfang\s+|Ende\s+|Mitte\s+|early\s+|late\s+|mid-)?(?:{_MONTHS})\b", re.IGNORECASE
)
_SINCE_THEN = re.compile(r"\b(?:seither|seitdem|since\s+then)\b", re.IGNORECASE)
_WAR_BEFORE = re.compile(r"Krieg\w*|Invasion|\bwar\b|invasion", re.IGNORECASE)


def _since_the_war_began(ctx: EntryContext, index: int) -> bool:
    """``Der Krieg dauert 1000 Tage. Seither sind mehr als 12.000 Zivilisten getötet
    worden``: since then, where the sentence before speaks of the war, is since it began."""
    return bool(index and _SINCE_THEN.search(ctx.text(index)) and _WAR_BEFORE.search(ctx.text(index - 1)))


_FIRST_OR_WORST = re.compile(
    r"\b(?:erstmals|ersten\s+Mal|first|schwerste\w*|größte\w*|heftigste\w*|largest|heaviest|biggest|worst)\b",
    re.IGNORECASE,
)


def _qualifier(number: NumberMention) -> str:
    """``zwischen 10 und 15 Menschen``, ``10 bis 15``: at least the lower figure."""
    return "at_least" if number.high is not None and number.qualifier == "exact" else number.qualifier


# "der größte ukrainische Drohnenangriff auf Russland seit Kriegsbeginn": a comparison, not
# a running total
_COMPARED_SINCE = re.compile(
    r"\b(?:erstmals|ersten\s+Mal|first|schwerste\w*|größte\w*|heftigste\w*|massivste\w*|largest|heaviest|"
    r"biggest|worst|deadliest)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:seit|since|so\s+far|to\s+date|bislang|bisher)\b|"
    r"\b(?:bislang|bisher)\s+(?:\w+\s+)?(?:schwerste\w*|größte\w*|heftigste\w*|massivste\w*|umfangreichste\w*)\b",
    re.IGNORECASE,
)


def _since_a_month(text: str) -> bool:
    """``2,300 Russian troops had been killed in Kursk since August``: a running total
    (not ``der schwerste Angriff seit August``, which compares)."""
    since = _SINCE_MONTH.search(text)
    if since is None:
        return False
    return not _FIRST_OR_WORST.search(text, max(0, since.start() - 60), since.start())


# "Unter den 16 Toten sind drei Kinder", "Among the 16 dead were three children": the figure
# after "among the" is the toll that the rest of the sentence breaks down
_AMONG_THE = re.compile(r"\b(?:unter\s+den|among\s+the)\s+$", re.IGNORECASE)
_TOLL_NOUN_AFTER = re.compile(
    r"\s+(?:Toten|Todesopfern|Verletzten|Opfern|dead|killed|injured|wounded|victims)\b"
)


def _total_among(text: str, number: NumberMention) -> bool:
    return bool(_AMONG_THE.search(text, 0, number.start) and _TOLL_NOUN_AFTER.match(text, number.end))


def _is_year(number: NumberMention, text: str, before: str) -> bool:
    """A year, not a count of people: "im Jahr 2022", "2023 Tausende"."""
    return 1900 <= number.value <= 2100 and bool(
        _YEAR_BEFORE.search(before[-20:]) or _VAGUE_COUNT_AFTER.match(text, number.end)
    )


def _excluded(text: str, number: NumberMention) -> bool:
    before = text[: number.start]
    clause_start, _ = clause_at(text, number.start)
    clause_head = text[clause_start : number.start]
    return bool(
        number.unit
        or number.value < 1
        or _is_year(number, text, before)
        or (
            cues.compiled(rf"(?:{cues.load_raw('casualty', 'subset')})").search(clause_head)
            and not _total_among(text, number)
        )
        or _denied(text, number)
        or _called_false(text, number)
        or cues.compiled(cues.load_raw("casualty", "subset_after")).search(text[number.end :])
        or bool(_INJURED_WHO_DIED.match(text, number.end))
    )


# "Ein Verletzter sei im Krankenhaus gestorben", "one of the injured died": deaths among the
# injured already counted, no count of injured
_INJURED_WHO_DIED = re.compile(
    r"\s+(?:of\s+the\s+|der\s+)?(?:Verletzte\w*|Verwundete\w*|injured|wounded)\s+(?:[\w,]+\s+){0,5}?"
    r"(?:died|dies|gestorben|starb\w*|erlag\w*|erlegen|succumbed)\b",
    re.IGNORECASE,
)


# "Russische Angaben von 150.000 Toten seien Lügen", "figures he dismissed as propaganda"
_CALLED_FALSE = re.compile(
    r"^(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?\b(?:seien|sind|sei|ist|waren|are|were|is|was|als|as|called|calls)\s+(?:\w+\s+){0,2}?"
    r"(?:Lüge\w*|falsch\w*|übertrieben\w*|erfunden\w*|Propaganda|false|untrue|exaggerated|"
    r"fabricated|propaganda|nonsense|Unsinn)\b",
    re.IGNORECASE,
)


def _called_false(text: str, number: NumberMention) -> bool:
    """A figure the sentence calls a lie or exaggerated is no toll anyone stands by."""
    return bool(_CALLED_FALSE.search(text[number.end :]))


def _weapon_count(text: str, number: NumberMention, weapons: list[Weapon]) -> bool:
    """``12 Drohnen``, ``five Russian missiles``: the number counts weapons, not people
    (unless a toll's verb stands between: ``19 were wounded when a missile hit``)."""
    for weapon in weapons:
        gap = text[number.end : weapon.start]
        if number.end <= weapon.start <= number.end + 25 and "," not in gap and not _cues_in(gap):
            return True
    return False


# "Zwei Kinder und ihre Mutter wurden getötet", "A man and a woman were killed": people
# counted side by side before one verb are one toll
_PERSON_AND = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:Menschen|Personen|Kinder|Frauen|Männer|Mann|Frau|Kind|Mädchen|Junge\w*|Mutter|Vater|"
    r"Soldaten|Zivilisten|people|persons|children|women|men|man|woman|child|girl|boy|mother|father|soldiers|"
    r"civilians)\s+(?:und|and|sowie)\s+$",
    re.IGNORECASE,
)


# "drei Schwerverletzte und fünf Leichtverletzte", "three seriously and five slightly
# injured": the injured of two severities are one toll
_SEVERE_AND = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:Schwerverletzte|Schwerstverletzte|Schwerverwundete|schwer|schwerst|lebensgefährlich|seriously|"
    r"severely|critically|badly)(?:\s+(?:verletzt\w*|verwundet\w*|injured|wounded|hurt))?\s+(?:und|and|sowie)\s+$",
    re.IGNORECASE,
)
_LIGHT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:Leichtverletzte|Leichtverwundete|leicht|lightly|slightly|minor|moderately)\b",
    re.IGNORECASE,
)


def _two_severities(text: str, last: NumberMention, number: NumberMention) -> bool:
    return bool(_SEVERE_AND.fullmatch(text, last.end, number.start) and _LIGHT_AFTER.match(text, number.end))


def _joined_people(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    joined: list[NumberMention] = []
    for number in numbers:
        last = joined[-1] if joined else None
        if last is not None and _PERSON_AND.fullmatch(text, last.end, number.start) and not number.unit:
            joined[-1] = replace(last, value=last.value + number.value, end=number.end)
            continue
        if last is not None and _two_severities(text, last, number) and not number.unit:
            # the first count's words say who they were: "five suffered minor injuries" does not
            joined[-1] = replace(last, value=last.value + number.value)
            continue
        joined.append(number)
    return joined


def _pick(candidates: list[tuple[NumberMention, bool, bool]]) -> NumberMention | None:
    """Prefer a total (``auf 30 gestiegen``), then a figure that is no increment, then the first."""
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: (not c[1], c[2]))
    return ranked[0][0]


_OF_THE_DEAD_WERE = re.compile(
    r"\s+(?:of\s+(?:the|those)\s+(?:dead|killed|victims)|der\s+(?:Toten|Opfer|Getöteten))\s+(?:were|are|seien|sind|waren)\s+",
    re.IGNORECASE,
)


def _victims(text: str, number: NumberMention) -> str:
    of_the_dead = _OF_THE_DEAD_WERE.match(text, number.end)  # "560 of those killed were children"
    number_end = of_the_dead.end() if of_the_dead else number.end
    window = text[number_end : number_end + 40]
    for victims, start, end in cues.tagged_hits("victims", "victims", window):
        if number.value == 1 and window[start:end].lower() == "mann":
            continue  # "500 Mann" are troops, "ein Mann" is a man
        # children counted right after the number are the toll ("589 Kinder getötet"); further
        # on they are a breakdown ("acht Menschen, darunter zwei Kinder")
        if len(window[:start].split()) <= (1 if victims == "children" else 2):
            return victims
    if _BARE_TOLL_AFTER.match(text, number.end):
        # "North Korean troops have suffered heavy casualties, with at least 100 killed": the
        # victims named as the subject before a count without its own noun
        named = [v for v, _, _ in cues.tagged_hits("victims", "victims", text[: number.start])]
        if named and named[-1] in {"soldiers", "civilians"}:
            return named[-1]
    return "unspecified"


_BARE_TOLL_AFTER = re.compile(
    r"\s+(?:(?:seien|sind|wurden|were|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|injured|wounded|getötet|tot|verletzt|verwundet|Tote|Verletzte)\b",
    re.IGNORECASE,
)


# "Zuvor war von 16 Toten die Rede gewesen": the figure a correction replaced, not a report
_EARLIER_FIGURE = re.compile(
    r"^(?:(?:Korrektur|Correction|Berichtigung|Update)\s*:\s*)?(?:Zuvor|Zunächst|Vorher|Previously|Earlier|Initially)\b(?!(?:[^.]|(?<=\d)\.(?=\d))*\b(?:inzwischen|nun|jetzt|mittlerweile|now)\b)"
    r"(?:[^.]|(?<=\d)\.(?=\d))*\b(?:war|waren|hatte|hatten|had|was|were)\b|"
    # "In einer früheren Version dieses Eintrags hieß es, 20 Menschen seien getötet worden"
    r"^(?:(?:Korrektur|Correction|Berichtigung|Update)\s*:\s*)?"
    r"(?:In\s+einer\s+(?:früheren|vorherigen|ersten)\s+(?:Version|Fassung)|An?\s+(?:earlier|previous)\s+version)\b",
    re.IGNORECASE,
)


# "Correction: 14, not 16, people were killed", "144 und nicht 117 Menschen": the rejected figure is blanked
# (same length, so offsets hold) and the figure before it joins the clause after
_REJECTED_ASIDE = re.compile(
    r",\s*(?:not|nicht)\s+[\d.,]+\s*,|(?<=\d)\s+(?:und|and)\s+(?:nicht|not)\s+\d[\d.,]*(?=\s)", re.IGNORECASE
)


# "seien ihren Verletzungen erlegen", "died of their injuries": the dead, not the injured (the
# word for injuries is blanked, same length, so offsets hold)
_FATAL_INJURIES = re.compile(
    r"\b(?:ihren|seinen|den|schweren)\s+(?P<de>Verletzungen|Verwundungen)\s+(?:erlegen|erlag\w*)|"
    r"\b(?:died|dying|dies|succumbed)\s+(?:of|from|to)\s+(?:their|his|her|the)?\s*(?P<en>injuries|wounds)\b",
    re.IGNORECASE,
)


def _without_fatal_injuries(text: str) -> str:
    for match in reversed(list(_FATAL_INJURIES.finditer(text))):
        word = "de" if match["de"] else "en"
        text = text[: match.start(word)] + "x" * len(match[word]) + text[match.end(word) :]
    return text


def _without_rejected_aside(text: str) -> str:
    return _REJECTED_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


# "The correct figure is 14", "Die richtige Zahl liege bei 14": a figure named for the toll
# of the sentence before
_CORRECT_FIGURE = re.compile(
    r"\b(?:correct|right|actual|revised|true)\s+(?:figure|number|toll)\s+(?:is|was|stands\s+at)\s+$|"
    r"\b(?:richtige|korrekte|korrigierte|tatsächliche)\s+Zahl\s+(?:sei|ist|liege|liegt|laute|lautet)\s+(?:bei\s+)?$|"
    r"\b(?:Richtig|Korrekt)\s+(?:ist|sind|sei|seien)\s*:?\s*$|"
    # "Tatsächlich sind es zwölf", "In fact, it was twelve"
    r"\b(?:Tatsächlich|In\s+Wahrheit)\s*,?\s*(?:sind|seien|waren|wurden)\s+es\s+(?:(?:nur|lediglich|mindestens)\s+)?$|"
    r"\b(?:In\s+fact|Actually)\s*,?\s*(?:it\s+(?:is|was)|there\s+(?:were|are))\s+(?:(?:only|at\s+least)\s+)?$",
    re.IGNORECASE,
)


# "Die Behörden korrigierten die Zahl der Toten später auf fünf", "officials revised the
# toll to five": the sentence before gave the figure this one replaces
_REVISES = re.compile(
    r"\b(?:korrigiert\w*|revidiert\w*|revised|corrected)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:auf|to)\b",
    re.IGNORECASE,
)


def _corrected_figure(ctx: EntryContext, index: int) -> list[Draft]:
    text = ctx.text(index)
    number = next((n for n in ctx.numbers(index) if _CORRECT_FIGURE.search(text, 0, n.start)), None)
    if number is None:
        return []
    # "An earlier version said 16 were killed; the correct figure is 14": the same sentence
    before = text[: number.start] if _EARLIER_FIGURE.search(text) else ctx.text(index - 1) if index else ""
    role = "killed" if cues.has("casualty", "killed", before) else "injured"
    if not cues.has("casualty", role, before):
        return []
    fields = {
        "killed": None,
        "injured": None,
        role: number.count,
        "victims": "unspecified",
        "qualifier": number.qualifier,
        "place": ctx.casualty_place(index),
        "cumulative": False,
        "reported_by": ctx.source(index),
    }
    return [Draft("casualty", fields, (index,), corrects_earlier=True)]


def find(ctx: EntryContext, index: int) -> list[Draft]:
    corrected = _corrected_figure(ctx, index)
    if corrected:
        return corrected
    text = _without_fatal_injuries(_without_rejected_aside(ctx.text(index)))
    if not (cues.has("casualty", "killed", text) or cues.has("casualty", "injured", text)):
        return []
    if cues.has("casualty", "not_a_fact", text) or _EARLIER_FIGURE.match(text):
        return []
    numbers = _joined_people(text, [n for n in ctx.numbers(index) if text[n.start : n.end].strip()])
    roles: dict[str, list[tuple[NumberMention, bool, bool]]] = {"killed": [], "injured": []}
    weapons = weapons_in(text)
    for position, number in enumerate(numbers):
        if _excluded(text, number) or _weapon_count(text, number, weapons):
            continue
        role = _role(text, numbers, position)
        if role is None or _killed_or_injured(text, number):
            continue
        before = text[max(0, number.start - 40) : number.start]
        total = bool(cues.compiled(rf"(?:{cues.load_raw('casualty', 'total')})").search(before))
        increment = bool(
            re.search(
                rf"(?:{cues.load_raw('casualty', 'increment')})", text[number.end : number.end + 20], re.I
            )
        )
        roles[role].append((number, total, increment))
    killed, injured = _pick(roles["killed"]), _pick(roles["injured"])
    if killed is None and injured is None:
        return []
    lead = killed or injured
    assert lead is not None
    window = _COMPARED_SINCE.sub(" ", f"{ctx.text(index - 1) if index else ''} {text}")
    toll = Draft(
        "casualty",
        {
            "killed": killed.count if killed else None,
            "injured": injured.count if injured else None,
            "victims": _victims(text, lead),
            "qualifier": _qualifier(lead),
            "place": ctx.casualty_place(index),
            "cumulative": cues.has("casualty", "cumulative", window)
            or _so_far_without_one_attack(window, ctx.body)
            or _since_a_month(text)
            or _since_the_war_began(ctx, index),
            "reported_by": ctx.source(index),
        },
        (index,),
        corrects_earlier=bool(_REVISES.search(text)),
    )
    if killed and injured:
        return _split_by_place(ctx, index, text, toll, killed, injured)
    one_role = "killed" if killed else "injured"
    return [toll, *_elliptic_tolls(ctx, index, text, numbers, toll, one_role)]


_SO_FAR = re.compile(r"\b(?:bislang|bisher|so\s+far)\b", re.IGNORECASE)
_ONE_ATTACK = re.compile(
    r"angriff\w*|Einschlag\w*|Explosion\w*|Anschlag\w*|Beschuss|attack\w*|strike|strikes|explosion\w*|shelling",
    re.IGNORECASE,
)


def _so_far_without_one_attack(window: str, entry: str) -> bool:
    """``Bislang wurden 120 Kinder getötet`` is a running total; but the dead recovered
    ``bislang`` in an entry about one attack are that attack's toll."""
    return bool(_SO_FAR.search(window)) and not _ONE_ATTACK.search(entry)


def _clause_place(ctx: EntryContext, index: int, text: str, number: NumberMention) -> str | None:
    start, end = clause_at(text, number.start)
    here = [p for p in ctx.places(index) if start <= p.start < end and not stands_for_a_speaker(text, p)]
    return here[0].name if here else None


def _split_by_place(
    ctx: EntryContext, index: int, text: str, toll: Draft, killed: NumberMention, injured: NumberMention
) -> list[Draft]:
    """``Three were killed in the Lviv region, and four others were injured in Mykolaiv``:
    the dead and the hurt of two places are two tolls, each where its clause says."""
    places = {
        role: _clause_place(ctx, index, text, n) for role, n in (("killed", killed), ("injured", injured))
    }
    if None in places.values() or places["killed"] == places["injured"]:
        return [toll]
    tolls = []
    for role, number in (("killed", killed), ("injured", injured)):
        fields = {**toll.fields, "killed": None, "injured": None, "place": places[role]}
        fields[role], fields["qualifier"], fields["victims"] = (
            number.count,
            _qualifier(number),
            _victims(text, number),
        )
        tolls.append(replace(toll, fields=fields))
    return tolls


_ELLIPSIS_BEFORE = re.compile(
    r"[,;]\s*(?:und\s+|and\s+)?(?:in|im|bei|near)\s+(?:der\s+|dem\s+|the\s+)?$", re.IGNORECASE
)
_ELLIPSIS_GAP = re.compile(r"\s*(?:weitere\w*\s+|another\s+|further\s+)?")
_ELLIPSIS_AFTER = re.compile(r"\s*(?:more|others)?\s*(?:[.;,]|$)", re.IGNORECASE)


def _just_before(text: str, place: PlaceMention, number: NumberMention) -> bool:
    """``in Sumy drei``, ``in Sumy weitere drei``: the place stands right before the number."""
    return place.end <= number.start and bool(_ELLIPSIS_GAP.fullmatch(text, place.end, number.start))


def _elliptic_tolls(
    ctx: EntryContext, index: int, text: str, numbers: list[NumberMention], toll: Draft, role: str
) -> list[Draft]:
    """``In Charkiw starben zwei Menschen, in Sumy drei``: a clause of only a place and a
    number repeats the toll's verb for another place."""
    found = []
    for number in numbers:
        place = next((p for p in ctx.places(index) if _just_before(text, p, number)), None)
        if place is None or not _ELLIPSIS_BEFORE.search(text[: place.start]):
            continue
        if not _ELLIPSIS_AFTER.match(text, number.end):
            continue
        fields = {**toll.fields, "killed": None, "injured": None, "place": place.name}
        fields[role], fields["qualifier"] = number.count, number.qualifier
        found.append(Draft("casualty", fields, (index,)))
    return found


def merge_split_tolls(drafts: list[Draft], ctx: EntryContext) -> list[Draft]:
    """``Die Zahl der Verletzten stieg auf 23. Zwei Menschen wurden getötet.``: one toll
    stated across two adjacent sentences is one claim; so is one with only the sentence
    that names its source between (``... auf 23 gestiegen. Das teilte X mit. Rund 70
    Menschen seien verletzt worden.``)."""
    kept: list[Draft] = []
    for draft in drafts:
        earlier = next((k for k in reversed(kept) if k.kind == "casualty"), None)
        if draft.corrects_earlier and _correct(earlier, draft):
            continue
        if draft.kind == "casualty" and earlier is not None and _restates(earlier, draft, ctx):
            for field in ("killed", "injured"):
                earlier.fields[field] = (
                    earlier.fields[field] if earlier.fields[field] is not None else draft.fields[field]
                )
            earlier.sentences = (*earlier.sentences, *draft.sentences)
            continue
        if draft.kind == "casualty" and earlier is not None and _complements(earlier, draft, ctx):
            for field in ("killed", "injured", "place"):
                earlier.fields[field] = earlier.fields[field] or draft.fields[field]
            earlier.sentences = (*earlier.sentences, *draft.sentences)
            continue
        kept.append(draft)
    return kept


def _correct(earlier: Draft | None, correction: Draft) -> bool:
    """The toll of the sentence before takes the corrected figure and the correction's
    sentence (where that sentence gave none, the correction stands as a toll of its own)."""
    if earlier is None or earlier.sentences[-1] != correction.sentences[0] - 1:
        return False
    for field in ("killed", "injured"):
        if correction.fields[field] is not None:
            earlier.fields[field] = correction.fields[field]
    earlier.fields["qualifier"] = correction.fields["qualifier"]
    earlier.fields["reported_by"] = correction.fields["reported_by"] or earlier.fields["reported_by"]
    earlier.sentences = (*earlier.sentences, *correction.sentences)
    return True


def _restates(earlier: Draft, later: Draft, ctx: EntryContext) -> bool:
    """``Die Zahl der Todesopfer ist auf 23 gestiegen. Rettungskräfte hätten die Leichen von 23
    Menschen geborgen``: the next sentence giving the same dead (or hurt) of the same place
    again tells the same toll, not a second one."""
    a, b = earlier.fields, later.fields
    shared = [f for f in ("killed", "injured") if a[f] is not None and b[f] is not None]
    return (
        bool(shared)
        and all(a[f] == b[f] for f in shared)
        and b["place"] in (None, a["place"])
        and _next_to(earlier.sentences[-1], later.sentences[0], ctx)
    )


def _complements(earlier: Draft, later: Draft, ctx: EntryContext) -> bool:
    a, b = earlier.fields, later.fields
    filled = {f for f in ("killed", "injured") if a[f] is not None}
    other = {f for f in ("killed", "injured") if b[f] is not None}
    return (
        len(filled) == 1
        and len(other) == 1
        and filled != other
        and _next_to(earlier.sentences[-1], later.sentences[0], ctx)
        # "... killed in Ukraine. More than 29,000 others were injured."; a later sentence that
        # names no place only inherited one
        and (b["place"] in (None, a["place"]) or not ctx.places(later.sentences[0]))
        and a["cumulative"] == b["cumulative"]
    )


def _next_to(first: int, second: int, ctx: EntryContext) -> bool:
    """Adjacent, or apart by one sentence that only names who said it and counts nothing
    (two tolls of one sentence, split by place, are never one)."""
    if second <= first:
        return False
    if second - first == 1:
        return True
    between = first + 1
    text = ctx.text(between)
    # "... zwei Männer getötet. Die Angriffe hätten Wohnviertel in Cherson getroffen. Eine Frau sei
    # verletzt worden": a sentence about the attack itself, counting no one, keeps the toll open
    counts_no_one = not (cues.has("casualty", "killed", text) or cues.has("casualty", "injured", text))
    if second - first == 2 and _AMONG_THE_DEAD.match(text):
        return True  # "... auf zehn gestiegen. Unter den Toten sind zwei Kinder. Die Zahl der Verletzten ..."
    return second - first == 2 and not ctx.numbers(between) and (hands_over(text) or counts_no_one)


_AMONG_THE_DEAD = re.compile(
    r"(?:Unter\s+den\s+(?:Toten|Todesopfern|Opfern|Getöteten)|Among\s+the\s+(?:dead|victims|killed))\b", re.I
)
