"""Which reviews need a human now: urgency per review, spikes of negatives, and alerts.

Urgency is 0..100 with a reason kept in a language-neutral form, such as
``stars=1|legal=lawyer|angry``, so the inbox can show it in whatever language the user picks
later (``describe_urgency``). Alerts are stored once per key: a spike of negative reviews in a
day or a week above the practice's usual rate, and each review at or above the urgent threshold.
"""

from __future__ import annotations

import logging
import re
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Final

from clinicrep.analysis.lexicon import Match, Matcher, matcher, read_together, tokenize
from clinicrep.model import Alert, Sentiment
from clinicrep.store import alerts as alert_store
from clinicrep.store.db import Database

log = logging.getLogger(__name__)
# Qt is imported by the functions that translate, not here: an analysis worker of an import
# imports this module for assess_urgency alone, and PySide6.QtCore cost it 0.3-0.4 s of CPU
# at its start.

_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ]")
_SHOUT_SAMPLE = 500
_LETTER_RUN = re.compile(_LETTER.pattern + "+")
_UPPER_RUN = re.compile(_UPPER.pattern + "+")

# How much each kind of signal adds, and the order a reason lists them in (gravest first).
_FLAG_POINTS = {
    "misinformation": 70,  # must be answered or reported whatever the tone
    "legal": 45,
    "harm": 40,
    "regulator": 40,
    "press": 35,
}
# gravest first, sorted once (not for every review)
_FLAG_ORDER = tuple(sorted(_FLAG_POINTS, key=lambda f: -_FLAG_POINTS[f]))
_ANGRY_POINTS = 15
_STAR_POINTS = {1: 40, 2: 25, 3: 10}
_NOT_RECOMMENDED_POINTS = 30
_COMPLAINT_POINTS = 10  # a clearly negative sentence in an otherwise good review
_MAX_NEGATIVE_TEXT_POINTS = 40


@dataclass(frozen=True, slots=True)
class TriageSettings:
    """The thresholds the user can set (see clinicrep.settings.Settings)."""

    spike_threshold: float = 3.0  # negatives in a window vs the usual rate for such a window
    urgent_threshold: int = 70  # urgency at or above which a review raises an alert
    baseline_days: int = 90  # how far back "usual" looks
    min_spike_count: int = 3  # fewer negatives than this are never a spike (small practices)
    urgent_lookback_days: int = 30  # older urgent reviews raise no alert (after an import)


class Urgency:
    """How urgent a review is, and why. A plain class, read only (``Final``), not a frozen
    dataclass: the dataclass's generated ``__init__`` runs interpreted even in the compiled
    wheel (see aspects.AspectReading)."""

    __slots__ = ("score", "reason")

    def __init__(self, score: int, reason: str) -> None:
        self.score: Final = score
        self.reason: Final = reason


def _alarm_matches(text: str, lang: str) -> list[Match]:
    """Red-flag words (legal, harm, press ...) in the review's language, and emoji in any."""
    lang = lang if lang in ("en", "ru", "uk", "pl", "zh") else "en"
    lowered = text.lower()
    found = matcher("alarms_any").find_chars(lowered)  # a new list
    words = _alarm_matcher(lang)
    if lang == "zh":
        found.extend(words.find_chars(lowered))
        return found
    tokens = tokenize(text)
    for m in words.find(tokens):
        # Quote the words the patient wrote, not the stem that matched them.
        words_written = " ".join(tokens[m.start : m.start + m.length])
        found.append(Match(m.start, m.length, words_written, m.value, m.section))
    return found


@cache
def _alarm_matcher(lang: str) -> Matcher:
    return read_together(lang, matcher(f"alarms_{lang}"))


def _is_shouting(text: str) -> bool:
    if "!!!" in text or "！！！" in text:
        return True
    opening = text[:_SHOUT_SAMPLE]  # capitals all through a long story show in its opening
    if opening.isascii():
        # the letters an ASCII opening has (A-Z for _UPPER, A-Za-z for _LETTER), counted as
        # the bytes a translation in C deletes: the expressions, which test every character
        # against their classes, took 30-110 us of an NHS story's opening
        raw = opening.encode("ascii")
        capitals = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        if capitals < 8:
            return False
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        return letters >= 12 and capitals > 0.6 * letters
    # counted as the lengths of their runs: fewer strings made than one per letter
    capitals = sum(map(len, _UPPER_RUN.findall(opening)))
    if capitals < 8:  # fewer than 8 can never be 60 % of the 12 letters at least needed
        return False
    letters = sum(map(len, _LETTER_RUN.findall(opening)))
    return letters >= 12 and capitals > 0.6 * letters


_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def assess_urgency(
    text: str,
    lang: str,
    *,
    rating: int | None,
    recommendation: str | None,
    sentiment: Sentiment,
    score: float,
    negative_clauses: int = 0,
) -> Urgency:
    """How soon a human should look at this review (0..100), and why."""
    points = 0
    reason: list[str] = []
    if rating in _STAR_POINTS:
        points += _STAR_POINTS[rating]
        reason.append(f"stars={rating}")
    elif rating is None and recommendation == "negative":
        points += _NOT_RECOMMENDED_POINTS
        reason.append("not_recommended")
    if rating is not None and rating >= 4:
        if negative_clauses:
            points += _COMPLAINT_POINTS
            reason.append("complaint")
    elif score < 0:
        # The stars already count; words add less then than where they are all we have.
        reach = _MAX_NEGATIVE_TEXT_POINTS if rating is None and recommendation is None else 15
        points += round(reach * min(1.0, -score * 1.5))
        if rating is None and recommendation is None and sentiment == Sentiment.NEGATIVE:
            reason.append("negative")
    matches = _alarm_matches(text, lang)
    flags: dict[str, str] = {}
    for m in matches:
        flags.setdefault(m.value, m.term)
    flagged = False
    if flags:  # most reviews raise none
        for flag in _FLAG_ORDER:
            if flag in flags:
                flagged = True
                points += _FLAG_POINTS[flag]
                reason.append(f"{flag}={_clean(flags[flag])}")
    if "anger" in flags or (score < 0 and _is_shouting(text)):
        points += _ANGRY_POINTS
        reason.append("angry")
    if sentiment == Sentiment.POSITIVE and not flagged:
        points = min(points, 20)  # a happy patient is never urgent without a red flag
    return Urgency(max(0, min(100, points)), "|".join(reason))


def _clean(word: str) -> str:
    return word.replace("|", " ").replace("=", " ").strip()[:40]


def describe_urgency(reason: str) -> str:
    """The stored reason in the user's language, e.g. "1★, mentions “lawyer” (legal action)"."""
    from PySide6.QtCore import QCoreApplication  # late: see the note under log

    parts: list[str] = []
    for piece in filter(None, reason.split("|")):
        key, _, value = piece.partition("=")
        parts.append(_describe_piece(key, value) or piece)
    return QCoreApplication.translate("Urgency", ", ").join(parts)


def _describe_piece(key: str, value: str) -> str:
    from PySide6.QtCore import QCoreApplication  # late: see the note under log

    if key == "stars":
        return QCoreApplication.translate("Urgency", "{stars}★").format(stars=value)
    texts = {
        "legal": QCoreApplication.translate("Urgency", "mentions “{word}” (legal action)"),
        "harm": QCoreApplication.translate("Urgency", "mentions “{word}” (possible harm)"),
        "regulator": QCoreApplication.translate("Urgency", "mentions “{word}” (a regulator)"),
        "press": QCoreApplication.translate(
            "Urgency", "mentions “{word}” (the press or social media)"
        ),
        "misinformation": QCoreApplication.translate(
            "Urgency", "may spread false medical information (“{word}”)"
        ),
        "angry": QCoreApplication.translate("Urgency", "angry tone"),
        "negative": QCoreApplication.translate("Urgency", "negative text"),
        "complaint": QCoreApplication.translate("Urgency", "a complaint inside a good review"),
        "not_recommended": QCoreApplication.translate("Urgency", "does not recommend"),
        "spike": QCoreApplication.translate("Urgency", "many negative reviews at once"),
    }
    # the word alone where it already names the reason: "mentions “legal action”", never
    # "mentions “legal action” (legal action)"
    reasons = {
        "legal": QCoreApplication.translate("Urgency", "legal action"),
        "harm": QCoreApplication.translate("Urgency", "possible harm"),
        "regulator": QCoreApplication.translate("Urgency", "a regulator"),
        "press": QCoreApplication.translate("Urgency", "the press or social media"),
    }
    reason = reasons.get(key, "").casefold()
    word = value.casefold().strip()
    if reason and word and (word in reason or reason in word):
        return QCoreApplication.translate("Urgency", "mentions “{word}”").format(word=value)
    template = texts.get(key)
    return template.format(word=value) if template else ""


# -- alerts -----------------------------------------------------------------
def raise_alerts(db: Database, *, now: datetime, settings: TriageSettings) -> list[Alert]:
    """Store the alerts due now and return only the new ones (each key is raised once ever)."""
    new: list[Alert] = []
    for window, days in (("day", 1), ("week", 7)):
        alert = _spike_alert(db, now=now, settings=settings, window=window, days=days)
        if alert is not None and alert_store.add_alert(db, alert):
            new.append(alert)
    since = now - timedelta(days=settings.urgent_lookback_days)
    for review_id, urgency, reason in alert_store.urgent_reviews(
        db, min_urgency=settings.urgent_threshold, since=since
    ):
        alert = Alert(
            kind="urgent",
            key=f"urgent:{review_id}",
            raised_at=now,
            message=f"review {review_id} has urgency {urgency}",
            review_id=review_id,
            detail={"urgency": urgency, "reason": reason},
        )
        if alert_store.add_alert(db, alert):
            new.append(alert)
    if new:
        log.info("raised %d new alerts", len(new))
    return new


def _spike_alert(
    db: Database, *, now: datetime, settings: TriageSettings, window: str, days: int
) -> Alert | None:
    start = now - timedelta(days=days)
    baseline_start = start - timedelta(days=settings.baseline_days)
    count = alert_store.count_negative(db, start, now)
    usual_total = alert_store.count_negative(db, baseline_start, start)
    # The usual number in a window this long; at least one, so that a practice that never gets
    # complaints is not alarmed by the first one (min_spike_count guards that too).
    usual = max(1.0, usual_total * days / settings.baseline_days)
    if count < settings.min_spike_count or count < settings.spike_threshold * usual:
        return None
    # A spike that lasts is raised once, not every hour, and not again at midnight or on Monday:
    # one of this window raised within the window's length is the same spike.
    earlier = alert_store.alerts_between(db, start, now + timedelta(seconds=1))
    if any(a.kind == "spike" and a.detail.get("window") == window for a in earlier):
        return None
    # One key per day / per ISO week (the store raises each key once).
    if window == "day":
        key = f"spike:day:{now.date().isoformat()}"
    else:
        year, week, _ = now.isocalendar()
        key = f"spike:week:{year}-W{week:02d}"
    return Alert(
        kind="spike",
        key=key,
        raised_at=now,
        message=f"{count} negative reviews in the last {window}, usually {usual:.1f}",
        detail={"window": window, "count": count, "usual": round(usual, 2)},
    )


def describe_alert(alert: Alert) -> str:
    """The alert as a sentence in the user's language (the stored message is for the log)."""
    from PySide6.QtCore import QCoreApplication  # late: see the note under log

    if alert.kind == "spike":
        count = int(alert.detail.get("count", 0))
        usual = float(alert.detail.get("usual", 0))
        if alert.detail.get("window") == "day":
            text = QCoreApplication.translate(
                "Urgency",
                "%n negative review(s) in the last 24 hours (usually {usual:.1f}).",
                "",
                count,
            )
        else:
            text = QCoreApplication.translate(
                "Urgency",
                "%n negative review(s) in the last 7 days (usually {usual:.1f}).",
                "",
                count,
            )
        return text.format(usual=usual)
    if alert.kind == "urgent":
        reason = describe_urgency(str(alert.detail.get("reason", "")))
        urgency = int(alert.detail.get("urgency", 0))
        if reason:
            return QCoreApplication.translate(
                "Urgency", "An urgent review (urgency {urgency}): {reason}."
            ).format(urgency=urgency, reason=reason)
        return QCoreApplication.translate(
            "Urgency", "An urgent review (urgency {urgency})."
        ).format(urgency=urgency)
    return alert.message
