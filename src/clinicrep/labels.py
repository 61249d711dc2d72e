"""Translated names of the enums a person sees (statuses, platforms, topics ...).

Shared by the window, the CLI and the PDF report, so each name is translated once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clinicrep.model import Platform, Sentiment, Status, Topic


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status) -> str:
    return {
        Status.NEW: _t("New"),
        Status.IN_PROGRESS: _t("In progress"),
        Status.ANSWERED: _t("Answered"),
        Status.ESCALATED: _t("Escalated"),
        Status.DISMISSED: _t("Dismissed"),
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
        Platform.DIANPING: _t("Dianping"),
        Platform.RATEMDS: "RateMDs",
        Platform.OTHER: _t("Other site"),
        Platform.OFFLINE: _t("Offline feedback"),
    }[platform]


def sentiment_label(sentiment: Sentiment) -> str:
    return {
        Sentiment.POSITIVE: _t("Positive"),
        Sentiment.NEUTRAL: _t("Neutral"),
        Sentiment.NEGATIVE: _t("Negative"),
    }[sentiment]


def topic_label(topic: Topic) -> str:
    return {
        Topic.WAITING: _t("Waiting time"),
        Topic.STAFF_ATTITUDE: _t("Staff attitude"),
        Topic.RECEPTION: _t("Reception and phone"),
        Topic.OUTCOME: _t("Doctor and outcome"),
        Topic.COMMUNICATION: _t("Communication"),
        Topic.BILLING: _t("Billing and prices"),
        Topic.SCHEDULING: _t("Scheduling"),
        Topic.CLEANLINESS: _t("Cleanliness and facilities"),
        Topic.ACCESS: _t("Parking and access"),
        Topic.FOOD: _t("Food"),
        Topic.NAMED_PRAISE: _t("Praise of a person"),
    }[topic]


def language_label(code: str) -> str:
    return {
        "en": _t("English"),
        "ru": _t("Russian"),
        "uk": _t("Ukrainian"),
        "pl": _t("Polish"),
        "zh": _t("Chinese"),
        "zh_CN": _t("Chinese"),
    }.get(code, _t("Other language") if code else "")
