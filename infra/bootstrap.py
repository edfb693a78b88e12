"""The one composition root: every command and test gets its store from here."""

from __future__ import annotations

from dataclasses import dataclass

from eventsourcing.persistence import OperationalError, PersistenceError
from sqlalchemy import Engine

from domain.errors import StoreUnreachable
from infra import schema
from infra.application import TickerlogApplication
from infra.event_log import EventLog
from infra.settings import StoreLocation, resolve_location
from infra.view_engine import view_engine


@dataclass
class Store:
    """An opened store: where it is, the application over it, and the views' engine."""

    location: StoreLocation
    app: TickerlogApplication
    _views: Engine | None = None

    @property
    def views(self) -> Engine:
        if self._views is None:
            self._views = view_engine(self.location)
        return self._views

    @property
    def log(self) -> EventLog:
        return EventLog(self.location)

    def close(self) -> None:
        self.app.close()
        if self._views is not None:
            self._views.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_store(location: StoreLocation | None = None, *, check_schema: bool = True) -> Store:
    """Open the store at ``location`` (default: flag, environment, ./tickerlog.db).

    Unless told otherwise, first make sure the schema is current, so that no command runs
    against a store that ``tickerlog db upgrade`` has not prepared.
    """
    location = location or resolve_location()
    if check_schema:
        schema.require_current(location)
    try:
        app = TickerlogApplication(env=location.eventsourcing_env())
    except (OperationalError, PersistenceError) as error:
        raise StoreUnreachable(f"{location.display}: {schema.first_line(error)}") from None
    return Store(location=location, app=app)
