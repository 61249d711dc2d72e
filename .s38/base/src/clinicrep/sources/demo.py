"""The demo platform: serves the made-up reviews of ``clinicrep.demo.generator`` offline.

It behaves like a real connector (pages of 50, a resumable cursor, a full scan that ends
"complete") and accepts replies, so the whole reply workflow can be tried without an
account anywhere. What it generates comes from the source's settings (count, seed,
anchor), the same ones ``demo.populate`` stored, so a sync finds nothing changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from itertools import islice

from clinicrep.demo.generator import demo_plan, generate_reviews
from clinicrep.model import Review, utc_now
from clinicrep.sources.base import Page, PublishedReply, SourceContext

PAGE_SIZE = 50


class DemoConnector:
    """Connector over the demo generator; the cursor is the position reached, as text."""

    kind = "demo"
    can_publish = True

    def __init__(self, ctx: SourceContext) -> None:
        self.ctx = ctx
        self.count, self.seed, anchor = demo_plan(ctx.source)
        # Without an anchor the dates follow the clock at the time this connector was made.
        self.anchor = anchor or utc_now()

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        start = 0 if full or not since_cursor else _position(since_cursor)
        if start >= self.count:
            return  # nothing new since the last sync
        reviews = islice(
            generate_reviews(self.ctx.source, self.count, seed=self.seed, now=self.anchor),
            start,
            None,
        )
        position = start
        while position < self.count:
            if self.ctx.cancel.cancelled:
                return
            page = list(islice(reviews, PAGE_SIZE))
            position += len(page)
            last = position >= self.count or not page
            yield Page(
                page,
                cursor=str(position),
                # Only a scan from the first review has seen them all.
                complete=last and start == 0,
                total_hint=self.count,
            )
            if not page:
                return

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        digest = hashlib.sha1(f"{review.external_id}\n{text}".encode()).hexdigest()
        return PublishedReply(external_id=f"demo-reply-{digest[:12]}")

    def delete_reply(self, review: Review) -> None:
        """Nothing to remove anywhere: the demo platform keeps no replies."""

    def lookup(self, review: Review) -> Review | None:
        """The generated review again; the demo platform keeps no replies."""
        for generated in generate_reviews(
            self.ctx.source, self.count, seed=self.seed, now=self.anchor
        ):
            if generated.external_id == review.external_id:
                return generated
        return None

    def review_url(self, review: Review) -> str:
        return review.url

    def close(self) -> None:
        """Nothing to release: the demo platform is in memory."""


def _position(cursor: str) -> int:
    """Where to resume; a cursor this connector did not write means a rescan from the top."""
    try:
        return max(0, int(cursor))
    except ValueError:
        return 0
