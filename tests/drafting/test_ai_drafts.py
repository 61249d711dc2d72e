"""A practice that chose an AI model gets its drafts, always guarded: a draft that leaks is
asked for again with the findings, and whatever the service does (a leak three times, a
timeout, junk, a refusal) the user gets a safe draft and the reason, never a leak or a hang.
The server is a loopback fake of the OpenAI chat completions API."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep import logs, paths
from clinicrep.drafting.ai import ai_draft, read_api_key, request_text, save_api_key
from clinicrep.drafting.compose import fact_key
from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.model import Analysis, Aspect, AspectOpinion, Review, Sentiment
from clinicrep.settings import Settings, load_settings, save_settings
from clinicrep.sources import http
from clinicrep.sources.base import CancelToken
from clinicrep.sources.http import Cancelled
from clinicrep.store.db import Database
from fakes.chat_server import API_KEY, MODEL, FakeChatServer, completion, refusal
from fakes.loopback import FakeResponse

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
GOOD = (
    "Dear Maria,\n\nThank you for telling us about this. We are sorry the wait was so long; we "
    "added a second receptionist in the mornings. Please get in touch at +1 555 010 2030 so "
    "that we can talk it through directly.\n\nKind regards,\nThe team at Riverside"
)
LEAKING = (
    "Dear Maria,\n\nWe are sorry your knee surgery follow-up on 12/03/2026 started late. "
    "Please get in touch at +1 555 010 2030 so that we can talk it through directly.\n\n"
    "Kind regards,\nThe team at Riverside"
)


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    with FakeChatServer() as fake:
        assert isinstance(fake, FakeChatServer)
        yield fake


def practice(server: FakeChatServer, **changes: object) -> Settings:
    settings = Settings(
        practice_name="Riverside",
        contact_phone="+1 555 010 2030",
        practice_facts={
            fact_key("en", "waiting"): "We added a second receptionist in the mornings."
        },
        ai_drafting=True,
        ai_base_url=server.base_url,
        ai_model=MODEL,
        ai_timeout_seconds=5,
    )
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


def waiting_complaint() -> Review:
    review = Review(
        source_id=1,
        external_id="g-17",
        created_at=NOW - timedelta(hours=2),
        author="Maria Kowalczyk",
        rating=2,
        text="I waited an hour past my slot and nobody at the desk said a word.",
    )
    review.analysis = Analysis(
        language="en",
        sentiment=Sentiment.NEGATIVE,
        aspects=(AspectOpinion(Aspect.WAITING, Sentiment.NEGATIVE, "waited an hour"),),
    )
    return review


def test_a_good_ai_draft_is_offered_as_the_model_wrote_it(server):
    server.say(GOOD)
    review = waiting_complaint()

    draft = ai_draft(review, practice(server), api_key=API_KEY, now=NOW)

    assert draft.origin == "ai"
    assert draft.text == GOOD
    assert draft.note == ""
    [waiting] = [s for s in draft.sentences if s.aspect == Aspect.WAITING]
    assert "sorry the wait was so long" in draft.text[waiting.start : waiting.end]
    [request] = server.chat_requests()
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    body = request.json()
    assert body["model"] == MODEL
    sent = json.dumps(body, ensure_ascii=False)
    assert review.text in sent
    assert "waiting: complaint" in sent
    assert "We added a second receptionist in the mornings." in sent
    assert "Kowalczyk" not in sent  # the public first name only


def test_the_request_shown_before_first_use_is_exactly_what_is_sent(server):
    server.say(GOOD)
    review = waiting_complaint()
    settings = practice(server)
    shown = request_text(review, settings)

    ai_draft(review, settings, api_key=API_KEY, now=NOW)

    [request] = server.chat_requests()
    assert request.body.decode("utf-8") == shown
    assert API_KEY not in shown


def test_a_leaking_draft_is_regenerated_with_the_findings_and_the_user_sees_the_safe_one(server):
    server.say(LEAKING, GOOD)
    review = waiting_complaint()
    settings = practice(server)

    draft = ai_draft(review, settings, api_key=API_KEY, now=NOW)

    assert draft.text == GOOD
    assert draft.origin == "ai"
    assert guard_reply(draft.text, review, settings) == []
    first, second = server.chat_requests()
    messages = second.json()["messages"]
    assert messages[-2] == {"role": "assistant", "content": LEAKING}
    feedback = messages[-1]["content"]
    assert messages[-1]["role"] == "user"
    assert "knee surgery" in feedback or "12/03/2026" in feedback
    assert "health" in feedback or "date" in feedback


def test_a_model_that_keeps_leaking_is_replaced_by_the_composed_draft_with_the_reason(server):
    server.say(LEAKING, LEAKING, LEAKING, GOOD)
    review = waiting_complaint()
    settings = practice(server)

    draft = ai_draft(review, settings, api_key=API_KEY, now=NOW)

    assert len(server.chat_requests()) == 3  # the first and two regenerations
    assert draft.origin == "composed"
    assert "knee" not in draft.text and "12/03/2026" not in draft.text
    assert draft.passes
    assert "failed the confidentiality guard or the checklist three times" in draft.note


def test_a_service_that_does_not_answer_in_time_leaves_the_composed_draft(server):
    server.fail_next(FakeResponse(200, {"choices": []}, delay=3.0))
    settings = practice(server, ai_timeout_seconds=1)

    draft = ai_draft(waiting_complaint(), settings, api_key=API_KEY, now=NOW)

    assert draft.origin == "composed" and draft.passes
    assert "did not answer within 1 seconds" in draft.note


def test_an_answer_that_is_not_json_leaves_the_composed_draft(server):
    server.fail_next(FakeResponse(200, b'{"choices": [{"message": {"content": "Dear'))

    draft = ai_draft(waiting_complaint(), practice(server), api_key=API_KEY, now=NOW)

    assert draft.origin == "composed" and draft.passes
    assert "cannot read" in draft.note


def test_a_refusal_leaves_the_composed_draft(server):
    server.fail_next(refusal())

    draft = ai_draft(waiting_complaint(), practice(server), api_key=API_KEY, now=NOW)

    assert draft.origin == "composed" and draft.passes
    assert "declined" in draft.note


def test_a_wrong_key_says_to_enter_it_again(server):
    draft = ai_draft(waiting_complaint(), practice(server), api_key="sk-wrong", now=NOW)

    assert draft.origin == "composed"
    assert "refused the key" in draft.note


def test_a_service_that_is_not_running_leaves_the_composed_draft(server):
    settings = practice(server, ai_base_url="http://127.0.0.1:9/v1")

    draft = ai_draft(waiting_complaint(), settings, api_key=API_KEY, now=NOW)

    assert draft.origin == "composed"
    assert "could not be reached" in draft.note


def test_the_key_is_in_the_keyring_and_in_no_file_or_log(server, db: Database, memory_keyring):
    logs.setup_logging(verbose=True)
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    settings = practice(server)
    save_settings(db, settings)
    save_api_key(API_KEY)
    server.say(LEAKING, GOOD)

    draft = ai_draft(waiting_complaint(), load_settings(db), api_key=read_api_key(), now=NOW)
    logging.getLogger("clinicrep.test").info("sent with %s", API_KEY)  # a careless line

    assert draft.origin == "ai"
    assert ("clinicrep", "drafting:api_key") in memory_keyring.passwords
    for handler in logging.getLogger().handlers:
        handler.flush()
    for path in paths.data_dir().rglob("*"):
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes(), path
    log_text = (paths.log_dir() / "clinicrep.log").read_text(encoding="utf-8")
    assert "sent with" in log_text  # the log was written, with the key masked


def test_without_an_address_the_composed_draft_says_how_to_set_it_up():
    settings = Settings(practice_name="Riverside", ai_drafting=True)

    draft = ai_draft(waiting_complaint(), settings, now=NOW)

    assert draft.origin == "composed" and draft.passes
    assert "File → Settings… → Drafting" in draft.note


def test_a_service_sending_a_byte_at_a_time_is_given_up_at_the_waiting_time(server):
    """Each byte came 50 ms after the last, well inside the read timeout: the worker waited
    the whole answer (35 s) instead of the practice's "Wait at most" of 1 s."""
    server.fail_next(FakeResponse(200, completion(GOOD), drip=0.05))
    settings = practice(server, ai_timeout_seconds=1)

    started = time.monotonic()
    draft = ai_draft(waiting_complaint(), settings, api_key=API_KEY, now=NOW)

    assert time.monotonic() - started < 5.0
    assert draft.origin == "composed" and draft.passes
    assert "did not answer within 1 seconds" in draft.note


def test_an_answer_of_many_megabytes_is_refused_and_the_composed_draft_stays(
    server, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 1024 * 1024)
    server.fail_next(FakeResponse(200, completion("Dear Maria, " + "thank you " * 400_000)))

    draft = ai_draft(waiting_complaint(), practice(server), api_key=API_KEY, now=NOW)

    assert draft.origin == "composed" and draft.passes
    assert draft.note.startswith("The AI service sent an answer of more than 1 MB")


def test_cancel_stops_an_ai_answer_that_is_still_arriving(server):
    server.fail_next(FakeResponse(200, completion(GOOD), drip=0.05))
    cancel = CancelToken()
    threading.Timer(0.5, cancel.cancel).start()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        ai_draft(waiting_complaint(), practice(server), api_key=API_KEY, now=NOW, cancel=cancel)
    assert time.monotonic() - started < 2.0
