"""Synthetic live tickers in the seed's style, deterministic from a seed number, at any size.

Every claim kind appears; some entries are later corrected (same headline, changed figure)
and some retracted (in JSON Lines). ``python -m bench.generate --entries 10000 --out t.txt``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

PLACES = [
    "Charkiw",
    "Odessa",
    "Saporischschja",
    "Dnipro",
    "Sumy",
    "Cherson",
    "Pokrowsk",
    "Kramatorsk",
    "Tschernihiw",
    "Poltawa",
    "Mykolajiw",
    "Kupjansk",
    "Lwiw",
    "Kyjiw",
]
AGENCIES = ["dpa", "afp", "rtr", "AP", "epd", "sda/dpa", "dpa/AP"]
DONORS = [
    ("Deutschland", "Euro"),
    ("Großbritannien", "Pfund"),
    ("Die USA", "Dollar"),
    ("Frankreich", "Euro"),
    ("Die Niederlande", "Euro"),
    ("Kanada", "kanadische Dollar"),
]
WEAPONS = ["Drohnen", "Raketen", "Marschflugkörpern", "Kampfdrohnen"]


@dataclass(frozen=True)
class Entry:
    headline: str | None
    body: str
    agency: str
    clock: str


def _interception(r: random.Random) -> tuple[str, str]:
    launched = r.randint(20, 200)
    shot = r.randint(5, launched)
    weapon = r.choice(WEAPONS)
    lost = r.randint(0, launched - shot)
    body = (
        f"Nach Angaben der ukrainischen Luftwaffe wurden in der Nacht {shot} von {launched} "
        f"russischen {weapon} abgefangen. {lost} weitere seien lokal verloren gegangen."
    )
    return f"Luftangriff auf {r.choice(PLACES)}", body


def _casualty(r: random.Random) -> tuple[str, str]:
    place = r.choice(PLACES)
    body = (
        f"Bei einem russischen Raketenangriff auf {place} sind nach Angaben der Behörden "
        f"mindestens {r.randint(1, 40)} Menschen getötet und {r.randint(2, 120)} verletzt worden. "
        "Rettungskräfte suchen in den Trümmern nach weiteren Opfern."
    )
    return f"Tote nach Angriff auf {place}", body


def _troops(r: random.Random) -> tuple[str, str]:
    count = r.randrange(1000, 90000, 500)
    body = (
        f"Russland hat nach ukrainischen Angaben rund {count:,} Soldaten im Gebiet "
        f"{r.choice(PLACES)} zusammengezogen. Kiew rechnet mit einer neuen Offensive."
    ).replace(",", ".")
    return "Truppen an der Grenze", body


def _aid(r: random.Random) -> tuple[str, str]:
    donor, currency = r.choice(DONORS)
    amount = r.choice(["250 Millionen", "1,2 Milliarden", "500 Millionen", "2,5 Milliarden"])
    body = (
        f"{donor} hat ein weiteres Militärpaket für die Ukraine im Wert von {amount} {currency} "
        "angekündigt. Enthalten sind unter anderem Munition und Luftabwehrsysteme."
    )
    return None if r.random() < 0.3 else f"Neues Paket aus {donor.split()[-1]}", body


def _front(r: random.Random) -> tuple[str, str]:
    place = r.choice(PLACES)
    verb = r.choice(["eingenommen", "zurückerobert", "mit Raketen beschossen"])
    body = (
        f"Russische Truppen haben nach eigenen Angaben die Stadt {place} {verb}. "
        "Eine Bestätigung aus Kiew gab es zunächst nicht."
    )
    return f"Lage um {place}", body


def _quiet(r: random.Random) -> tuple[str, str]:
    return None, (
        "Der ukrainische Präsident traf sich mit Vertretern der Verbündeten. "
        "Über Einzelheiten wurde Stillschweigen vereinbart."
    )


KINDS = [_interception, _casualty, _troops, _aid, _front, _quiet]


def entries(count: int, seed: int = 1) -> Iterator[Entry]:
    r = random.Random(seed)
    for index in range(count):
        headline, body = r.choice(KINDS)(r)
        minute = index % (24 * 60)
        clock = f"{minute // 60:02d}:{minute % 60:02d}"
        unique = f"{headline} #{index}" if headline else None
        yield Entry(unique, body if unique else f"{body} (Meldung {index})", r.choice(AGENCIES), clock)


def as_text(items: list[Entry], date: str = "2025-03") -> str:
    blocks = [f"date {date}"]
    for entry in items:
        head = f"+++ {entry.clock} {entry.headline} +++" if entry.headline else f"{entry.clock} Uhr"
        blocks.append(f"{head}\n\n{entry.body} ({entry.agency})")
    return "\n\n".join(blocks) + "\n"


def as_jsonl(items: list[Entry], seed: int = 1, ticker: str = "synthetic") -> str:
    """JSON Lines, with a share of later corrections and retractions appended."""
    r = random.Random(seed + 1)
    lines = []
    for index, entry in enumerate(items):
        lines.append(_record(ticker, index, entry))
    for index, entry in enumerate(items):
        roll = r.random()
        if roll < 0.05:
            lines.append(_record(ticker, index, entry, body=entry.body.replace("Nach", "Laut", 1)))
        elif roll < 0.07:
            lines.append({**_record(ticker, index, entry), "retracted": True, "reason": "Quelle falsch"})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


ENTRIES_PER_DAY = 100


def _record(ticker: str, index: int, entry: Entry, body: str | None = None) -> dict[str, object]:
    day = date(2024, 1, 1) + timedelta(days=index // ENTRIES_PER_DAY)
    return {
        "ticker": ticker,
        "source_id": str(index),
        "published": f"{day.isoformat()}T{entry.clock}:00Z",
        "headline": entry.headline,
        "body": body or entry.body,
        "agencies": entry.agency.lower().split("/"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    items = list(entries(args.entries, args.seed))
    text = as_text(items) if args.format == "text" else as_jsonl(items, args.seed)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
