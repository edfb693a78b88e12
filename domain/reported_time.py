"""When a ticker says a thing happened or was published, at the precision it gives."""

from __future__ import annotations

import calendar
import re
from typing import Literal

from domain.base import Value

Precision = Literal["month", "day", "minute"]

_ISO = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?$"
)

# the German ways: "13.11.2024", "11.2024", "11/2024"
_GERMAN = re.compile(r"^(?:(?P<day>\d{1,2})\.)?(?P<month>\d{1,2})[./](?P<year>\d{4})$")


class ReportedTime(Value):
    """A date with an optional time of day, never more precise than the source.

    A ticker that says ``date 2023-01`` and ``17.20 Uhr`` gives a month and a time of day
    but no day: ``day`` stays ``None`` rather than an invented one.
    """

    year: int
    month: int
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None

    @property
    def precision(self) -> Precision:
        if self.hour is not None and self.day is not None:
            return "minute"
        return "day" if self.day is not None else "month"

    @property
    def text(self) -> str:
        """The time as the ticker gave it: ``2023-01``, ``2023-01-16``, ``2023-01 17:20 GMT``."""
        date = f"{self.year:04d}-{self.month:02d}"
        if self.day is not None:
            date += f"-{self.day:02d}"
        if self.hour is None:
            return date
        clock = f"{self.hour:02d}:{self.minute or 0:02d}"
        joined = f"{date}T{clock}" if self.day is not None else f"{date} {clock}"
        return f"{joined} {self.zone}" if self.zone else joined

    def at(self, hour: int, minute: int, zone: str | None = None) -> ReportedTime:
        """The same date at a time of day."""
        return self.model_copy(update={"hour": hour, "minute": minute, "zone": zone})

    @classmethod
    def parse(cls, text: str) -> ReportedTime:
        """Read ``YYYY-MM``, ``YYYY-MM-DD``, an ISO date and time, or a German ``DD.MM.YYYY``
        or ``MM.YYYY``; raise ValueError if none."""
        match = _ISO.match(text.strip()) or _GERMAN.match(text.strip())
        if match is None:
            raise ValueError(f"not a date (YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or ISO time): {text!r}")
        parts = {k: v for k, v in match.groupdict().items() if v is not None}
        zone = parts.pop("tz", None)
        numbers = {k: int(v) for k, v in parts.items()}
        time = cls(**numbers, zone="UTC" if zone == "Z" else zone)
        time.check()
        return time

    def check(self) -> None:
        """Raise ValueError when a field is out of its calendar range."""
        limits = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59)}
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if value is not None and not low <= value <= high:
                raise ValueError(f"{name} {value} is out of range {low}-{high}")
        if self.day is not None and self.day > calendar.monthrange(self.year, self.month)[1]:
            raise ValueError(f"{self.year:04d}-{self.month:02d} has no day {self.day}")
