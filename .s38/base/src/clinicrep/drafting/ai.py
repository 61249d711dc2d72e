"""AI drafts through any OpenAI-compatible ``/v1/chat/completions`` endpoint (a local
llama.cpp server, Ollama, LM Studio, vLLM, or a cloud provider the practice picks).

Off by default. A request carries the review's public text, the reviewer's public first name,
the aspects, the practice's facts and contact: never notes, other reviews or stored data;
``request_text`` is exactly the body that is sent, for the user to read before the first use.
Every answer goes through the guard and the checklist; a failing draft is asked for again with
the findings as feedback, at most twice; then, as on a timeout, an unreadable answer or a
refusal, the composed draft is offered with the reason. The key is read from the keyring on
the worker that sends, registered with the log's masking, and never stored elsewhere.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from clinicrep.analysis.aspects import read_aspects
from clinicrep.drafting.compose import (
    Draft,
    DraftProblem,
    DraftSentence,
    compose_draft,
    contact_phrase,
    draft_problems,
    phrase_bank,
    practice_fact,
)
from clinicrep.drafting.names import polite_name
from clinicrep.errors import AiDraftFailed
from clinicrep.guidelines.kinds import ReplyKind, classify_review
from clinicrep.guidelines.templates import reply_language
from clinicrep.messages import user_message
from clinicrep.model import Review, Sentiment
from clinicrep.settings import Settings
from clinicrep.sources.base import CancelToken
from clinicrep.sources.chat_completions import AiEndpoint, complete

log = logging.getLogger(__name__)

KEY_OWNER = "drafting"
KEY_NAME = "api_key"
REGENERATIONS = 2  # a failing draft is asked for again at most this many times
_LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Russian",
    "uk": "Ukrainian",
    "pl": "Polish (formal: Pan / Pani)",
    "zh": "Simplified Chinese",
}
# What each guard finding means, for the model's feedback (the model reads English best).
_FINDING_MEANING = {
    "confirms_patient": "confirms or implies that the reviewer is a patient",
    "records": "mentions the reviewer's records",
    "health_detail": "mentions a health detail",
    "echoed_health_detail": "repeats a health detail from the review",
    "insurance": "mentions insurance",
    "date": "mentions a date or time of care",
    "price": "mentions money or a price",
    "full_name": "uses a full name",
    "reward": "offers a reward",
    "new_information": "adds information the reviewer did not state",
}


def endpoint_from_settings(settings: Settings, api_key: str = "") -> AiEndpoint:
    return AiEndpoint(
        settings.ai_base_url, settings.ai_model, float(settings.ai_timeout_seconds), api_key
    )


def read_api_key() -> str:
    """The key from the keyring ('' when none was entered: local servers need none)."""
    from clinicrep.secrets import default_store

    return default_store().get(KEY_OWNER, KEY_NAME) or ""


def save_api_key(key: str) -> None:
    from clinicrep.secrets import default_store

    store = default_store()
    if key:
        store.set(KEY_OWNER, KEY_NAME, key)
    else:
        store.delete(KEY_OWNER, KEY_NAME)


# -- the request --------------------------------------------------------------------------
def _instructions(review: Review, settings: Settings, language: str, kind: ReplyKind) -> str:
    name = polite_name(review.author, language)
    bank = phrase_bank(language)
    practice = settings.practice_name.strip()
    signers = bank.lists["signer_named" if practice else "signer"]
    signer = settings.signer.strip() or signers[0].format(practice=practice)
    return "\n".join(
        [
            "You draft a medical practice's public reply to an online review. A person at the "
            "practice reads and edits the draft before anything is published.",
            f"Write in {_LANGUAGE_NAMES.get(language, 'English')}, politely"
            + (f", addressing the reviewer as “{name}”." if name else ", without a name."),
            "Thank the reviewer. Answer every aspect listed: credit the team for praise; for "
            "each complaint apologise for the experience without admitting any fault and say "
            "what the practice does about that kind of problem, using only the practice facts "
            "given.",
            f"Invite them to get in touch {contact_phrase(settings, language)} to talk it "
            "through directly."
            if kind != ReplyKind.PRAISE
            else "Say the practice is always glad to help.",
            "Never confirm or imply that the reviewer is or was a patient (no 'your visit', "
            "'your treatment', 'when you came'). Never mention a health detail, diagnosis, "
            "treatment, date, price, amount of money, insurance or anyone's surname. Never "
            "offer a reward, discount or gift. No blame, no argument.",
            "For a serious matter (a lawyer, the press, a regulator) write only a short "
            "holding reply."
            if kind == ReplyKind.CRISIS
            else "At most 120 words.",
            f"Sign as: {signer}",
            "Answer with the text of the reply only.",
        ]
    )


def _review_message(review: Review, settings: Settings, language: str, kind: ReplyKind) -> str:
    opinions = review.analysis.aspects if review.analysis else ()
    aspects = ", ".join(
        f"{o.aspect.value}: {'praise' if o.polarity == Sentiment.POSITIVE else 'complaint'}"
        for o in opinions
    )
    facts = [
        f"- {subject}: {fact}"
        for subject in [o.aspect.value for o in opinions if o.polarity == Sentiment.NEGATIVE]
        + (["credentials"] if kind == ReplyKind.MISINFORMATION else [])
        if (fact := practice_fact(settings, language, subject))
    ]
    stars = f"{review.rating} of 5 stars" if review.rating is not None else "no star rating"
    text = "\n".join(t for t in (review.title, review.text) if t).strip()
    lines = [
        f"The review ({stars}):",
        '"""',
        text,
        '"""',
        f"Aspects found: {aspects or 'none'}",
        f"Kind of reply: {kind.value}",
        "Practice facts:",
        *(facts or ["- none"]),
    ]
    if settings.practice_name.strip():
        lines.append(f"Practice: {settings.practice_name.strip()}")
    if settings.facts_source.strip() and kind == ReplyKind.MISINFORMATION:
        lines.append(f"Where the facts can be checked: {settings.facts_source.strip()}")
    return "\n".join(lines)


def request_body(
    review: Review, settings: Settings, *, kind: ReplyKind | None = None
) -> dict[str, Any]:
    """The body of the first request for ``review``, as it is sent."""
    language = reply_language(review)
    kind = kind or classify_review(review)
    return {
        "model": settings.ai_model,
        "messages": [
            {"role": "system", "content": _instructions(review, settings, language, kind)},
            {"role": "user", "content": _review_message(review, settings, language, kind)},
        ],
        "temperature": 0.7,
        "stream": False,
    }


def encode(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, indent=2)


def request_text(review: Review, settings: Settings, *, kind: ReplyKind | None = None) -> str:
    """Exactly what a request sends (the JSON body; the key travels only in a header)."""
    return encode(request_body(review, settings, kind=kind))


def feedback(text: str, problems: Sequence[DraftProblem]) -> str:
    """What the model is told about a draft that failed the guard or the checklist."""
    lines = ["This draft cannot be published. The checks found:"]
    for problem in problems:
        code = problem.id.removeprefix("guard:")
        meaning = _FINDING_MEANING.get(code, f"checklist item '{code}' is not met")
        words = text[problem.span[0] : problem.span[1]] if problem.span else ""
        lines.append(f"- {code}: {meaning}" + (f': "{words}"' if words else ""))
    lines.append("Write the whole reply again without these problems, keeping every rule.")
    return "\n".join(lines)


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def map_sentences(text: str, review: Review, language: str) -> tuple[DraftSentence, ...]:
    """Which of the review's aspects each sentence of a written draft speaks of, as the
    analysis reads the sentence (the model does not say)."""
    raised = {o.aspect: o.polarity for o in (review.analysis.aspects if review.analysis else ())}
    mapped = []
    for found in _SENTENCE.finditer(text):
        sentence = found.group(0).strip()
        if not sentence:
            continue
        start = found.start() + found.group(0).index(sentence)
        for opinion in read_aspects(sentence, language).opinions:
            if opinion.aspect in raised:
                mapped.append(
                    DraftSentence(
                        start,
                        start + len(sentence),
                        "answer",
                        opinion.aspect,
                        raised[opinion.aspect],
                    )
                )
                break
    return tuple(mapped)


# -- the call -------------------------------------------------------------------------------
def ai_draft(
    review: Review,
    settings: Settings,
    *,
    api_key: str = "",
    kind: ReplyKind | None = None,
    recent: Sequence[str] = (),
    now: datetime | None = None,
    cancel: CancelToken | None = None,
) -> Draft:
    """An AI draft that passes the guard and the checklist, or the composed draft with the
    reason in ``note``. Never raises for what the service does; ``Cancelled`` when ``cancel``
    is set while an answer arrives (the user moved on: the draft is not wanted)."""
    kind = kind or classify_review(review)
    composed = compose_draft(review, settings, kind=kind, recent=recent, now=now)

    def fallback(error: AiDraftFailed) -> Draft:
        log.info("AI draft not used: %s", error.params.get("reason", ""))
        return replace(composed, note=user_message(error))

    if not settings.ai_base_url.strip() or not settings.ai_model.strip():
        return fallback(AiDraftFailed("not set up", reason="not_set_up"))
    endpoint = endpoint_from_settings(settings, api_key)
    body = request_body(review, settings, kind=kind)
    found: list[DraftProblem] = []
    for _attempt in range(1 + REGENERATIONS):
        try:
            text = complete(endpoint, encode(body).encode("utf-8"), cancel)
        except AiDraftFailed as e:
            return fallback(e)
        found = draft_problems(text, review, settings, kind, recent=recent, now=now)
        if not found:
            sentences = map_sentences(text, review, composed.language)
            return Draft(text, composed.language, kind, sentences, origin="ai")
        body["messages"] = [
            *body["messages"],
            {"role": "assistant", "content": text},
            {"role": "user", "content": feedback(text, found)},
        ]
    summary = "; ".join(p.message for p in found[:3])
    return fallback(AiDraftFailed("checks", reason="checks", problems=summary))
