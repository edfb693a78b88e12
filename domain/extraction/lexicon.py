"""The extractor's vocabulary, read once from the JSON files beside this module."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed data file ``data/<name>.json``."""
    text = resources.files("domain.extraction").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(text)


def alternation(phrases: list[str]) -> str:
    """A regex that matches any of the phrases as whole words, longest first.

    A phrase may itself hold regex (``abgeschossen|abgefangen``, ``drohne\\w*``); plain
    phrases are matched with flexible white space.
    """
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(p.replace(" ", r"\s+") for p in ordered)


@cache
def word_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(list(phrases))})(?![\w-])", re.IGNORECASE)
