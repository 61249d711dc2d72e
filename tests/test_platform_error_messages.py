"""What the user reads when a platform fails: a server error is not a slow answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.messages import message_for_code, user_message
from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.sync import sync_source
from fakes.google_server import FakeGoogle
from fakes.loopback import FakeResponse
from fakes.source_setup import google_source


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        assert isinstance(api, FakeGoogle)
        api.add_reviews(api.add_location("200", "300", "Clinic"), 3)
        yield api


def test_a_server_error_is_reported_as_a_server_error_not_as_a_slow_answer(
    db: Database, google_api: FakeGoogle
) -> None:
    google_api.fail_next(FakeResponse(500, {"error": {"code": 500, "status": "INTERNAL"}}),
                         path="/reviews", times=10)  # fmt: skip
    tokens = TokenStore()
    result = sync_source(db, google_source(db, google_api, tokens), tokens=tokens)
    assert result.error is not None
    shown = user_message(result.error)
    assert "HTTP 500" in shown and "in time" not in shown


def test_a_slow_platform_is_reported_as_not_answering_in_time(
    db: Database, google_api: FakeGoogle
) -> None:
    google_api.fail_next(FakeResponse(200, {}, delay=1.5), path="/reviews", times=10)
    tokens = TokenStore()
    result = sync_source(db, google_source(db, google_api, tokens, timeout=0.3), tokens=tokens)
    assert result.error is not None
    assert "did not answer in time" in user_message(result.error)


def test_the_stored_error_of_a_source_claims_no_cause_it_does_not_know() -> None:
    # A source keeps only the code: the Sources dialog must not guess "in time".
    assert "in time" not in message_for_code("platform_unavailable")


def test_a_client_secret_google_no_longer_accepts_says_to_paste_the_current_one(
    db: Database, google_api: FakeGoogle
) -> None:
    """Someone made a new secret in Google Cloud: not "the connection has expired"."""
    from clinicrep.secrets import source_owner

    tokens = TokenStore()
    source = google_source(db, google_api, tokens)
    tokens.set(source_owner(source.id or 0), "client_secret", "GOCSPX-the-old-secret-000")
    result = sync_source(db, source, tokens=tokens)
    assert result.error is not None
    shown = user_message(result.error)
    assert shown.startswith("Google did not accept this client ID and client secret together.")
    assert "select the source in Sources, press “Edit…”, paste them" in shown
    assert "expired" not in shown
