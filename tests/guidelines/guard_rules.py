"""What the guard finds in a reply, as the round tests compare it: the set of its rules, or
its findings as (rule, words found) pairs."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems, guard_reply
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings


def rules_broken(
    reply: str, language: str, review: str, reviewer: str, country: str = "other"
) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer, country=country
    )
    return {f.rule for f in found}


# a review that says nothing of anyone's care, in each language: a reply's findings are then
# its own (the sentences of the session tests that judge replies alone)
PLAIN_REVIEWS = {
    "en": "All good, thanks.",
    "ru": "Всё хорошо, спасибо.",
    "uk": "Все добре, дякую.",
    "pl": "Wszystko dobrze, dziękuję.",
    "zh": "挺好的，谢谢。",
}


def rules_after_a_plain_review(reply: str, language: str) -> set[str]:
    return rules_broken(reply, language, PLAIN_REVIEWS[language], "")


def findings(reply: str, language: str, review: str, reviewer: str) -> list[tuple[str, str]]:
    return [
        (f.code.value, f.text)
        for f in find_confidentiality_problems(
            reply, review_text=review, language=language, reviewer_name=reviewer
        )
    ]


def rules_in_editor(reply: str, review: str, language: str, author: str = "") -> set[str]:
    """The rules the editor's check (``guard_reply``) finds in a reply to a review of
    ``language`` written by ``author``, with the practice's default settings."""
    found = Review(
        source_id=1,
        external_id="guarded",
        created_at=utc_now(),
        author=author,
        text=review,
        analysis=Analysis(language=language),
    )
    return {f.rule for f in guard_reply(reply, found, Settings())}
