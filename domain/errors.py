"""Every error tickerlog raises on purpose; the edges turn them into one line for the user."""

from __future__ import annotations


class TickerlogError(Exception):
    """Base of every error that tickerlog reports to its user as one line."""


class InputError(TickerlogError):
    """Raised when an input file cannot be read or parsed; names file, line and field."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line


class EntryNotFound(TickerlogError):
    """Raised when a command names an entry id that the store does not hold."""


class EntryAlreadyRetracted(TickerlogError):
    """Raised when an entry that was retracted is retracted or corrected again."""


class StoreError(TickerlogError):
    """Base of errors about the database behind the store."""


class StoreUnreachable(StoreError):
    """Raised when the database cannot be connected to (server down, wrong host, no file)."""


class StoreNotMigrated(StoreError):
    """Raised when the store's schema is missing or older than this version of tickerlog."""


class InvalidDatabaseUrl(StoreError):
    """Raised when a database URL is neither sqlite:/// nor postgresql://."""


class VersionConflict(StoreError):
    """Raised when concurrent writers kept colliding on the same entries after retries."""


class InvalidArgument(TickerlogError):
    """Raised when a command's argument (a time, a position, a view name) cannot be used."""


class ViewsNotBuilt(TickerlogError):
    """Raised when a view is queried before the log has ever been projected into it."""


class ReplayInterrupted(TickerlogError):
    """Raised when another replay advanced the generation this one was building aside."""
