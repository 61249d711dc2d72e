"""Offline feedback entered by hand: a complaint at the desk, a phone call, a letter.

There is nothing to fetch and nowhere to publish: the practice answers in person. The
channel is kept in the review's external id ("phone:3f2a..."), which the store keeps
unchanged, so no schema change was needed; ``channel_of`` reads it back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from clinicrep.errors import NotSupported
from clinicrep.model import Review
from clinicrep.sources.base import Page, PublishedReply, SourceContext


class Channel(StrEnum):
    """How the feedback reached the practice."""

    DESK = "desk"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    OTHER = "other"


def channel_label(channel: Channel) -> str:
    """The channel's name in the user's language."""
    return {
        Channel.DESK: QCoreApplication.translate("ManualEntry", "At the desk"),
        Channel.PHONE: QCoreApplication.translate("ManualEntry", "Phone call"),
        Channel.LETTER: QCoreApplication.translate("ManualEntry", "Letter"),
        Channel.EMAIL: QCoreApplication.translate("ManualEntry", "E-mail"),
        Channel.OTHER: QCoreApplication.translate("ManualEntry", "Other"),
    }[channel]


def new_external_id(channel: Channel) -> str:
    """A fresh id for a hand-entered review, carrying its channel."""
    return f"{channel.value}:{uuid.uuid4().hex}"


def channel_of(review: Review) -> Channel | None:
    """The channel of a hand-entered review (None for reviews from elsewhere)."""
    prefix, _, rest = review.external_id.partition(":")
    if not rest:
        return None
    try:
        return Channel(prefix)
    except ValueError:
        return None


class ManualConnector:
    """The "Offline feedback" source: reviews arrive only through ``add_manual_review``."""

    kind = "manual"
    can_publish = False

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        return iter(())

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        raise NotSupported("offline feedback is answered in person", kind=self.kind)

    def delete_reply(self, review: Review) -> None:
        raise NotSupported("offline feedback is answered in person", kind=self.kind)

    def lookup(self, review: Review) -> Review | None:
        raise NotSupported("offline feedback is answered in person", kind=self.kind)

    def review_url(self, review: Review) -> str:
        return ""

    def close(self) -> None:
        """Nothing to release."""
