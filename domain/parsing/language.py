"""Tell German from English ticker text by its most frequent short words."""

from __future__ import annotations

import re

from domain.updates import Language

_GERMAN = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "sind",
        "nicht",
        "mit",
        "von",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "auf",
        "für",
        "im",
        "sich",
        "nach",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "bei",
        "auch",
        "zu",
        "aus",
        "zur",
        "zum",
        "wird",
        "werden",
        "dass",
        "als",
        "wie",
        "seit",
        "sei",
        "seien",
        "laut",
        "über",
        "bis",
        "einem",
        "eines",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "not",
        "with",
        "of",
        "a",
        "on",
        "for",
        "to",
        "from",
        "was",
        "were",
        "has",
        "have",
        "had",
        "at",
        "by",
        "said",
        "that",
        "this",
        "it",
        "its",
        "been",
        "which",
        "who",
        "their",
        "they",
        "after",
        "since",
        "as",
        "new",
        "than",
        "more",
        "about",
        "against",
        "announced",
        "says",
        "worth",
        "people",
        "killed",
        "troops",
        "forces",
    ]
)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_UMLAUT = re.compile(r"[äöüß]")


def detect_language(text: str, default: Language = "de") -> Language:
    """``de`` or ``en``: whichever language's function words the text uses more (words
    both languages share, such as "in" and "an", count for neither; a word with an umlaut
    or ß counts as German). Without function words ("Ukraine downed three missiles Russia
    launched.") the words' endings decide; a tie even then ("Kyiv hit overnight.") goes to
    ``default``, the language of the text around it."""
    words = [word.lower() for word in _WORD.findall(text)]
    german = sum(word in _GERMAN or _UMLAUT.search(word) is not None for word in words)
    english = sum(word in _ENGLISH for word in words)
    if english == german:  # no function words to go by: the endings of the words
        english = sum(_ENGLISH_ENDING.search(word) is not None for word in words)
        german = sum(_GERMAN_ENDING.search(word) is not None for word in words)
    if english == german:
        return default
    return "en" if english > german else "de"


# "downed", "launched", "shelling": English inflections; "Angriffe", "Drohnen", "Lieferung": German
_ENGLISH_ENDING = re.compile(r"(?:[^e]ed|ing|ly)$")
_GERMAN_ENDING = re.compile(r"(?:en|ung|lich|isch|te|keit|heit)$")
