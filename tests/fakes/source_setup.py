"""Sources wired to the loopback fakes, with their secrets in the (test) keyring."""

from __future__ import annotations

from typing import Any

from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.store import Database
from clinicrep.store.sources import add_source

from .facebook_server import PAGE_ID, PAGE_TOKEN, FakeGraph
from .google_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeGoogle
from .trustpilot_server import (
    API_KEY,
    API_SECRET,
    BUSINESS_UNIT_ID,
    BUSINESS_USER_ID,
    FakeTrustpilot,
)

# Keeps every failure test well under a second: tiny backoff, short timeout.
FAST_SETTINGS: dict[str, Any] = {
    "retry_attempts": 3,
    "retry_backoff": 0.01,
    "retry_backoff_max": 0.02,
    "max_retry_wait": 1.0,
    "timeout": 1.0,
}


def google_source(
    db: Database,
    api: FakeGoogle,
    tokens: TokenStore,
    *,
    account: str = "200",
    location: str = "300",
    name: str = "Clinic on Google",
    **settings: Any,
) -> Source:
    source = add_source(
        db,
        Source(
            kind=SourceKind.GOOGLE,
            name=name,
            platform=Platform.GOOGLE,
            language="en",
            settings={
                "api_base": api.url,
                "client_id": CLIENT_ID,
                "account_id": account,
                "location_id": location,
                "page_size": 5,
                **FAST_SETTINGS,
                **settings,
            },
        ),
    )
    assert source.id is not None
    tokens.set(source_owner(source.id), "client_secret", CLIENT_SECRET)
    tokens.set(source_owner(source.id), "refresh_token", REFRESH_TOKEN)
    return source


def facebook_source(
    db: Database,
    api: FakeGraph,
    tokens: TokenStore,
    *,
    name: str = "Clinic on Facebook",
    **settings: Any,
) -> Source:
    source = add_source(
        db,
        Source(
            kind=SourceKind.FACEBOOK,
            name=name,
            platform=Platform.FACEBOOK,
            language="ru",
            settings={
                "api_base": api.url,
                "page_id": PAGE_ID,
                "page_size": 4,
                **FAST_SETTINGS,
                **settings,
            },
        ),
    )
    assert source.id is not None
    tokens.set(source_owner(source.id), "page_access_token", PAGE_TOKEN)
    return source


def trustpilot_source(
    db: Database,
    api: FakeTrustpilot,
    tokens: TokenStore,
    *,
    name: str = "Clinic on Trustpilot",
    **settings: Any,
) -> Source:
    """A Trustpilot source signed in as the business user (a refresh token in the keyring)."""
    source = add_source(
        db,
        Source(
            kind=SourceKind.TRUSTPILOT,
            name=name,
            platform=Platform.TRUSTPILOT,
            language="en",
            settings={
                "api_base": api.url,
                "business_unit_id": BUSINESS_UNIT_ID,
                "business_user_id": BUSINESS_USER_ID,
                "per_page": 5,
                **FAST_SETTINGS,
                **settings,
            },
        ),
    )
    assert source.id is not None
    _access, refresh = api.issue_tokens()
    tokens.set(source_owner(source.id), "api_key", API_KEY)
    tokens.set(source_owner(source.id), "api_secret", API_SECRET)
    tokens.set(source_owner(source.id), "refresh_token", refresh)
    return source
