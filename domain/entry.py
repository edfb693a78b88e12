"""The ticker entry aggregate and the events that make its history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from eventsourcing.domain import BaseAggregate, CanInitAggregate, CanMutateAggregate

from domain.base import DomainEvent
from domain.claims import Claim
from domain.errors import EntryAlreadyRetracted
from domain.reported_time import ReportedTime
from domain.updates import Language, SourceRef, TickerUpdate

ClaimOrigin = Literal["extractor", "editor"]


class TickerEntry(BaseAggregate[UUID]):
    """One entry of a live ticker: published once, then corrected, extracted, retracted."""

    TOPIC = "tickerlog:TickerEntry"

    if TYPE_CHECKING:  # set by the events' apply(); class annotations would make a dataclass
        ticker: str
        source_id: str
        published: ReportedTime | None
        headline: str | None
        body: str
        agencies: tuple[str, ...]
        language: Language
        source: SourceRef | None
        revision: int
        retracted: bool
        claims: tuple[Claim, ...]
        extractor_version: str | None

    class Event(DomainEvent, CanMutateAggregate[UUID]):
        def apply(self, aggregate: Any) -> None:
            """Fold this event into the entry (each event overrides it)."""

    class EntryPublished(Event, CanInitAggregate[UUID]):
        """An entry appeared in a ticker."""

        TOPIC = "tickerlog:EntryPublished"
        originator_topic: str
        ticker: str
        source_id: str
        published: ReportedTime | None
        headline: str | None
        body: str
        agencies: tuple[str, ...]
        language: Language
        source: SourceRef | None

        def apply(self, aggregate: Any) -> None:
            aggregate.ticker = self.ticker
            aggregate.source_id = self.source_id
            aggregate.published = self.published
            aggregate.headline = self.headline
            aggregate.body = self.body
            aggregate.agencies = self.agencies
            aggregate.language = self.language
            aggregate.source = self.source
            aggregate.revision = 1
            aggregate.retracted = False
            aggregate.claims = ()
            aggregate.extractor_version = None

    class EntryCorrected(Event):
        """The ticker changed the text of an entry it had published."""

        TOPIC = "tickerlog:EntryCorrected"
        published: ReportedTime | None
        headline: str | None
        body: str
        agencies: tuple[str, ...]
        source: SourceRef | None

        def apply(self, aggregate: Any) -> None:
            aggregate.published = self.published
            aggregate.headline = self.headline
            aggregate.body = self.body
            aggregate.agencies = self.agencies
            aggregate.source = self.source
            aggregate.revision += 1

    class EntryRetracted(Event):
        """The ticker withdrew an entry; its claims no longer stand."""

        TOPIC = "tickerlog:EntryRetracted"
        reason: str | None

        def apply(self, aggregate: Any) -> None:
            aggregate.retracted = True

    class ClaimsExtracted(Event):
        """The figures an entry's current text reports, and who or what read them."""

        TOPIC = "tickerlog:ClaimsExtracted"
        claims: tuple[Claim, ...]
        extractor_version: str | None
        origin: ClaimOrigin

        def apply(self, aggregate: Any) -> None:
            aggregate.claims = self.claims
            aggregate.extractor_version = self.extractor_version

    @classmethod
    def publish(cls, update: TickerUpdate) -> TickerEntry:
        """Start the history of the entry that ``update`` describes."""
        return cls._create(
            cls.EntryPublished,
            id=update.entry_id,
            ticker=update.ticker,
            source_id=update.source_id,
            published=update.published,
            headline=update.headline,
            body=update.body,
            agencies=update.agencies,
            language=update.language,
            source=update.source,
        )

    def states_the_same(self, update: TickerUpdate) -> bool:
        """Whether ``update`` says what the entry already says (time, headline, text, tags)."""
        return (self.published, self.headline, self.body, self.agencies) == (
            update.published,
            update.headline,
            update.body,
            update.agencies,
        )

    def correct(self, update: TickerUpdate) -> bool:
        """Record a changed text; return False when nothing changed."""
        self._refuse_if_retracted("correct")
        if self.states_the_same(update):
            return False
        self.trigger_event(
            self.EntryCorrected,
            published=update.published,
            headline=update.headline,
            body=update.body,
            agencies=update.agencies,
            source=update.source,
        )
        return True

    def retract(self, reason: str | None = None) -> None:
        """Withdraw the entry."""
        self._refuse_if_retracted("retract")
        self.trigger_event(self.EntryRetracted, reason=reason)

    def record_claims(
        self, claims: tuple[Claim, ...], extractor_version: str | None, origin: ClaimOrigin
    ) -> bool:
        """Record what the entry claims now; return False when that is what it held."""
        if claims == self.claims and extractor_version == self.extractor_version:
            return False
        self.trigger_event(
            self.ClaimsExtracted,
            claims=claims,
            extractor_version=extractor_version,
            origin=origin,
        )
        return True

    def _refuse_if_retracted(self, action: str) -> None:
        if self.retracted:
            raise EntryAlreadyRetracted(f"entry {self.id} was retracted; cannot {action} it")
