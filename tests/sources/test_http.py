"""The shared HTTP layer against a real loopback server: retries, limits, broken answers."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    NetworkDown,
    PermissionMissing,
    PlatformUnavailable,
    RateLimited,
)
from clinicrep.messages import user_message
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.sources import http
from clinicrep.sources.base import CancelToken
from clinicrep.sources.http import (
    ApiClient,
    Cancelled,
    RetryPolicy,
    api_base,
    parse_retry_after,
    redact_url,
)
from fakes.loopback import FakeResponse, LoopbackApi, RecordedRequest

FAST = RetryPolicy(attempts=3, backoff_base=0.01, backoff_max=0.02, max_wait=1.0)


class EchoApi(LoopbackApi):
    """Answers every request with {"ok": true, "path": ...}."""

    def handle(self, request: RecordedRequest) -> FakeResponse:
        return FakeResponse(200, {"ok": True, "path": request.path})


@pytest.fixture
def api() -> Iterator[EchoApi]:
    with EchoApi() as server:
        yield server  # type: ignore[misc]


def client(api: LoopbackApi, **kwargs: object) -> ApiClient:
    options: dict = {"platform": "google", "timeout": 1.0, "retry": FAST}
    options.update(kwargs)
    return ApiClient(api.url, **options)


def test_a_passing_server_error_is_retried_and_the_user_never_hears_of_it(api: EchoApi) -> None:
    api.fail_next(FakeResponse(500, {"error": "boom"}), times=2)
    with client(api) as c:
        assert c.get_json("/v4/x") == {"ok": True, "path": "/v4/x"}
    assert len(api.requests) == 3


def test_a_platform_down_for_good_is_reported_unavailable_after_bounded_tries(
    api: EchoApi,
) -> None:
    api.fail_next(FakeResponse(503, b"<html>down</html>"), times=10)
    with client(api) as c, pytest.raises(PlatformUnavailable) as caught:
        c.get_json("/v4/x")
    assert caught.value.params["status"] == 503
    assert len(api.requests) == FAST.attempts


def test_a_short_retry_after_is_waited_out(api: EchoApi) -> None:
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "0.2"}))
    started = time.monotonic()
    with client(api) as c:
        assert c.get_json("/a")["ok"] is True
    assert time.monotonic() - started >= 0.2
    assert len(api.requests) == 2


def test_a_long_retry_after_becomes_rate_limited_with_the_wait_in_seconds(api: EchoApi) -> None:
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "3600"}))
    with client(api) as c, pytest.raises(RateLimited) as caught:
        c.get_json("/a")
    assert caught.value.retry_after == 3600
    assert len(api.requests) == 1


def test_retry_after_as_an_http_date_is_understood(api: EchoApi) -> None:
    later = datetime.now(UTC) + timedelta(minutes=10)
    api.fail_next(FakeResponse(429, {}, {"Retry-After": format_datetime(later, usegmt=True)}))
    with client(api) as c, pytest.raises(RateLimited) as caught:
        c.get_json("/a")
    assert caught.value.retry_after is not None
    assert 590 <= caught.value.retry_after <= 600


def test_parse_retry_after_reads_both_forms_and_ignores_garbage() -> None:
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Sun, 22 Nov 2026 12:01:00 GMT", now=now) == 60
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


@pytest.mark.parametrize(("status", "error"), [(401, AuthExpired), (403, PermissionMissing)])
def test_refused_credentials_become_errors_the_user_can_act_on(
    api: EchoApi, status: int, error: type
) -> None:
    api.fail_next(FakeResponse(status, {"error": {"code": status}}))
    with client(api) as c, pytest.raises(error):
        c.get_json("/a")
    assert len(api.requests) == 1  # no point retrying a refusal


def test_an_html_page_instead_of_json_is_a_bad_response(api: EchoApi) -> None:
    api.fail_next(FakeResponse(200, b"<html>captive portal</html>"))
    with client(api) as c, pytest.raises(BadResponse):
        c.get_json("/a")


def test_a_body_cut_short_is_a_bad_response_after_retries(api: EchoApi) -> None:
    api.fail_next(FakeResponse(200, {"reviews": [1, 2, 3] * 50}, truncate=True), times=10)
    with client(api) as c, pytest.raises(BadResponse):
        c.get_json("/a")


def test_a_truncated_json_body_is_a_bad_response(api: EchoApi) -> None:
    api.fail_next(FakeResponse(200, b'{"reviews": [{"name": "acc'))
    with client(api) as c, pytest.raises(BadResponse):
        c.get_json("/a")


def test_a_slow_platform_times_out_and_is_reported_unavailable(api: EchoApi) -> None:
    api.fail_next(FakeResponse(200, {"late": True}, delay=1.0), times=5)
    started = time.monotonic()
    with client(api, timeout=0.2) as c, pytest.raises(PlatformUnavailable) as caught:
        c.get_json("/a")
    assert caught.value.params["reason"] == "timeout"
    assert time.monotonic() - started < 2.0


def test_no_server_listening_is_network_down() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    c = ApiClient(f"http://127.0.0.1:{port}", platform="google", timeout=0.5, retry=FAST)
    with c, pytest.raises(NetworkDown):
        c.get_json("/a")


def test_a_post_is_not_repeated_after_a_server_error(api: EchoApi) -> None:
    """A reply must never be posted twice: the first try may have gone through."""
    api.fail_next(FakeResponse(500, {}))
    with client(api) as c, pytest.raises(PlatformUnavailable):
        c.request("POST", "/comments", form={"message": "Thank you"})
    assert len(api.requests) == 1


def test_cancel_stops_the_wait_between_retries(api: EchoApi) -> None:
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "0.9"}), times=5)
    cancel = CancelToken()
    threading.Timer(0.1, cancel.cancel).start()
    started = time.monotonic()
    with client(api, cancel=cancel) as c, pytest.raises(Cancelled):
        c.get_json("/a")
    assert time.monotonic() - started < 0.8


def test_tokens_in_urls_never_reach_the_log(api: EchoApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api.fail_next(FakeResponse(500, {}))
    with client(api) as c:
        c.get_json("/me", {"access_token": "EAAG-secret-value", "fields": "id"})
    assert "EAAG-secret-value" not in caplog.text
    assert "REDACTED" in caplog.text
    assert redact_url("https://x/y?access_token=abc&limit=5") == (
        "https://x/y?access_token=REDACTED&limit=5"
    )


def test_the_api_base_comes_from_env_then_settings_then_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Source(kind=SourceKind.GOOGLE, name="g", platform=Platform.GOOGLE)
    assert api_base(source, "https://mybusiness.googleapis.com") == (
        "https://mybusiness.googleapis.com"
    )
    source.settings["api_base"] = "http://127.0.0.1:9/"
    assert api_base(source, "https://x") == "http://127.0.0.1:9"
    monkeypatch.setenv("CLINICREP_GOOGLE_API_BASE", "http://127.0.0.1:8")
    assert api_base(source, "https://x") == "http://127.0.0.1:8"


def test_a_server_that_sends_a_byte_at_a_time_times_out_instead_of_holding_the_sync(
    api: EchoApi,
) -> None:
    """A tester's server sent its answer one byte every 50 ms: each read came well inside
    the timeout, so a page of 2 KB held a sync for 100 s (a real slow-loris, for ever)."""
    slow = FakeResponse(200, {"reviews": [{"comment": "x" * 2000}]}, drip=0.05)
    api.fail_next(slow, times=10)
    started = time.monotonic()
    with client(api, timeout=0.3) as c, pytest.raises(PlatformUnavailable) as caught:
        c.get_json("/a")
    assert caught.value.params["reason"] == "timeout"
    assert user_message(caught.value).startswith("The platform did not answer in time")
    assert time.monotonic() - started < 8.0


def test_cancel_stops_an_answer_that_is_still_trickling_in(api: EchoApi) -> None:
    api.fail_next(FakeResponse(200, {"comment": "x" * 2000}, drip=0.05))
    cancel = CancelToken()
    threading.Timer(0.5, cancel.cancel).start()
    started = time.monotonic()
    with client(api, timeout=5.0, cancel=cancel) as c, pytest.raises(Cancelled):
        c.get_json("/a")
    assert time.monotonic() - started < 2.0


def test_an_answer_of_many_megabytes_is_refused_as_unreadable(
    api: EchoApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 1024 * 1024)
    api.fail_next(FakeResponse(200, {"comment": "x" * (3 * 1024 * 1024)}))
    with client(api) as c, pytest.raises(BadResponse) as caught:
        c.get_json("/a")
    assert caught.value.params["reason"] == "too_large"
    assert user_message(caught.value).startswith("The platform sent an answer clinicrep cannot")


def test_an_answer_nested_a_hundred_thousand_levels_deep_is_a_bad_response(api: EchoApi) -> None:
    """json.loads raised RecursionError, which left the client as an unexpected bug."""
    api.fail_next(FakeResponse(200, b"[" * 100_000 + b"]" * 100_000))
    with client(api) as c, pytest.raises(BadResponse) as caught:
        c.get_json("/a")
    assert caught.value.params["reason"] == "not_json"


def test_a_gzipped_answer_still_reads(api: EchoApi) -> None:
    import gzip

    body = gzip.compress(b'{"reviews": [{"comment": "Kind staff"}]}')
    api.fail_next(FakeResponse(200, body, headers={"Content-Encoding": "gzip"}))
    with client(api) as c:
        assert c.get_json("/a") == {"reviews": [{"comment": "Kind staff"}]}


def test_a_retry_after_of_a_year_is_not_shown_as_half_a_million_minutes(api: EchoApi) -> None:
    """A 429 asking for a year's wait read "try again in about 525600 min"."""
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "31536000"}))
    with client(api) as c, pytest.raises(RateLimited) as caught:
        c.get_json("/a")
    said = user_message(caught.value)
    assert said == "The platform asks us to slow down. clinicrep will try again later."
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "600"}))
    with client(api) as c, pytest.raises(RateLimited) as caught:
        c.get_json("/a")
    assert "in about 10 min" in user_message(caught.value)


def test_a_negative_retry_after_is_retried_at_once_and_still_bounded(api: EchoApi) -> None:
    api.fail_next(FakeResponse(429, {}, {"Retry-After": "-30"}), times=10)
    with client(api) as c, pytest.raises(RateLimited):
        c.get_json("/a")
    assert len(api.requests) == FAST.attempts


def test_a_small_gzipped_answer_that_unpacks_to_40_mb_is_refused(api: EchoApi) -> None:
    """The cap counts the unpacked answer: 40 KB of gzip must not become 40 MB of JSON."""
    import gzip

    bomb = gzip.compress(b"[" + b" " * (40 * 1024 * 1024) + b"]", compresslevel=9)
    assert len(bomb) < 100 * 1024
    api.fail_next(FakeResponse(200, bomb, headers={"Content-Encoding": "gzip"}))
    with client(api) as c, pytest.raises(BadResponse) as caught:
        c.get_json("/a")
    assert caught.value.params["reason"] == "too_large"
