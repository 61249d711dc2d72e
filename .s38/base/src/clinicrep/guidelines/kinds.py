"""What kind of reply a review needs: praise, neutral, mixed, complaint, misinformation or
crisis.

The kind picks the checklist and the template. It is a suggestion the user can change in the
editor, so the rules stay simple and readable rather than clever.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from clinicrep.model import Review, Sentiment, Topic


class ReplyKind(StrEnum):
    PRAISE = "praise"
    NEUTRAL = "neutral"  # no stars and no verdict: "Visited on Monday.", a question
    MIXED = "mixed"
    COMPLAINT = "complaint"
    MISINFORMATION = "misinformation"
    CRISIS = "crisis"


def reply_kind_label(kind: ReplyKind) -> str:
    return {
        ReplyKind.PRAISE: QCoreApplication.translate("ReplyKind", "Praise"),
        ReplyKind.NEUTRAL: QCoreApplication.translate("ReplyKind", "Neutral feedback"),
        ReplyKind.MIXED: QCoreApplication.translate("ReplyKind", "Mixed feedback"),
        ReplyKind.COMPLAINT: QCoreApplication.translate("ReplyKind", "Complaint"),
        ReplyKind.MISINFORMATION: QCoreApplication.translate("ReplyKind", "Misinformation"),
        ReplyKind.CRISIS: QCoreApplication.translate("ReplyKind", "Crisis"),
    }[kind]


# A review that threatens a lawsuit, names a regulator or the press, or came in a spike of
# negatives gets a short holding reply and goes to the owner: a public argument makes it worse.
_CRISIS_REASON = re.compile(r"spike|legal|lawyer|lawsuit|media|press|regulator|police|threat")
_CRISIS_TEXT = re.compile(
    r"(?<!\w)(?:lawyer|attorney|lawsuit|sue\b|suing|court\b|police|journalist|reporter\b|newspaper"
    r"|юрист|адвокат|суд\b|суда|в\s+суд|прокуратур|полици|журналист|сми\b|роспотребнадзор"
    r"|поліці|журналіст|прокуратур|prawnik|adwokat|sąd\w*|pozew|policj|prokuratur|dziennikar"
    r"|rzecznik\w*\s+praw\s+pacjenta)|律师|法院|起诉|报警|媒体|记者|卫健委",
    re.IGNORECASE,
)
# Claims that the practice is something it is not (unlicensed, fake doctors, a scam).
_MISINFORMATION_TEXT = re.compile(
    r"(?<!\w)(?:unlicensed|no licen[cs]e|without (?:a )?licen[cs]e|fake doctors?|not real doctors?"
    r"|scam\w*|fraud\w*|без\s+лицензи\w*|нет\s+лицензи\w*|не\s+врач\w*|шарлатан\w*|мошенни\w*"
    r"|без\s+ліцензі\w*|немає\s+ліцензі\w*|шахра\w*|bez\s+uprawnień|bez\s+licencji|oszu\w*"
    r"|nie\s+jest\s+lekarzem)|无证|没有执照|假医生|骗局|诈骗",
    re.IGNORECASE,
)
# Topics that mean "something went wrong" even in a four-star review.
_COMPLAINT_TOPICS = {Topic.WAITING, Topic.BILLING, Topic.SCHEDULING, Topic.RECEPTION}


KIND_READ_CHARS = 20_000


def classify_review(review: Review) -> ReplyKind:
    """The kind of reply this review needs, from its rating, text and analysis."""
    analysis = review.analysis
    # the start of each text: a review is a few thousand characters (Google keeps 4,096); a
    # pasted megabyte would cost the GUI thread half a second per search, and its analysis
    # (urgency_reason, read on a worker when it was stored) has seen the whole of it
    text = " ".join(
        t[:KIND_READ_CHARS] for t in (review.title, review.text, review.translated_text) if t
    )
    reason = (analysis.urgency_reason if analysis else "").lower()
    if _CRISIS_REASON.search(reason) or _CRISIS_TEXT.search(text):
        return ReplyKind.CRISIS
    if "misinformation" in reason or _MISINFORMATION_TEXT.search(text):
        return ReplyKind.MISINFORMATION

    sentiment = analysis.sentiment if analysis else Sentiment.NEUTRAL
    rating = review.rating
    if rating is None and review.recommendation in ("positive", "negative"):
        rating = 5 if review.recommendation == "positive" else 1
    if rating is None:
        if sentiment is Sentiment.NEUTRAL:
            # neither stars nor a verdict ("Visited on Monday.", a question, "Paid 200 for
            # the visit."): nothing praised and blamed, so no "Mixed feedback" that is sorry
            # not everything met the patient's expectations (a wait told is negative)
            return ReplyKind.NEUTRAL
        rating = {Sentiment.POSITIVE: 5, Sentiment.NEGATIVE: 1}.get(sentiment, 3)

    if rating <= 2:
        return ReplyKind.COMPLAINT
    if rating == 3:
        return ReplyKind.MIXED
    topics = set(analysis.topics) if analysis else set()
    if sentiment in (Sentiment.NEGATIVE, Sentiment.MIXED) or (
        topics & _COMPLAINT_TOPICS and sentiment != Sentiment.POSITIVE
    ):
        return ReplyKind.MIXED
    return ReplyKind.PRAISE
