"""Aid pledges: who gives Ukraine how much of what, and how far the promise has got.

An amount of money in an aid sentence is one pledge (a conversion in brackets and a
previous level after ``up from`` are not). Sentences that only list items belong to the
pledge their entry already has; otherwise items or a bare promise with a donor are a pledge
without an amount. Calls for aid are ``demanded``; totals (``insgesamt``) are cumulative.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from domain.extraction import cues
from domain.extraction.context import Draft, EntryContext
from domain.extraction.lexicon import load
from domain.extraction.numbers import NumberMention
from domain.extraction.parties import IN_A_PHRASE_BEFORE, PartyMention, party_mentions
from domain.extraction.sources import hands_over, people_in

_STATUS_ORDER = ("demanded", "approved", "delivered", "announced", "pledged")
_ANAPHORIC = re.compile(
    r"^(?:Es|Das|Der|Die|Dies|Diese|Dieses|Damit|Dafür|Hierfür|It|The\s+package|This|That|These|For\s+this|"
    # "Darüber hinaus sollen Drohnen für weitere zehn Millionen Euro beschafft werden": more of the same
    r"Darüber\s+hinaus|Zusätzlich|Außerdem|Zudem|In\s+addition|Additionally|On\s+top\s+of\s+that)\b"
)
# "since the start of the war", "seit Kriegsbeginn": the span a running total covers
_SINCE_THE_WAR = (
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|full-scale|invasion|February\s+2022|Russia['’]s)|"
    r"\bseit\s+(?:dem\s+)?(?:Kriegsbeginn|Beginn\s+(?:des|der)\b|Februar\s+2022)"
)
_CUMULATIVE = re.compile(
    r"\binsgesamt\b|\bbisher\b|\bbislang\b|so\s+far|in\s+total|a\s+total\s+of|"
    rf"{_SINCE_THE_WAR}|\bseit\s+(?:dem\s+)?Anfang\s+des\s+Krieges|"
    r"Damit\s+steigt|summier\w*|"
    r"(?:bring(?:s|ing)?|tak(?:es|ing)|rais(?:es|ing)|lift(?:s|ing)|push(?:es|ing))\s+(?:(?:the|its|their)\s+)?(?:[\w'’]+\s+)?total|"
    # "Das Paket ... sei Teil einer Hilfe von 4,5 Milliarden Pfund": the whole it belongs to
    r"\bTeil\s+(?:einer|eines|der|des)\b|\bpart\s+of\s+(?:a|an|the|its)\b|"
    r"Gesamt(?:höhe|umfang|volumen|wert|summe)|total\s+value|overall\s+(?:value|total)",
    re.IGNORECASE,
)
_STRONG_PLEDGE = re.compile(
    r"Zusage\w*|zugesagt|zugesichert|beteiligt\s+sich\s+mit|zusagen|sag\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,120}?\bzu(?=\s*[.,;:]|\s*$)|"
    r"versprach\w*|verspricht|versprochen|"
    r"aufzustocken|aufstock\w*|stockt\w*\s(?:[^.]|(?<=\d)\.(?=\d))*\bauf\b|überlassen|liefer\w*|"
    r"zur\s+Verfügung|bereitstell\w*|bereitgestellt|stell\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,120}?\bbereit\b|bewilligt|gebilligt|billigte\w*|"
    r"genehmigt|freigegeben|"
    r"beschlossen|beschließt|gib\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\bfrei\b|gab\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\bfrei\b|"
    r"übergeben|geliefert|ausgezahlt|zahlt\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\baus\b|delivered|handed\s+over|disbursed|paid\s+out|"
    r"erhält|erhalten|bekommt|bekommen|pledged|promised|approved|allocated|earmarked|receives|received|"
    r"überweis\w*|überwiesen|transferred|"
    r"(?:will|would|to)\s+(?:together\s+|also\s+|jointly\s+|each\s+|\w+ly\s+)?(?:provide|send|deliver|give|receive|supply|lend)|"
    r"schick\w*|geschickt|"
    r"sent|sends|supplied|supplies|provided|provides|gave|(?:has|have)\s+given|committed|commits|"
    r"(?:is|are)\s+(?:sending|providing|supplying|delivering|giving)|arrived\s+in\s+(?:the\s+)?Ukraine|"
    r"(?:will|would|to)\s+(?:disburse|transfer|allocate|pay)|"
    r"(?:gibt|geben|gab|gaben)\s+(?:der\s+)?Ukraine|gives\s+Ukraine|"
    r"leih\w*|geliehen|lends|lent|abzugeben|abgeben|abgegeben|hand\s+over|gewähr\w*|grants?|granted|"
    r"top(?:s|ped|ping)?\s+up|step(?:s|ped|ping)?\s+up|ramp(?:s|ed|ing)?\s+up|"
    # "Germany will pay for two more Patriot systems for Ukraine": a donor buying arms for Ukraine
    r"(?:will|to|would)\s+(?:pay\s+for|fund|finance|buy|purchase)|bezahl\w*|finanzier\w*|donat\w*|spendet|gespendet|"
    r"stimmt\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,100}?\bzu\b|zugestimmt|"
    # "Biden's commitment to increase aid to Ukraine"
    r"commitments?|pledges?\b|promises?\b|(?:to|will|would)\s+(?:increase|boost|expand)",
    re.IGNORECASE,
)
# "North Korea's military support for Russia", "unterstützt Russland mit Munition": aid to
# the other side is no pledge to Ukraine
_FOR_RUSSIA = re.compile(
    r"\b(?:support|aid|help|assistance|Unterstützung|Hilfe|Waffen\w*|weapons|arms|Munition)\s+"
    r"(?:\w+\s+)?(?:for|to|für|an)\s+(?:Russia|Russland|Moskau|Moscow)\b|"
    r"\b(?:unterstützt\w*|supports?|supported|supplies|supplied|beliefert\w*)\s+(?:Russia|Russland|Moskau|Moscow)\b",
    re.IGNORECASE,
)
# "The Netherlands pledged another €3.5bn for next year": a country pledging a sum in a
# ticker about the war pledges it to Ukraine
_PLEDGING_DONOR = re.compile(
    r"\b(?:pledged|pledges|promised|zugesagt|sagte\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\bzu\b|versprach\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:another|a\s+further|further|new|weitere\w*|neue\w*)?\s*(?:[€$£]|\d)",
    re.IGNORECASE,
)
_TO_UKRAINE = re.compile(
    r"\b(?:der|die|an\s+die|für\s+die)\s+Ukraine\b|\b(?:to|for)\s+Ukraine\b|"
    r"\bUkraine\s+with\b|\bKyjiw\b|\bKiew\b|\bKyiv\b|"
    r"\b(?:send|sends|sent|sending|give|gives|gave|giving|provide|supply|offer|offers|offered|lend|lends|lent)"
    r"\s+Ukraine\b|"
    r"\bUkraine\s+(?:has\s+|had\s+)?(?:so\s+far\s+|already\s+)?(?:erhält|bekommt|receives|received|gets|got|"
    r"will\s+(?:receive|get))\b"
)
_WEAPONS = re.compile(
    r"\b(?:Waffen\w*|Munition|Luftabwehr\w*|Artillerie\w*|weapons|arms|ammunition|artillery|"
    r"air\s+defen[cs]es?)\b",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(r"\b(EUR|USD|GBP|CHF|JPY|CAD|AUD|PLN|UAH|SEK|DKK|NOK|CZK)\s+$")
_ABBREVIATION_DOTS = re.compile(r"\b(Mrd|Mio|Tsd|Nr|ca|bzw|rd)\.", re.IGNORECASE)
_NOT_DONORS = {"UA", "RU", "KP", "IR", "BY"}
_ALLIANCES = {"NATO", "EU", "G7"}  # calling on their own members: the call is to them


@cache
def _currency_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (c["code"], re.compile(rf"^(?:\s*|-)(?:{c['pattern']})(?![\w])", re.IGNORECASE))
        for c in load("currencies")["currencies"]
    )


def currency_after(text: str, number: NumberMention) -> str | None:
    tail = text[number.end : number.end + 30]
    for code, compiled in _currency_patterns():
        if compiled.match(tail):
            return code
    before = text[max(0, number.start - 2) : number.start]
    symbols = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
    found = next((code for symbol, code in symbols.items() if symbol in before), None)
    code_before = _CODE_BEFORE.search(text[: number.start])  # "EUR 500 million"
    return found or (code_before.group(1).upper() if code_before else None)


def _amounts(text: str, numbers: list[NumberMention]) -> list[tuple[NumberMention, str]]:
    found: list[tuple[NumberMention, str]] = []
    for number in numbers:
        currency = currency_after(text, number)
        if currency is None and found and number.scale > 1 and _SHARE_BEFORE.search(text[: number.start]):
            currency = found[-1][1]  # "95 Milliarden Dollar, davon 61 Milliarden für die Ukraine"
        if currency is None:
            continue
        before = text[: number.start]
        if found and re.search(r"\(\s*(?:\w+\s+)?[$€£]?\s*$|\bfrom\s+[$€£]?$", before):
            continue  # "(about $1.7 billion)", "to 8 billion euros from 4 billion": no sum of its own
        if cues.compiled(rf"(?:{cues.load_raw('aid', 'previous')})\s+$").search(before[-20:]):
            continue
        if _FROM_BEFORE.search(before) and _TO_AFTER.match(text, number.end):
            continue  # "from 4 billion euros to 8 billion euros": the level before the rise
        found.append((number, currency))
    return found


_SHARE_BEFORE = re.compile(
    r"\b(?:davon|darunter|including|of\s+which|with)\s+(?:rund\s+|etwa\s+|about\s+|some\s+)?$", re.IGNORECASE
)
_FROM_BEFORE = re.compile(r"\b(?:from|von)\s+[$€£]?$", re.IGNORECASE)
_TO_AFTER = re.compile(
    r"\s*(?:[\w.]+\s+){0,3}?(?:to|auf)\s+[$€£]?\s*(?:\d|\w+\s+(?:Milliarden|Millionen|billion|million))"
)


_FOR_UKRAINE_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:for|to|für\s+die|an\s+die)\s+(?:the\s+)?Ukraine\b", re.IGNORECASE
)


def _for_ukraine(text: str, amounts: list[tuple[NumberMention, str]]) -> list[tuple[NumberMention, str]]:
    """``a $95 billion package, including $61 billion for Ukraine``: where some sums are said
    to be Ukraine's share, those are the pledges, not the whole."""
    marked = [(n, c) for n, c in amounts if _FOR_UKRAINE_AFTER.match(text[n.end : n.end + 40])]
    if not marked or len(marked) == len(amounts):
        return amounts
    # "3.5 billion euros to Ukraine, bringing the total to 16.1 billion": a total it adds up to stays
    totals = [
        (n, c)
        for n, c in amounts
        if (n, c) not in marked and _CUMULATIVE.search(text, marked[0][0].end, n.start)
    ]
    return marked + totals


# "von den USA", "from the EU", "bittet Deutschland um", "asked Germany for": who is asked
_ASKED_BEFORE = re.compile(
    r"\b(?:von|from|(?:bittet|bat|baten|bitten|forderte|fordert|asked|asks|urged|urges|pressed|appealed\s+to))\s+"
    r"(?:den\s+|der\s+|die\s+|das\s+|the\s+)?$",
    re.IGNORECASE,
)


_GERMAN_ASKING = re.compile(
    r"\b(?:bittet|bat|baten|bitten|forderte|fordert)\s+(?:den\s+|der\s+|die\s+|das\s+)?$"
)


def _asked(text: str, mention: PartyMention) -> bool:
    """Whether the party is the one asked; in "Für ihre Hilfe bitten die Vereinten Nationen
    um ..." no subject stands before the German verb, so the party after it asks."""
    before = text[: mention.start]
    if not _ASKED_BEFORE.search(before):
        return False
    verb = _GERMAN_ASKING.search(before)
    if verb is None:
        return True
    opening = before[: verb.start()]
    subjects = [m for m in party_mentions(opening) if not IN_A_PHRASE_BEFORE.search(opening, 0, m.start)]
    return bool(subjects or people_in(opening))


# "disbursed through the World Bank", "über die Weltbank ausgezahlt": the channel, not the donor
_CHANNEL_BEFORE = re.compile(r"\b(?:through|via|über)\s+(?:the\s+|die\s+|den\s+)?$", re.IGNORECASE)


def _donor(text: str, demanded: bool) -> str | None:
    mentions = [
        m
        for m in party_mentions(text)
        if m.code not in _NOT_DONORS and not _CHANNEL_BEFORE.search(text, 0, m.start)
    ]
    if demanded:
        after_von = [m for m in mentions if _asked(text, m)]
        if after_von:
            return after_von[0].code
        alliances = [m.code for m in mentions if m.code in _ALLIANCES]
        return alliances[0] if alliances else None
    opening = _OPENING_CLAUSE.match(text)
    main = [m for m in mentions if opening is None or m.start >= opening.end()]
    if main or mentions:
        return (main or mentions)[0].code
    return next((c for _, c, _, _ in people_in(text) if c not in _NOT_DONORS), None)


# "As Nato leaders gathered in Vilnius, Berlin announced ...": who acts in a clause of time or
# occasion before the main clause is not the donor
_OPENING_CLAUSE = re.compile(
    r"^(?:As|When|While|After|Before|Ahead\s+of|On\s+the\s+sidelines\s+of|At|Als|Während|Nachdem|Bevor|"
    r"Am\s+Rande|Bei|Beim|Vor)\b[^,;.]{0,120},",
    re.IGNORECASE,
)


# "Germany's parliament approved ..., while the Netherlands said it would give 400 million":
# a second clause with a donor of its own
_CLAUSE_OF_ITS_OWN = re.compile(
    r"[,;]\s*(?:while|whereas|and|but|während|wohingegen|und|aber|sowie)\b|;", re.IGNORECASE
)


def _donor_of_clause(text: str, amount: NumberMention) -> str | None:
    """The donor of the clause the amount stands in, where a second clause names its own."""
    breaks = [m.end() for m in _CLAUSE_OF_ITS_OWN.finditer(text, 0, amount.start)]
    if not breaks:
        return None
    clause = text[breaks[-1] : amount.start]
    mentions = [m for m in party_mentions(clause) if m.code not in _NOT_DONORS]
    return mentions[0].code if mentions else None


def _status(text: str, before: str = "", following: str = "") -> str:
    """The status the sentence's verb gives; a sentence that only refers back (``Das Paket
    hat einen Wert von ...``) and names none has the status of the sentence before. A
    next sentence that reports it (``Das kündigte X an``) makes it announced, or gives the
    status where the sentence names none; it does not move a promise on to a later stage
    (``Das Geld soll in Tranchen ausgezahlt werden`` after a pledge)."""
    own = _stated_status(text, before)
    told = _stated_status(following) if _HANDS_OVER.search(following) else None
    if told in {"announced", "approved"} or (own is None and told is not None):
        return told  # "Das beschloss das Kabinett": a body decided it
    if own == "pledged" and _DECIDING_BODY.search(text):
        return "approved"  # "Die EU-Staaten stocken den Topf ... um fünf Milliarden Euro auf": a body decided
    return own or "announced"


# "Das kündigte X an", "X announced this during a visit": the next sentence reports the pledge
_HANDS_OVER = re.compile(
    r"^(?:Das|Dies)\s+\w+|\b(?:announced|said|confirmed|stated|disclosed)\s+this\b|"
    r"\b(?:kündigte|sagte|teilte|erklärte|gab|verkündete)\w*\s+(?:dies|das)\b",
    re.IGNORECASE,
)


_DECIDING_BODY = re.compile(
    r"\b(?:EU-Staaten|EU-Mitgliedstaaten|Mitgliedstaaten|EU\s+member\s+states|member\s+states|"
    r"Staats-\s+und\s+Regierungschefs|EU\s+leaders|Bundestag|Haushaltsausschuss|Parlament\w*|parliament|Congress|"
    r"Kongress|Senat\w*|Senate|House\s+of\s+Representatives|Repräsentantenhaus)\b",
    re.IGNORECASE,
)


# "..., adding that Ukraine needs ammunition now": what the speaker adds is no status of the pledge
_ADDED = re.compile(
    r",\s*(?:adding|saying|und\s+fügte\s+hinzu|fügte\s+\w+\s+hinzu)\b.*$|\.?\s*Er\s+fügte\s+hinzu.*$",
    re.IGNORECASE,
)


def _stated_status(text: str, before: str = "") -> str | None:
    main = _ADDED.sub("", text)
    windows = (main, text, before) if _ANAPHORIC.match(text) else (main, text)
    for window in windows:
        for status in _STATUS_ORDER:
            if cues.has("aid", status, window):
                return "pledged" if status == "delivered" and _INTENDED.search(window) else status
    return None


# "Belgien will der Ukraine noch in diesem Jahr die ersten F-16 übergeben": a delivery to come
_INTENDED = re.compile(
    r"\b(?:will|wollen|wolle|soll|sollen|solle|plant|planen|werden|wird|will\s+be|is\s+to|are\s+to|plans?\s+to|"
    r"intends?\s+to|is\s+set\s+to)\b",
    re.IGNORECASE,
)


_LENDERS = {"EU", "IMF", "WB"}
_PAID = re.compile(
    r"\b(?:paid|pays|payments?|disbursed|disburses|disbursement\w*|ausgezahlt|Auszahlung\w*|überwiesen|"
    r"überweist|zahlt\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,80}?\baus)\b",
    re.IGNORECASE,
)


# "zivile und militärische Hilfe", "military and humanitarian aid": aid of two kinds at once
_TWO_KINDS = re.compile(
    r"\b(?:zivile\w*|civilian|humanitäre\w*|humanitarian|finanzielle\w*|financial|wirtschaftliche\w*|economic)"
    r"\s+(?:und|and|sowie)\s+(?:militärische\w*|military)\b|"
    r"\b(?:militärische\w*|military)\s+(?:und|and|sowie)\s+(?:zivile\w*|civilian|humanitäre\w*|humanitarian|"
    r"finanzielle\w*|financial|wirtschaftliche\w*|economic)\b",
    re.IGNORECASE,
)


def _aid_kind(text: str, entry: str, donor: str | None = None, amount: bool = False) -> str:
    if _TWO_KINDS.search(text):
        return "unspecified"
    if cues.has("aid", "items", text):
        return "military"
    for window in (text, entry):
        for kind in ("military", "humanitarian", "financial"):
            if cues.has("aid", kind, window):
                return kind
    # "Die EU-Kommission zahlte der Ukraine 4,1 Mrd. Euro aus": money from a lender, or money
    # paid out, for nothing named
    paid = bool(_PAID.search(text))
    return "financial" if amount and (donor in _LENDERS or paid) else "unspecified"


_NUMERAL_WORD = (
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|"
    r"siebzig|achtzig|neunzig|hundert|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred"
)


_MORE = re.compile(r"weitere\w*|zusätzliche\w*|more|additional|further|new|neue\w*", re.IGNORECASE)


_NOT_AN_ITEM_WORD = re.compile(
    r"\b(?:package|Paket\w*|Hilfspaket\w*|including|darunter|worth|im|in|of|for|für|von|dollars?|euros?|Euro)\b",
    re.IGNORECASE,
)


_MODEL_NAME_BEFORE = re.compile(r"\d[\d.,]*\s+(?-i:[A-Z])[\w-]*\s+$")


def _items(text: str) -> str | None:
    """The counted arms a pledge names: ``40 Schützenpanzer Marder``, ``seven more Patriot systems``."""
    found = []
    for match in re.finditer(
        rf"(?<![\w-])(?P<q>(?i:mindestens|bis\s+zu|rund|etwa|mehr\s+als|at\s+least|up\s+to|about|more\s+than|around)\s+)?"
        rf"(?P<n>(?:\d[\d.,]*\d|\d)(?:\s+(?:million|Millionen|Million|Mio\.))?|(?i:{_NUMERAL_WORD})(?![\w-]))"
        # "14 Challenger 2 tanks": a model's number belongs to its name
        rf"\s+(?P<words>(?:(?-i:[A-Z])[\w-]*\s+\d\w*(?=\s)\s+|[^\W\d][\w-]*\s+){{0,2}})"
        rf"(?P<item>{cues.load_raw('aid', 'items')})"
        rf"(?:\s+(?:vom\s+Typ\s+)?(?P<type>[A-Z][\w-]*(?:\s\d\w*)?))?",
        text,
    ):
        if _NOT_AN_ITEM_WORD.search(match["words"]):
            continue  # "$275 million package including HIMARS": the money, not a count of arms
        if _MODEL_NAME_BEFORE.search(text, 0, match.start()):
            continue  # the "2 tanks" of "14 Challenger 2 tanks": the number is the model's
        # "seven more Patriot systems": English names the kind before the head noun
        kind = " ".join(w for w in match["words"].split() if not _MORE.fullmatch(w))
        qualifier = (match["q"] or "").strip()
        found.append(" ".join(p for p in (qualifier, match["n"], kind, match["item"], match["type"]) if p))
    return ", ".join(found) or None


def _claim(
    ctx: EntryContext,
    indices: tuple[int, ...],
    amount: NumberMention | None,
    currency: str | None,
    donor_text: str,
) -> Draft:
    text = " ".join(_sentence(ctx, i) for i in indices)
    following = _sentence(ctx, indices[-1] + 1) if indices[-1] + 1 < len(ctx.sentences) else ""
    status = _status(text, ctx.text(indices[0] - 1) if indices[0] else "", following)
    donor = _donor(donor_text, status == "demanded")
    if amount is not None and len(indices) == 1 and status != "demanded":
        donor = _donor_of_clause(ctx.text(indices[0]), amount) or donor
    if currency == "USD":
        currency = _dollar_of_entry(ctx.body)
    if currency == "KRONE":
        currency = load("currencies")["krone_by_donor"].get(donor or "", None)
    if donor is None and status != "demanded":
        donor = load("currencies")["donor_by_currency"].get(currency or "")  # Franken are Swiss
    source = ctx.acting_source(indices[-1], demands=status == "demanded")
    return Draft(
        "aid_pledge",
        {
            "donor": donor,
            "recipient": "UA",
            "amount": amount.count if amount else None,
            "currency": currency,
            "aid_kind": _aid_kind(text, ctx.body, donor, amount is not None),
            "status": status,
            "cumulative": _cumulative(
                ctx.text(indices[-1]), amount, len(_amounts(ctx.text(indices[-1]), ctx.numbers(indices[-1])))
            ),
            "items": _items(text),
            "reported_by": source,
        },
        indices,
    )


def _cumulative(text: str, amount: NumberMention | None, amounts: int = 1) -> bool:
    """A total so far (``insgesamt``, ``bringing the total to``) for the amount it stands
    before: in "raises its aid by 500 million, bringing the total to 3 billion" only the
    3 billion are a total. A span (``since the start of the war``, ``so far``) makes a
    sentence's only amount a total wherever it stands."""
    # "its largest arms package so far": a record, not a running total (same length, so
    # that offsets hold)
    text = _COMPARISON.sub(lambda m: " " * len(m.group(0)), text)
    marker = _CUMULATIVE.search(text)
    if marker is None or amount is None:
        return False  # a total needs a sum: "eine insgesamt entschlossenere Hilfe" is none
    if amounts == 1 and _SPAN.search(text):
        return True
    if _NEW_PACKAGE.search(text, 0, marker.start()) and marker.group(0).lower() in {"insgesamt", "in total"}:
        return False  # "weitere Militärhilfe im Wert von insgesamt 1,4 Milliarden": the new package's sum
    if _ONE_PACKAGE.search(text, 0, marker.start()) and re.match(
        r"gesamt|total|overall", marker.group(0), re.I
    ):
        return False  # "Das Paket habe einen Gesamtwert von einer Milliarde": one package's whole value
    return amount.start >= marker.start()


_ONE_PACKAGE = re.compile(r"\b(?:Paket\w*|package|Lieferung|delivery|Tranche|tranche)\b", re.IGNORECASE)
_NEW_PACKAGE = re.compile(
    r"\b(?:weitere\w*|neue\w*|zusätzliche\w*|further|new|additional|another)\b", re.IGNORECASE
)


# "its largest package so far", "das bislang umfangreichste Paket": a comparison, no total
_COMPARISON = re.compile(
    r"\b(?:largest|biggest|greatest|größte\w*|umfangreichste\w*|höchste\w*|first|erste\w*)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
    r"\b(?:so\s+far|to\s+date|yet|bislang|bisher|seit\s+\w+(?:\s+\w+)?|since\s+\w+(?:\s+\w+)?)|"
    r"\b(?:bislang|bisher)\s+(?:\w+\s+)?(?:größte\w*|umfangreichste\w*|höchste\w*)",
    re.IGNORECASE,
)
_SPAN = re.compile(rf"{_SINCE_THE_WAR}|\bso\s+far\b|\bbislang\b|\bbisher\b", re.IGNORECASE)


_OTHER_DOLLARS = {
    "CAD": re.compile(r"\b(?:kanadische\w*\s+Dollar|Canadian\s+dollars?|C\$|CAD)", re.IGNORECASE),
    "AUD": re.compile(r"\b(?:australische\w*\s+Dollar|Australian\s+dollars?|A\$|AUD)", re.IGNORECASE),
}
_US_DOLLARS = re.compile(r"US-Dollar|US\s+dollars?|USD|(?<![A-Z])\$", re.IGNORECASE)


def _dollar_of_entry(body: str) -> str:
    """A bare "Dollar" in an entry about Canadian (or Australian) dollars, and no US ones,
    is that currency: "500 Millionen kanadische Dollar ... auf mehr als 4 Milliarden Dollar"."""
    others = [code for code, pattern in _OTHER_DOLLARS.items() if pattern.search(body)]
    return others[0] if len(others) == 1 and not _US_DOLLARS.search(body) else "USD"


def _sentence(ctx: EntryContext, index: int) -> str:
    """A sentence as the aid cues read it: "1,5 Mrd. Euro zu" has no clause end in the
    middle (a space in place of an abbreviation's dot keeps every offset)."""
    text = ctx.text(index)
    return _ABBREVIATION_DOTS.sub(r"\1 ", text) if "." in text[:-1] else text


_REFUSED = re.compile(
    r"\blehnt\w*\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bab\b|\babgelehnt|\bablehn\w*|\brefus\w*|\brejects?\b|\brejected\b|"
    r"\brul(?:ed|es|ing)\s+out\b|\bschließt\w*\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\baus\b|\bausgeschlossen\b",
    re.IGNORECASE,
)


def find(ctx: EntryContext, index: int) -> list[Draft]:
    """The pledges sentence ``index`` states, read once per entry: a later sentence asks
    whether earlier ones spoke of aid, and asking anew each time grows with 2^sentences."""
    key = ("aid_pledge", index)
    if key not in ctx.drafts_read:
        ctx.drafts_read[key] = _read(ctx, index)
    return ctx.drafts_read[key]


# "The UN is appealing for $5.6 billion for its work in Ukraine": money asked for Ukraine
_APPEAL_FOR_UKRAINE = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?\s+for|bitte[nt]?\s+(?:\w+\s+){0,8}?um|baten\s+(?:\w+\s+){0,8}?um)\b"
    r"(?=(?:[^.]|(?<=\d)\.(?=\d))*\b(?:Ukraine|Ukrainians|Ukrainer\w*)\b)",
    re.IGNORECASE,
)


def _read(ctx: EntryContext, index: int) -> list[Draft]:
    text = _sentence(ctx, index)
    amounts = _amounts(text, ctx.numbers(index))
    has_aid_noun = (
        cues.has("aid", "nouns", text)
        or bool(
            _STRONG_PLEDGE.search(text)
            and (
                _TO_UKRAINE.search(text)
                or _arms_from_a_donor(text)
                or (amounts and _PLEDGING_DONOR.search(text))
            )
        )
        or bool(amounts and _APPEAL_FOR_UKRAINE.search(text))
    )
    if not (amounts or has_aid_noun or cues.has("aid", "items", text) or _WEAPONS.search(text)):
        return []
    if cues.has("aid", "no_pledge", text) or (_FOR_RUSSIA.search(text) and not _TO_UKRAINE.search(text)):
        return []
    if not amounts and _REFUSED.search(text):
        return []  # "Scholz lehnt die Lieferung von Taurus ab": a refusal, not a pledge
    if amounts:
        indices: tuple[int, ...] = (index,)
        if not has_aid_noun:
            earlier = _aid_sentence_before(ctx, index) if _refers_back(text) else None
            if earlier is None and not _another_donors_pledge(ctx, index, text):
                return []
            indices = (earlier, index) if earlier is not None else (index,)
        donor_text = " ".join(ctx.text(i) for i in indices)
        if not party_mentions(donor_text) and indices[0] and _refers_back(text):
            donor_text = f"{ctx.text(indices[0] - 1)} {donor_text}"  # "Das Paket hat einen Wert von ..."
        if _donor(donor_text, False) is None and _PRONOUN_SUBJECT.search(text):
            donor_text = f"{_earlier_donor_text(ctx, indices[0])} {donor_text}"
        if _donor(donor_text, False) is None and ctx.headline:
            donor_text = f"{donor_text} {ctx.headline}"
        drafts = [
            _claim(ctx, indices, number, currency, donor_text)
            for number, currency in _for_ukraine(text, amounts)
        ]
        return [split for draft in drafts for split in _for_each_donor(draft, text)]
    return _without_amount(ctx, index, text, has_aid_noun)


# "Zudem sagte sie der Ukraine ... zu", "She also pledged": the donor spoken of before
_PRONOUN_SUBJECT = re.compile(
    r"^(?:\S+\s+){0,3}?(?:sie|er|es|she|he|it|they|das\s+Land|the\s+country|die\s+Regierung|the\s+government)\b",
    re.IGNORECASE,
)


def _earlier_donor_text(ctx: EntryContext, index: int) -> str:
    """The nearest sentence before that names a donor, or nothing."""
    for earlier in range(index - 1, -1, -1):
        if _donor(ctx.text(earlier), False) is not None:
            return ctx.text(earlier)
    return ""


# "Nach Angaben des Ministeriums beläuft sich sein Wert auf ...", "its value is put at ...":
# the worth of what the sentence before named
_ITS_WORTH = re.compile(
    r"\b(?:sein|seine|seinen|ihr|ihre|ihren|dessen|deren|its)\s+(?:Gesamt)?(?:wert|Wert|Umfang|Volumen|value|worth)\b"
)


_EACH = re.compile(r"\b(?:je|jeweils|each|apiece)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|und|and|sowie)\s*(?:(?:und|and)\s+)?")


def _for_each_donor(draft: Draft, text: str) -> list[Draft]:
    """``Deutschland und Frankreich sagten je 500 Millionen Euro zu``: one pledge per donor."""
    if not _EACH.search(text) or draft.fields["donor"] is None:
        return [draft]
    mentions = [m for m in party_mentions(text) if m.code not in _NOT_DONORS]
    donors = mentions[:1]
    for before, after in itertools.pairwise(mentions):  # the list the first donor opens
        if not _JOINED.fullmatch(text, before.end, after.start):
            break
        donors.append(after)
    if len(donors) < 2:
        return [draft]
    return [replace(draft, fields={**draft.fields, "donor": m.code}) for m in donors]


# "Separately, the Netherlands will allocate 500 million euros for long-range drones": after a
# pledge to Ukraine, another donor's money given in the same entry is a pledge too
_GIVES = re.compile(
    r"\b(?:allocat\w*|provid\w*|give|gives|giving|spend|spending|fund|funds|funding|earmark\w*|bereitstell\w*|"
    r"stell\w*\b(?:[^.]|(?<=\d)\.(?=\d)){0,120}?\bbereit|gibt|geben|investier\w*)\b",
    re.IGNORECASE,
)


def _another_donors_pledge(ctx: EntryContext, index: int, text: str) -> bool:
    return bool(
        (_STRONG_PLEDGE.search(text) or _GIVES.search(text))
        and (_donor(text, False) is not None or _PRONOUN_SUBJECT.search(text))  # "Zudem stellt das Land ..."
        and any(_speaks_of_aid(ctx, earlier) for earlier in range(index))
    )


def _refers_back(text: str) -> bool:
    return bool(_ANAPHORIC.match(text) or _ITS_WORTH.search(text))


def _aid_sentence_before(ctx: EntryContext, index: int) -> int | None:
    """The sentence of aid a referring one goes on from: the one before, or the one before
    that where only its source stands between (``Litauen will Munition für 30 Millionen Euro
    liefern. Das kündigte X an. Darüber hinaus sollen Drohnen für zehn Millionen ...``)."""
    if index and _speaks_of_aid(ctx, index - 1):
        return index - 1
    if index > 1 and hands_over(ctx.text(index - 1)) and _pledges(ctx, index - 2):
        return index - 2
    return None


def _pledges(ctx: EntryContext, index: int) -> bool:
    return _speaks_of_aid(ctx, index) or any(d.kind == "aid_pledge" for d in find(ctx, index))


def _speaks_of_aid(ctx: EntryContext, index: int) -> bool:
    """The sentence names aid, or a donor's pledge of arms whose worth the next one gives
    (``Großbritannien will 350 Starstreak liefern. Der Auftrag hat einen Wert von ...``)."""
    if cues.has("aid", "nouns", ctx.text(index)):
        return True
    return any(draft.fields["amount"] is None for draft in find(ctx, index))


def _arms_from_a_donor(text: str) -> bool:
    """``Bisher hat Deutschland Waffen im Wert von 5,2 Milliarden Euro geliefert``: arms a
    donor delivers or promises are aid, even where the sentence leaves Ukraine unnamed."""
    return bool(_WEAPONS.search(text)) and _donor(text, False) is not None


def _without_amount(ctx: EntryContext, index: int, text: str, has_aid_noun: bool) -> list[Draft]:
    has_items = cues.has("aid", "items", text)
    demanded = cues.has("aid", "demanded", text)
    if demanded and (has_items or has_aid_noun or _WEAPONS.search(text)):
        return [_claim(ctx, (index,), None, None, text)]  # "fordert mehr Waffen"
    if not (has_items or has_aid_noun):
        return []
    arrived = has_items and cues.has("aid", "delivered", text) and _TO_UKRAINE.search(text)
    if (_STRONG_PLEDGE.search(text) or arrived) and _donor(text, False) is not None:
        return [_claim(ctx, (index,), None, None, text)]  # "Die ersten F-16 aus Dänemark sind eingetroffen"
    return []


def merge_items(drafts: list[Draft]) -> list[Draft]:
    """A pledge without an amount is part of its donor's pledge with one in the same entry;
    several without an amount from one donor are one pledge."""
    # a running total ("seit Kriegsbeginn insgesamt 28 Milliarden") is a figure of its own, not the
    # pledge that a delivery of ten tanks belongs to
    with_amount = [
        d
        for d in drafts
        if d.kind == "aid_pledge" and d.fields["amount"] is not None and not d.fields["cumulative"]
    ]
    kept: list[Draft] = []
    for draft in drafts:
        if draft.kind != "aid_pledge" or draft.fields["amount"] is not None:
            kept.append(draft)
            continue
        key = (draft.fields["donor"], draft.fields["status"] == "demanded")
        owner = next((d for d in with_amount if (d.fields["donor"], False) == key), None)
        if owner is not None:
            owner.fields["items"] = owner.fields["items"] or draft.fields["items"]
            continue
        same = next(
            (
                k
                for k in kept
                if k.kind == "aid_pledge"
                and k.fields["amount"] is None
                and (k.fields["donor"], k.fields["status"] == "demanded") == key
            ),
            None,
        )
        if same is not None:
            _firm_up(same, draft)
            continue
        kept.append(draft)
    return kept


def _firm_up(pledge: Draft, later: Draft) -> None:
    """``Britain wants to supply tanks. Sunak promised Zelensky 14 Challenger 2 tanks``: a
    later sentence about the same pledge that promises it, or names who did, says more."""
    if pledge.fields["status"] == "announced" and later.fields["status"] == "pledged":
        pledge.fields["status"] = "pledged"
    pledge.fields["reported_by"] = pledge.fields["reported_by"] or later.fields["reported_by"]
    pledge.fields["items"] = pledge.fields["items"] or later.fields["items"]
