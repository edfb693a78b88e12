"""Ticker files to ``TickerUpdate`` values: plain ticker text and JSON Lines."""

from __future__ import annotations

from domain.parsing.jsonl import parse_jsonl
from domain.parsing.text import parse_ticker_text

__all__ = ["parse_jsonl", "parse_ticker_text"]
