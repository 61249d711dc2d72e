"""Issue 16, tenth round for ru and uk (engine readings shared by every language): the date a
review was posted is no visit, a name that only greets does not make the review's own words
someone's health detail, and what the reply reports the review says is the review's."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules(reply: str, *, language: str, review: str = "", reviewer: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


def test_the_day_the_review_was_posted_can_be_named_in_every_language() -> None:
    assert not rules(
        "Злата, простите: ваш отзыв от 12 мая мы увидели только сейчас.",
        language="ru",
        review="Ответьте уже!",
        reviewer="Злата",
    )
    assert not rules(
        "Злато, вибачте: ваш відгук від 12 травня ми побачили лише зараз.",
        language="uk",
        review="Дайте вже відповідь!",
        reviewer="Злата",
    )
    assert not rules(
        "Zoe, sorry: we only just saw your review of 12 May.",
        language="en",
        review="Still no answer.",
        reviewer="Zoe",
    )


def test_a_day_after_thanks_for_the_review_is_still_the_visit() -> None:
    assert "date" in rules(
        "Спасибо за отзыв. Двенадцатого мая доктор задержался на операции, простите.",
        language="ru",
    )
    assert "date" in rules(
        "Thanks for the review. On 12 May the doctor was held up in surgery, sorry.",
        language="en",
    )


def test_the_reviews_own_complaint_after_a_greeting_is_said_of_anyone() -> None:
    review = "Спина болит уже месяц, а к неврологу запись только через две недели."
    assert not rules(
        "Камила, боль в спине — одна из самых частых причин обращения к неврологу.",
        language="ru",
        review=review,
        reviewer="Камила",
    )
    # a health word the review did not state is still theirs after the greeting
    assert "health_detail" in rules(
        "Камила, грыжа диска — одна из частых причин такой боли.",
        language="ru",
        review=review,
        reviewer="Камила",
    )


def test_a_reply_may_report_what_the_review_says_in_its_own_words() -> None:
    review = "После удаления нерва зуб болит уже неделю. Так и должно быть?"
    assert not rules(
        "Ирина, вы пишете, что зуб болит неделю после удаления нерва. Позвоните нам, пожалуйста.",
        language="ru",
        review=review,
        reviewer="Ирина",
    )
    assert not rules(
        "Ірино, ви пишете, що зуб болить тиждень після видалення нерва. Зателефонуйте нам.",
        language="uk",
        review="Після видалення нерва зуб болить уже тиждень. Так має бути?",
        reviewer="Ірина",
    )
    # what the review did not say is the practice's disclosure, reported or not
    assert "health_detail" in rules(
        "Ирина, вы пишете, что зуб болит, но пульпит был запущенный.",
        language="ru",
        review=review,
        reviewer="Ирина",
    )


def test_a_reported_phrase_is_the_reviews_by_its_last_word() -> None:
    review = "Ребёнку сделали укол, он плакал час. Так и должно быть?"
    assert not rules(
        "Георгий, вы пишете, что ребёнок плакал после укола целый час.",
        language="ru",
        review=review,
        reviewer="Георгий",
    )
    # a procedure the review did not name is still the practice's disclosure
    assert "health_detail" in rules(
        "Георгий, вы пишете, что ребёнок плакал после пункции целый час.",
        language="ru",
        review=review,
        reviewer="Георгий",
    )
