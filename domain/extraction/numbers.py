"""Numbers as tickers write them: digits in German or English notation, words, scales, ranges.

``20.000``, ``20 000``, ``1,4 Milliarden``, ``2,500``, ``1.4 billion``, ``vier``,
``siebenunddreißig``, ``zweieinhalb``, ``ein Dutzend``, ``eine Milliarde``, ``2500 bis 3000``,
each with the qualifier before it (``mindestens``, ``rund``, ``more than``...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from domain.extraction.lexicon import load

Qualifier = str
_DIGITS = re.compile(
    r"(?<![\w./,'’])(?<![^\W\d]-)(?<![\w]-\d)(\d{1,3}(?:(?:[.,'’]|\s|\u202f|\u00a0)\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:(?=(?:bn|mn|m)(?!\w))|(?=-(?:million|billion|Millionen|Milliarden)\b)|(?=[-–]\d+(?![\w-]))|(?=-odd\b)|(?![\w\-]|[.,]\d))"
    # "$1.2bn", "€500m": a scale may be glued on; "a 300-million-euro package": or hyphenated
)
_WORD = re.compile(r"(?<![\w-])([A-Za-zÄÖÜäöüß]+(?:-[a-z]+)?)(?![\w-])")
_DE_MORPHEMES = re.compile(
    r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|"
    r"dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und)+"
)
_EN_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
    ]
)


@dataclass(frozen=True)
class NumberMention:
    """A number in a sentence: its value (and a range's upper end), offsets and qualifier."""

    value: float
    start: int
    end: int
    qualifier: Qualifier = "exact"
    high: float | None = None
    unit: str | None = None
    scale: float = 1.0

    @property
    def count(self) -> int:
        return round(self.value)


def _digits_value(text: str, language: str) -> float:
    """Digits with the language's separators ("10.000", "1,4" in German); where they do not
    fit (an English sentence quoting "3,5 Mio."), the other language's; else digits only."""
    compact = re.sub(r"[\s\u202f\u00a0'’]", "", text)  # "11 000", Swiss "11'000"
    conventions = [(".", ","), (",", ".")]
    if language != "de":
        conventions.reverse()
    for group, decimal in conventions:
        if re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})+(?:\{decimal}\d+)?", compact):
            return float(compact.replace(group, "").replace(decimal, "."))
        if re.fullmatch(rf"\d+(?:\{decimal}\d+)?", compact):
            return float(compact.replace(decimal, "."))
    return float(re.sub(r"\D", "", compact) or 0)


@cache
def word_value(word: str, language: str) -> float | None:
    """The value of a number word, or None (``neuntes``, ``sechsjährig`` are not numbers)."""
    lower = word.lower()
    special = load("numbers")["special"].get(language, {})
    if lower in special:
        return float(special[lower])
    if language == "de":
        if not _DE_MORPHEMES.fullmatch(lower) or lower in {"ein", "und", "sieb"}:
            return None
    elif not all(part in _EN_WORDS for part in lower.split("-")):
        return None
    try:
        return float(text2num(lower, language))
    except ValueError:
        return None


_GLUED_SCALE = re.compile(r"(bn|mn|m)(?!\w)")
_SYMBOL_BEFORE = re.compile(r"[$€£¥]\s*[\d.,]+$")
# "500m pounds": million when money follows, metres otherwise
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:US|Swedish|Danish|Norwegian|Canadian|Australian)\s+)?(?:pounds|euros?|dollars|crowns|kronor|kroner|"
    r"francs|yen|Euro|Dollar|Pfund|Franken|Kronen)\b"
)


def _scale_after(text: str, end: int, language: str) -> tuple[float, int]:
    glued = _GLUED_SCALE.match(text, end)
    if glued and (
        glued.group(1) != "m" or _SYMBOL_BEFORE.search(text[:end]) or _CURRENCY_AFTER.match(text, glued.end())
    ):
        return float(load("numbers")["scales"]["en"][glued.group(1)]), glued.end()  # "500m" alone is metres
    if glued:
        return 1.0, end
    match = re.match(r"(?:\s+|-)([A-Za-zäöü]+\.?)", text[end:])
    if match is None:
        return 1.0, end
    word = match.group(1).lower()
    all_scales = load("numbers")["scales"]
    # German capitalises its nouns: a lower-case "billion" in a German entry quotes English (10^9)
    languages = ("en", "de") if language == "de" and match.group(1)[0].islower() else (language,)
    for scales in (all_scales[code] for code in languages):
        for candidate in (word, word.rstrip(".")):
            if candidate in scales and not (candidate == "m" and scales is all_scales["en"] and word == "m"):
                return float(scales[candidate]), end + match.end()
    return 1.0, end


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    alternatives = []
    for qualifier, phrases in load("numbers")["qualifiers"].items():
        ordered = sorted(phrases, key=len, reverse=True)
        alternatives.append(rf"(?P<{qualifier}>{'|'.join(re.escape(p) for p in ordered)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})\s+$", re.IGNORECASE)


def _qualifier_before(text: str, start: int) -> Qualifier:
    match = _qualifier_pattern().search(text, max(0, start - 30), start)
    return match.lastgroup if match and match.lastgroup else "exact"


def _unit_after(text: str, end: int) -> str | None:
    match = re.match(r"\s*(%|[ap]\.m\.|[A-Za-zäöü]+)", text[end:])
    if match and match.group(1).lower() in load("numbers")["units"]:
        return match.group(1).lower()
    return None


# "Ein Soldat (25)", "im Alter von 6 und 9 Jahren", "aged 4, 7 and 12": ages, not counts
_AGE_IN_BRACKETS_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß]+\s*\($")
_AGE_BEFORE = re.compile(
    r"\b(?:im\s+Alter\s+(?:von|zwischen)|aged|ages?\s+of|between\s+the\s+ages\s+of)\s+(?:[\d,]+\s*(?:,|und|and|bis|to|-)\s*)*$",
    re.IGNORECASE,
)


def _an_age(text: str, start: int, end: int) -> bool:
    bracketed = _AGE_IN_BRACKETS_BEFORE.search(text, 0, start) and text.startswith(")", end)
    return bool(bracketed or _AGE_BEFORE.search(text, 0, start))


_VAGUE_BEFORE = re.compile(
    r"\b(?:mehrere|einige|ein\s+paar|viele|etliche|several|a\s+few|some|many)\s+$", re.IGNORECASE
)


def _raw_mentions(text: str, language: str) -> list[tuple[float, int, int]]:
    found = [(_digits_value(m.group(1), language), m.start(1), m.end(1)) for m in _DIGITS.finditer(text)]
    for match in _WORD.finditer(text):
        value = word_value(match.group(1), language)
        if value in (100, 1000) and _VAGUE_BEFORE.search(text, 0, match.start(1)):
            continue  # "mehrere Tausend Soldaten", "several thousand troops": no figure given
        if value is not None:
            found.append((value, match.start(1), match.end(1)))
    found += _singular_mentions(text, language)
    return sorted(found, key=lambda item: item[1])


@cache
def _singular_pattern(language: str) -> re.Pattern[str]:
    data = load("numbers")
    words = "|".join(data["singular_words"][language])
    people = "|".join(re.escape(f) for f in data["person_nouns"][language])
    # the aircraft a single shooting down counts: "einen russischen Kampfjet", "a Russian Su-34 fighter jet"
    things = "|".join(re.escape(f) for f in data["single_things"][language])
    amounts = "|".join(re.escape(f) for f in [*data["scales"][language], *data["special"][language]])
    # German compounds name the thing last: "einer Interkontinentalrakete", "eine Kinschal-Hyperschallrakete"
    compound = r"[\w-]*?" if language == "de" else ""
    # Before a person, one lowercase word may stand between: an age or an adjective
    # (``ein 64-jähriger Mann``, ``an elderly woman``, ``a rescue worker``).
    return re.compile(
        rf"(?<![\w-])({words})\s+(?={_BETWEEN}(?:{people})\b|\d+-[Jj]ährige[rn]?\b|(?:{amounts})\b|(?:von|of)\s+(?:the\s+|den\s+)?\d|"
        rf"(?:[\w-]+\s+){{0,3}}{compound}(?:{things})\b|{_ONE_MORE})",
        re.IGNORECASE,
    )


_BETWEEN = r"(?-i:(?:\d+-)?[a-zäöüß]+(?:-[a-zäöüß]+)*\s+)?"
# "Ein Mensch wurde getötet, ein weiterer verletzt", "one other was injured": one more, its noun left out
_ONE_MORE = (
    r"(?:weitere[rs]?|andere[rs]?|other)\s+(?:wurde|ist|sei|verletzt|getötet|starb|kam|erlitt|was|died)\b"
)


@cache
def _compound_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """German articles before a word, and the person nouns such a word may end in."""
    words = "|".join(load("numbers")["singular_words"]["de"])
    people = tuple(load("numbers")["person_nouns"]["de"])
    return re.compile(rf"(?<![\w-])({words})\s+{_BETWEEN}(\w+)\b", re.IGNORECASE), people


def _compound_people(text: str) -> list[tuple[float, int, int]]:
    """``ein Hafenarbeiter``: in German the person counted may end a compound (English
    "German" or "spokesman" count no men, so English is left out)."""
    compiled, people = _compound_pattern()
    return [
        (1.0, m.start(1), m.end(1)) for m in compiled.finditer(text) if m.group(2).lower().endswith(people)
    ]


# "... and another injured", "ein weiterer wurde verletzt": one more of the people just counted.
_ANOTHER = {
    "en": re.compile(
        r"(?<![\w-])(another)\s+(?=(?:\w+\s+){0,2}?(?:injured|wounded|hurt|killed|died)\b)", re.IGNORECASE
    ),
    "de": re.compile(
        r"(?<![\w-])(ein\s+weiterer|eine\s+weitere)\s+(?=(?:wurde|ist|sei|starb|kam)\b)", re.IGNORECASE
    ),
}


# "drei Raketen, von denen eine abgefangen wurde", "Eine davon wurde abgeschossen": one of
# the things just counted (German "one" is the article's word, so only beside "of them")
_ONE_OF_THEM = re.compile(
    r"(?<![\w-])(?:(?:von\s+denen|davon|von\s+ihnen)\s+(?:nur\s+|lediglich\s+)?(eine|einer|eines|eins)"
    r"|(eine|einer|eines|eins)\s+(?:davon|von\s+ihnen|der\s+(?:\w+\s+)?(?:\w*Raketen|\w*Drohnen|Marschflugkörper|"
    r"Flugkörper|Gleitbomben)))(?![\w-])",
    re.IGNORECASE,
)


def _one_of_them(text: str) -> list[tuple[float, int, int]]:
    found = []
    for match in _ONE_OF_THEM.finditer(text):
        group = 1 if match.group(1) else 2
        found.append((1.0, match.start(group), match.end(group)))
    return found


# "debris from a downed drone", "Trümmer einer abgeschossenen Drohne": the wreck, not a count
_DEBRIS_OF = re.compile(
    r"\b(?:debris|wreckage|fragments?|parts|pieces|remains|Trümmer\w*|Teile|Wrackteile|Überreste|Bruchstücke)"
    r"\s+(?:from|of|von)?\s*$",
    re.IGNORECASE,
)


def _singular_mentions(text: str, language: str) -> list[tuple[float, int, int]]:
    """``eine Frau``, ``ein älterer Mann``, ``ein Dutzend``, ``eine Milliarde``: the article counts as one."""
    found = [
        (1.0, m.start(1), m.end(1))
        for m in _singular_pattern(language).finditer(text)
        if not _DEBRIS_OF.search(text, 0, m.start(1))
    ]
    another = _ANOTHER.get(language)
    found += [(1.0, m.start(1), m.end(1)) for m in another.finditer(text)] if another else []
    if language == "de":
        known = {start for _, start, _ in found}
        found += [mention for mention in _compound_people(text) if mention[1] not in known]
        known = {start for _, start, _ in found}
        found += [mention for mention in _one_of_them(text) if mention[1] not in known]
    return found


def find_numbers(text: str, language: str) -> list[NumberMention]:
    """Every number in ``text``, scaled, qualified and with ranges joined."""
    mentions: list[NumberMention] = []
    for value, start, digits_end in _raw_mentions(text, language):
        if (
            (mentions and start < mentions[-1].end)
            or _is_date(text, digits_end)
            or _no_one(text, start, digits_end)
        ):
            continue
        scaled, end = _apply_multipliers(text, value, digits_end, language)
        odd = text.startswith("-odd", end)  # "40-odd missiles": about forty
        end += 4 if odd else 0
        mention = NumberMention(
            scaled,
            start,
            end,
            "about" if odd else _qualifier_before(text, start),
            unit="age" if _an_age(text, start, end) else _unit_after(text, end),
            scale=scaled / value if value else 1,
        )
        mentions.append(mention)
    return _join_ranges(text, mentions)


_NO_BEFORE = re.compile(r"\b(?:no|not)[\s-]$", re.IGNORECASE)


def _no_one(text: str, start: int, end: int) -> bool:
    """``no one was hurt``, ``not one of them``: nobody, not a count of one."""
    return text[start:end].lower() == "one" and bool(_NO_BEFORE.search(text, 0, start))


_HALF_A = re.compile(r"\s+an?(?=\s)", re.IGNORECASE)


def _apply_multipliers(text: str, value: float, end: int, language: str) -> tuple[float, int]:
    half_a = _HALF_A.match(text, end) if value == 0.5 and language == "en" else None
    if half_a and _scale_after(text, half_a.end(), language)[0] > 1:
        end = half_a.end()  # "half a million": one number
    for _ in range(2):
        if text[end:].lower().lstrip().startswith(("dutzend", "dozen")):
            dozen = re.match(r"\s*(dutzend|dozen)", text[end:], re.IGNORECASE)
            assert dozen is not None
            value, end = value * 12, end + dozen.end()
            continue
        scale, new_end = _scale_after(text, end, language)
        if scale == 1.0:
            break
        value, end = value * scale, new_end
    return value, end


# "increase the number of troops by 180,000 to 1.5 million": a change, then the new total
_CHANGED_BY = re.compile(r"\b(?:by|um)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _join_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    joined: list[NumberMention] = []
    for mention in mentions:
        if joined and (
            (
                _is_range_gap(text[joined[-1].end : mention.start])
                and not _CHANGED_BY.search(text, 0, joined[-1].start)
            )
            or _is_between(text, joined[-1], mention)
        ):
            low = joined.pop()
            # "1 to 1.5 million" shares the scale; "180,000 to 1.5 million" has its own
            shares_scale = low.scale == 1 and low.value <= mention.value / mention.scale
            value = low.value * mention.scale if shares_scale else low.value
            joined.append(
                NumberMention(
                    value, low.start, mention.end, low.qualifier, mention.value, mention.unit, mention.scale
                )
            )
            continue
        joined.append(mention)
    return joined


_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    "jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez"
)


def _is_date(text: str, end: int) -> bool:
    """``3. Mai``: a day of a month, not a count."""
    return bool(re.match(rf"\.\s*(?:{_MONTHS})\b", text[end:], re.IGNORECASE))


def _is_between(text: str, low: NumberMention, high: NumberMention) -> bool:
    """``zwischen 10 und 15``, ``between 10 and 15``: a range, not two counts."""
    return bool(
        re.fullmatch(r"\s*(?:und|and)\s*", text[low.end : high.start], re.IGNORECASE)
        and re.search(r"\b(?:zwischen|between)\s+$", text[: low.start], re.IGNORECASE)
    )


def _is_range_gap(gap: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:bis|to|-|–)\s*", gap, re.IGNORECASE))
