"""A platform that echoes the credentials it was sent back in its error body (in every
field, as is, URL-escaped and JSON-escaped) must not get them into clinicrep.log, nor into
the error the user sees. Every connector with an API, every field of its documented body."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from clinicrep import paths
from clinicrep.logs import add_secret, redact, setup_logging
from clinicrep.messages import user_message
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.store import Database
from clinicrep.store.sources import add_source
from clinicrep.sync import sync_source
from fakes.facebook_server import FakeGraph
from fakes.google_server import FakeGoogle
from fakes.loopback import FakeResponse, LoopbackApi, RecordedRequest
from fakes.source_setup import FAST_SETTINGS, facebook_source, google_source, trustpilot_source
from fakes.trustpilot_server import TOKEN_PATH, FakeTrustpilot
from fakes.yelp_server import API_KEY as YELP_KEY
from fakes.yelp_server import BUSINESS_ID, FakeYelp


def credentials_of(request: RecordedRequest) -> list[str]:
    """Every credential a request carried: token parameters, Authorization, apikey."""
    found = [request.param("access_token") or "", request.param("apikey") or ""]
    found.append(request.headers.get("apikey", ""))
    auth = request.headers.get("authorization", "")
    if " " in auth:
        found.append(auth.split(" ", 1)[1])
    return [c for c in found if c]


def forms(secret: str) -> list[str]:
    return [secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]]


def echo(secret: str) -> dict[str, Any]:
    """Values for the fields of an error body: the secret in each of its forms."""
    escaped = quote(secret, safe="")
    return {
        "plain": secret,
        "url": escaped,
        "in_text": f"Invalid OAuth access token - Cannot parse access token: {secret}",
        "in_url": f"https://graph.example/v21.0/me?access_token={escaped}",
    }


def google_body(secret: str) -> tuple[int, dict[str, Any]]:
    e = echo(secret)
    details = [{"reason": e["url"], "metadata": {"url": e["in_url"]}}]
    return 401, {"error": {"code": e["plain"], "message": e["in_text"], "status": e["plain"],
                           "details": details}}  # fmt: skip


def facebook_body(secret: str) -> tuple[int, dict[str, Any]]:
    e = echo(secret)
    return 400, {"error": {"message": e["in_text"], "type": e["plain"], "code": 190,
                           "error_subcode": e["plain"], "fbtrace_id": e["plain"],
                           "error_user_title": e["url"],
                           "error_user_msg": e["in_url"]}}  # fmt: skip


def trustpilot_body(secret: str) -> tuple[int, dict[str, Any]]:
    e = echo(secret)
    return 403, {"message": e["in_text"], "errorCode": e["plain"], "details": e["in_url"],
                 "fieldErrors": [{"field": e["url"]}]}  # fmt: skip


def yelp_body(secret: str) -> tuple[int, dict[str, Any]]:
    e = echo(secret)
    return 400, {"error": {"code": e["plain"], "description": e["in_text"], "field": e["url"],
                           "instance": e["in_url"]}}  # fmt: skip


def echoing(api: LoopbackApi, body_for: Callable[[str], tuple[int, dict[str, Any]]],
            *, token_path: str | None = None) -> list[str]:  # fmt: skip
    """Make ``api`` answer every API call with its credentials echoed; the ones it saw."""
    original = api.handle
    seen: list[str] = []

    def handle(request: RecordedRequest) -> FakeResponse:
        if token_path is not None and request.path == token_path:
            return original(request)  # the sign-in works; the API calls fail
        creds = credentials_of(request)
        seen.extend(creds)
        status, body = body_for(" ".join(creds))
        # a JSON-escaped copy too (ensure_ascii=True, as Graph writes)
        return FakeResponse(status, json.dumps(body, ensure_ascii=True).encode())

    api.handle = handle  # type: ignore[method-assign]
    return seen


def yelp_source(db: Database, api: FakeYelp, tokens: TokenStore) -> Source:
    source = add_source(db, Source(
        kind=SourceKind.YELP, name="Yelp", platform=Platform.YELP,
        settings={"api_base": api.url, "business_id": BUSINESS_ID, **FAST_SETTINGS},
    ))  # fmt: skip
    assert source.id is not None
    tokens.set(source_owner(source.id), "api_key", YELP_KEY)
    return source


PLATFORMS = ["google", "facebook", "trustpilot", "yelp"]


@pytest.fixture(params=PLATFORMS)
def echoing_platform(
    request: pytest.FixtureRequest, db: Database
) -> Iterator[tuple[Source, TokenStore, list[str]]]:
    tokens = TokenStore()
    with ExitStack() as stack:
        kind = request.param
        if kind == "google":
            g = stack.enter_context(FakeGoogle())
            assert isinstance(g, FakeGoogle)
            g.add_location("200", "300", "Clinic")
            seen = echoing(g, google_body, token_path="/token")
            source = google_source(db, g, tokens)
        elif kind == "facebook":
            f = stack.enter_context(FakeGraph())
            assert isinstance(f, FakeGraph)
            seen = echoing(f, facebook_body)
            source = facebook_source(db, f, tokens)
        elif kind == "trustpilot":
            t = stack.enter_context(FakeTrustpilot())
            assert isinstance(t, FakeTrustpilot)
            seen = echoing(t, trustpilot_body, token_path=TOKEN_PATH)
            source = trustpilot_source(db, t, tokens)
        else:
            y = stack.enter_context(FakeYelp())
            assert isinstance(y, FakeYelp)
            seen = echoing(y, yelp_body)
            source = yelp_source(db, y, tokens)
        yield source, tokens, seen


def test_credentials_echoed_in_any_error_field_never_reach_the_log_or_the_message(
    db: Database, data_dir: Path, echoing_platform: tuple[Source, TokenStore, list[str]]
) -> None:
    source, tokens, seen = echoing_platform
    setup_logging(verbose=True)
    result = sync_source(db, source, tokens=tokens)
    assert result.error is not None and seen  # the platform refused, echoing what it got
    log_text = (paths.log_dir() / "clinicrep.log").read_text(encoding="utf-8")
    assert f"sync {source.kind.value} #{source.id} failed" in log_text  # the log has the story
    shown = user_message(result.error) + str(result.error) + repr(result.error.params)
    for secret in set(seen):
        for form in forms(secret):
            assert form not in log_text, f"{source.kind.value} leaked a credential into the log"
            assert form not in shown


@pytest.mark.parametrize(
    "secret", ["EAAGpage/token+with=odd&chars", "тайный-токен-123", 'quote"and\\back/slash']
)
def test_a_known_secret_is_masked_in_every_form_a_line_can_hold_it(secret: str) -> None:
    add_secret(secret)
    lines = [
        f"plain {secret} end",
        f"url {quote(secret, safe='')} and {quote_plus(secret)} end",
        f"url lower {quote(secret, safe='').lower()} end",
        f"json {json.dumps({'token': secret})} and {json.dumps(secret, ensure_ascii=False)}",
    ]
    for line in lines:
        masked = redact(line)
        for form in forms(secret) + [quote(secret, safe="").lower()]:
            assert form not in masked
        assert "***" in masked
    assert redact("nothing secret here") == "nothing secret here"
