"""The night or day a figure refers to, when the sentence names one."""

from __future__ import annotations

import re
from functools import lru_cache

_DAYS = {
    "montag": "monday",
    "dienstag": "tuesday",
    "mittwoch": "wednesday",
    "donnerstag": "thursday",
    "freitag": "friday",
    "samstag": "saturday",
    "sonnabend": "saturday",
    "sonntag": "sunday",
}
_DAY = "|".join([*_DAYS, *_DAYS.values()])
_NIGHT_TO = re.compile(rf"\b(?:in\s+der\s+)?Nacht\s+(?:zu|zum|auf)\s+(?:dem\s+)?({_DAY})\b", re.I)
_ON_DAY = re.compile(rf"\b(?:am|on)\s+({_DAY})(morgen|abend|vormittag|nachmittag|nacht)?\b", re.I)
_GLUED = re.compile(rf"\b({_DAY})(morgen|abend|vormittag|nachmittag|nacht)\b", re.I)
_OVERNIGHT = re.compile(r"\b(?:overnight|in\s+der\s+Nacht|nachts|über\s+Nacht)\b", re.I)
# Every pattern above needs a day's name or a word for night. Most sentences have neither,
# and looking for what those words contain in the lowercased text answers them (a
# case-blind search for the words cost ten times more): every day's name but two ends in
# "tag" or "day".
_CUES = ("tag", "day", "mittwoch", "sonnabend", "nacht", "overnight")


def _day(word: str) -> str:
    word = word.lower()
    return _DAYS.get(word, word)


@lru_cache(maxsize=4096)
def period_label(text: str) -> str | None:
    """``night to wednesday``, ``monday``, ``monday morning``, ``night``, or None."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    if match := _NIGHT_TO.search(text):
        return f"night to {_day(match.group(1))}"
    for pattern in (_ON_DAY, _GLUED):
        if match := pattern.search(text):
            part = (match.group(2) or "").lower()
            english = {
                "morgen": "morning",
                "abend": "evening",
                "vormittag": "morning",
                "nachmittag": "afternoon",
                "nacht": "night",
            }.get(part, "")
            return f"{_day(match.group(1))} {english}".strip()
    if _OVERNIGHT.search(text):
        return "night"
    return None
