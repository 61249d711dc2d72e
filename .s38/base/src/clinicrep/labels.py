"""Translated names of the enums a person sees (statuses, platforms, topics ...).

Shared by the window, the CLI and the PDF report, so each name is translated once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from clinicrep.model import Aspect, Platform, Sentiment, Status, Topic


def stars_text(rating: int | None, recommendation: str | None = None) -> str:
    """A rating as stars, a recommendation as a thumb, nothing as a dash."""
    if rating:
        return "★" * rating + "☆" * (5 - rating)
    if recommendation == "positive":
        return "👍"
    if recommendation == "negative":
        return "👎"
    return "–"


def field_label(name: str) -> str:
    """A field's name as the label before it: "Rating:", in Chinese with a full-width colon
    ("评分："), never a colon glued on in code."""
    return QCoreApplication.translate("Labels", "{name}:").format(name=name)


def status_label(status: Status) -> str:
    return {
        Status.NEW: QCoreApplication.translate("Labels", "New"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        Status.ANSWERED: QCoreApplication.translate("Labels", "Answered"),
        Status.ESCALATED: QCoreApplication.translate("Labels", "Escalated"),
        Status.DISMISSED: QCoreApplication.translate("Labels", "Dismissed"),
        Status.IMPORTED_HISTORY: QCoreApplication.translate("Labels", "Imported history"),
    }[status]


def platform_label(platform: Platform | None) -> str:
    if platform is None:
        return ""
    return {
        Platform.GOOGLE: "Google",
        Platform.FACEBOOK: "Facebook",
        Platform.YELP: "Yelp",
        Platform.TRUSTPILOT: "Trustpilot",
        Platform.ZNANYLEKARZ: "ZnanyLekarz",
        Platform.PRODOCTOROV: "ProDoctorov",
        Platform.TWOGIS: "2GIS",
        Platform.DIANPING: QCoreApplication.translate("Labels", "Dianping"),
        Platform.RATEMDS: "RateMDs",
        Platform.YANDEX: QCoreApplication.translate("Labels", "Yandex Maps"),
        Platform.DOCUA: "Doc.ua",
        Platform.HELSI: "Helsi",
        Platform.OTHER: QCoreApplication.translate("Labels", "Other site"),
        Platform.OFFLINE: QCoreApplication.translate("Labels", "Offline feedback"),
    }[platform]


def sentiment_label(sentiment: Sentiment) -> str:
    return {
        Sentiment.POSITIVE: QCoreApplication.translate("Labels", "Positive"),
        Sentiment.NEUTRAL: QCoreApplication.translate("Labels", "Neutral"),
        Sentiment.NEGATIVE: QCoreApplication.translate("Labels", "Negative"),
        Sentiment.MIXED: QCoreApplication.translate("Labels", "Mixed"),
    }[sentiment]


def aspect_label(aspect: Aspect) -> str:
    """What a review praises or blames (issue 19), as a chip, a filter and a chart show it."""
    return {
        Aspect.DOCTOR: QCoreApplication.translate("Labels", "Doctor"),
        Aspect.NURSE: QCoreApplication.translate("Labels", "Nurses"),
        Aspect.RECEPTION: QCoreApplication.translate("Labels", "Reception and staff"),
        Aspect.WAITING: QCoreApplication.translate("Labels", "Waiting time"),
        Aspect.SCHEDULING: QCoreApplication.translate("Labels", "Appointments"),
        Aspect.PRICE: QCoreApplication.translate("Labels", "Prices and billing"),
        Aspect.FACILITIES: QCoreApplication.translate("Labels", "Premises and cleanliness"),
        Aspect.COMMUNICATION: QCoreApplication.translate("Labels", "Explanations"),
        Aspect.OUTCOME: QCoreApplication.translate("Labels", "Treatment result"),
        Aspect.ACCESS: QCoreApplication.translate("Labels", "Parking and location"),
    }[aspect]


# A topic that is the same thing as an aspect has the aspect's name: the Topics column and
# the filter's topics sit beside the aspect chips and the "Praise or complaint" filter, and
# two wordings read as two things ("停车与交通" beside "停车与位置", "Billing and prices"
# beside "Prices and billing"). One source string, so no language can tell them apart.
SAME_AS_ASPECT = {
    Topic.WAITING: Aspect.WAITING,
    Topic.SCHEDULING: Aspect.SCHEDULING,
    Topic.BILLING: Aspect.PRICE,
    Topic.CLEANLINESS: Aspect.FACILITIES,
    Topic.ACCESS: Aspect.ACCESS,
}


def topic_label(topic: Topic) -> str:
    if topic in SAME_AS_ASPECT:
        return aspect_label(SAME_AS_ASPECT[topic])
    return {
        Topic.STAFF_ATTITUDE: QCoreApplication.translate("Labels", "Staff attitude"),
        Topic.RECEPTION: QCoreApplication.translate("Labels", "Reception and phone"),
        Topic.OUTCOME: QCoreApplication.translate("Labels", "Doctor and outcome"),
        Topic.COMMUNICATION: QCoreApplication.translate("Labels", "Communication"),
        Topic.FOOD: QCoreApplication.translate("Labels", "Food"),
        Topic.NAMED_PRAISE: QCoreApplication.translate("Labels", "Praise of a person"),
    }[topic]


def is_date_only(local: datetime) -> bool:
    """A day without a time (an imported file's "2026-10-03"): local midnight to the second."""
    return (local.hour, local.minute, local.second) == (0, 0, 0)


# The languages a source's reviews can be set to (the analysis reads these five).
SOURCE_LANGUAGES = ("en", "ru", "uk", "pl", "zh")


def language_label(code: str) -> str:
    return {
        "en": QCoreApplication.translate("Labels", "English"),
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "uk": QCoreApplication.translate("Labels", "Ukrainian"),
        "pl": QCoreApplication.translate("Labels", "Polish"),
        "zh": QCoreApplication.translate("Labels", "Chinese"),
        "zh_CN": QCoreApplication.translate("Labels", "Chinese"),
    }.get(code, QCoreApplication.translate("Labels", "Other language") if code else "")
