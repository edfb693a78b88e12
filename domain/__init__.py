"""The pure core of tickerlog: ticker entries, their events, parsing and claim extraction.

Nothing in this package knows about storage: it imports the standard library, pydantic,
``eventsourcing.domain`` and the number-word parser ``text_to_num`` only.
"""
