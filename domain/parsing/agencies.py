"""The agency tag that closes a ticker entry: ``(dpa)``, ``(sda/dpa)``, ``(Reuters)``."""

from __future__ import annotations

import re

KNOWN_AGENCIES = frozenset(
    [
        "dpa",
        "afp",
        "rtr",
        "reuters",
        "ap",
        "epd",
        "sda",
        "kna",
        "apa",
        "dts",
        "ddp",
        "ots",
        "ukrinform",
        "interfax",
        "tass",
        "ria",
        "efe",
        "ansa",
        "bloomberg",
        "upi",
        "pap",
        "ctk",
        "kyodo",
        "yonhap",
        "xinhua",
        "anp",
        "belga",
        "ips",
        "jw",
        "red",
        "ard",
        "zdf",
    ]
)
# a name is one word or up to three capitalised ones ("Kyiv Independent", "Associated Press")
_NAME = r"[A-Za-z][A-Za-z.\-]{1,14}(?:\s[A-Z][A-Za-z.\-]{1,14}){0,2}"
# "(Quelle: dpa)", "(mit Material von dpa, AFP)", "(with reporting by Reuters)": words before the names
_LEAD = (
    r"(?:(?:Quellen?|Material|Agenturen)\s*:\s*|mit\s+Material\s+(?:von|der|des)\s+|mit\s+|"
    r"with\s+(?:reporting\s+by|agencies)\s+)?"
)
_TAG = re.compile(rf"\s*\({_LEAD}(?P<tags>{_NAME}(?:\s*(?:[/,;]|und|and)\s*{_NAME})*)\)\s*$")
_SENTENCE_END = re.compile(r"[.!?…\"“”»’)]\s*$")


def split_agency_tag(paragraph: str) -> tuple[str, tuple[str, ...]]:
    """The paragraph without its closing agency tag, and the agencies it names (lower case).

    A bracket at the end counts as a tag when every name in it is a known agency, or when it
    follows a finished sentence, as tags do.
    """
    match = _TAG.search(paragraph)
    if match is None:
        return paragraph, ()
    names = tuple(name.strip().lower() for name in re.split(r"[/,;]|\s(?:und|and)\s", match["tags"]))
    text = paragraph[: match.start()]
    known = all(name in KNOWN_AGENCIES for name in names)
    if not known and not _SENTENCE_END.search(text):
        return paragraph, ()
    return text.rstrip(), names
