"""The one small protocol every platform connector follows, and what it is given.

A connector turns a platform's API (or a file) into ``Review`` records. It never
touches SQLite: ``sync.py`` stores what it yields, page by page, and saves the
page's cursor in the same transaction, so a sync stopped at any moment resumes.
Errors are the ones in ``clinicrep.errors`` (AuthExpired, RateLimited, ...).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from clinicrep.model import Review, Source

if TYPE_CHECKING:  # keyring is imported when a token is first needed, not at start-up
    from clinicrep.secrets import TokenStore


@dataclass(slots=True)
class Page:
    """One page of reviews and the cursor to resume *after* it is stored.

    ``cursor`` is opaque to everyone but its connector (a page token, a timestamp ...).
    ``complete`` is True on the last page of a full scan: the sync may then mark the
    reviews it did not see as missing upstream.
    """

    reviews: list[Review]
    cursor: str | None = None
    complete: bool = False
    total_hint: int | None = None  # how many reviews the platform says it has, if it says


@dataclass(slots=True)
class PublishedReply:
    external_id: str = ""  # the platform's id of the reply (Facebook comment id ...)


class CancelToken:
    """Set by the GUI's Cancel; connectors check it between requests and retries."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile."""
        return self._event.wait(seconds)


@dataclass(slots=True)
class SourceContext:
    """What a connector gets: its source (settings, id), secrets, and a cancel token."""

    source: Source
    tokens: TokenStore
    cancel: CancelToken = field(default_factory=CancelToken)
    timeout: float = 20.0


class Connector(Protocol):
    """One platform. ``can_publish`` says whether replies go through the API."""

    kind: str
    can_publish: bool

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        """Pages of reviews changed since ``since_cursor`` (all of them when ``full``)."""
        ...

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        """Post or replace the practice's public reply. NotSupported where there is no API."""
        ...

    def delete_reply(self, review: Review) -> None: ...

    def lookup(self, review: Review) -> Review | None:
        """The review as the platform shows it now, looked up directly (not through a page).

        ``upstream_reply`` is the practice's reply there (None when there is none). None
        when the platform no longer has the review. This is how a reply left 'sending'
        settles on the next sync, wherever the review sits in the list.
        ``NotSupported`` where the platform takes no replies through its API.
        """
        ...

    def review_url(self, review: Review) -> str:
        """Where a person answers the review by hand (Yelp, file imports ...)."""
        ...

    def close(self) -> None:
        """Release the connections (called once the caller is done; safe to call twice)."""
        ...
