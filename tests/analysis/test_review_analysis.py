"""What a user sees in the inbox for hand-checked reviews in the five languages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import analyse_review, analyse_reviews
from clinicrep.analysis.triage import describe_urgency
from clinicrep.model import Review, Sentiment, Topic

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def review(
    text: str, rating: int | None = None, *, recommendation: str | None = None, hint: str = ""
) -> Review:
    return Review(
        source_id=1,
        external_id="r",
        created_at=NOW,
        text=text,
        rating=rating,
        recommendation=recommendation,
        language_hint=hint,
    )


# (text, stars, source language, language shown, sentiment shown, topics that must be shown)
HAND_CHECKED = [
    (
        "Dr Smith was wonderful, she explained everything clearly. Highly recommend!",
        5,
        "en",
        "en",
        Sentiment.POSITIVE,
        {Topic.COMMUNICATION, Topic.NAMED_PRAISE},
    ),
    (
        "Waited two hours past my appointment and the receptionist was rude on the phone.",
        1,
        "en",
        "en",
        Sentiment.NEGATIVE,
        {Topic.WAITING, Topic.RECEPTION, Topic.STAFF_ATTITUDE},
    ),
    (
        "They charged me twice and nobody answers the phone about the refund.",
        None,
        "en",
        "en",
        Sentiment.NEGATIVE,
        {Topic.BILLING, Topic.RECEPTION},
    ),
    (
        "Polecam serdecznie, pani doktor Nowak jest bardzo miła i cierpliwa.",
        5,
        "pl",
        "pl",
        Sentiment.POSITIVE,
        {Topic.STAFF_ATTITUDE, Topic.NAMED_PRAISE},
    ),
    (
        "Rejestracja niemiła, czekałam dwie godziny. Nie polecam!",
        None,
        "pl",
        "pl",
        Sentiment.NEGATIVE,
        {Topic.WAITING, Topic.RECEPTION},
    ),
    (
        "Очень внимательный врач, доктор Иванова всё подробно объяснила. Спасибо!",
        5,
        "ru",
        "ru",
        Sentiment.POSITIVE,
        {Topic.COMMUNICATION, Topic.NAMED_PRAISE},
    ),
    (
        "Хамство в регистратуре, ждали два часа, деньги взяли за пустой приём.",
        None,
        "ru",
        "ru",
        Sentiment.NEGATIVE,
        {Topic.RECEPTION, Topic.WAITING, Topic.STAFF_ATTITUDE},
    ),
    (
        "Дуже уважний лікар, лікар Петренко все пояснила. Дякую!",
        5,
        "uk",
        "uk",
        Sentiment.POSITIVE,
        {Topic.COMMUNICATION, Topic.NAMED_PRAISE},
    ),
    (
        "Жахливе ставлення, чекали дві години, а лікування не допомогло.",
        None,
        "uk",
        "uk",
        Sentiment.NEGATIVE,
        {Topic.WAITING, Topic.OUTCOME},
    ),
    (
        "王医生非常耐心，解释得很清楚，强烈推荐！",
        5,
        "zh",
        "zh",
        Sentiment.POSITIVE,
        {Topic.COMMUNICATION, Topic.NAMED_PRAISE},
    ),
    (
        "前台态度很差，等了三个小时，还乱收费。",
        None,
        "zh",
        "zh",
        Sentiment.NEGATIVE,
        {Topic.RECEPTION, Topic.WAITING, Topic.BILLING},
    ),
]


@pytest.mark.parametrize(
    ("text", "stars", "source_lang", "lang", "sentiment", "topics"), HAND_CHECKED
)
def test_inbox_shows_language_sentiment_and_topics_of_hand_checked_reviews(
    text: str,
    stars: int | None,
    source_lang: str,
    lang: str,
    sentiment: Sentiment,
    topics: set[Topic],
) -> None:
    analysis = analyse_review(review(text, stars), fallback_language=source_lang)
    assert analysis.language == lang
    assert analysis.sentiment == sentiment
    assert topics <= set(analysis.topics)
    if sentiment == Sentiment.POSITIVE:
        assert analysis.sentiment_score > 0.15
    else:
        assert analysis.sentiment_score < -0.15


def test_four_stars_with_rude_receptionist_reads_as_a_complaint_about_reception() -> None:
    analysis = analyse_review(
        review("The doctor was nice, but the receptionist was rude.", 4), fallback_language="en"
    )
    assert analysis.sentiment == Sentiment.MIXED
    assert Topic.RECEPTION in analysis.topics
    assert "complaint" in analysis.urgency_reason


def test_mixed_ukrainian_review_is_neither_praise_nor_a_plain_complaint() -> None:
    analysis = analyse_review(
        review("Лікар добрий, але в реєстратурі грубіянять.", 4), fallback_language="uk"
    )
    assert analysis.sentiment == Sentiment.MIXED
    assert Topic.RECEPTION in analysis.topics


def test_praise_of_a_doctor_who_is_named_is_not_named_praise_when_the_sentence_complains() -> None:
    analysis = analyse_review(
        review("Dr Jones was rude and dismissive.", 2), fallback_language="en"
    )
    assert Topic.NAMED_PRAISE not in analysis.topics


@pytest.mark.parametrize(
    ("text", "source_lang", "expected"),
    [("Polecam!", "pl", "pl"), ("Супер", "uk", "uk"), ("Супер", "ru", "ru"), ("OK", "pl", "pl")],
)
def test_one_word_review_takes_the_sources_language_instead_of_a_guess(
    text: str, source_lang: str, expected: str
) -> None:
    assert analyse_review(review(text), fallback_language=source_lang).language == expected


def test_one_word_reviews_still_get_a_sentiment() -> None:
    assert analyse_review(review("Polecam"), fallback_language="pl").sentiment == Sentiment.POSITIVE
    assert analyse_review(review("Terrible"), fallback_language="en").sentiment == (
        Sentiment.NEGATIVE
    )
    assert analyse_review(review("Хамство"), fallback_language="ru").sentiment == (
        Sentiment.NEGATIVE
    )


def test_emoji_only_reviews_are_read_by_their_emoji() -> None:
    happy = analyse_review(review("👍😊"), fallback_language="uk")
    angry = analyse_review(review("😡😡👎"), fallback_language="en")
    assert happy.sentiment == Sentiment.POSITIVE and happy.language == "uk"
    assert angry.sentiment == Sentiment.NEGATIVE
    assert "angry" in angry.urgency_reason


def test_empty_text_with_stars_is_judged_by_the_stars() -> None:
    one = analyse_review(review("", 1), fallback_language="pl")
    five = analyse_review(review("", 5), fallback_language="pl")
    assert (one.sentiment, five.sentiment) == (Sentiment.NEGATIVE, Sentiment.POSITIVE)
    assert one.language == "pl" and one.topics == ()
    assert one.urgency > five.urgency
    assert describe_urgency(one.urgency_reason) == "1★"


def test_facebook_recommendation_counts_where_there_are_no_stars() -> None:
    no = analyse_review(review("", recommendation="negative"), fallback_language="en")
    yes = analyse_review(review("", recommendation="positive"), fallback_language="en")
    assert no.sentiment == Sentiment.NEGATIVE and yes.sentiment == Sentiment.POSITIVE
    assert describe_urgency(no.urgency_reason) == "does not recommend"


def test_other_languages_are_shown_as_other() -> None:
    text = "Der Arzt war sehr freundlich und die Behandlung hat mir wirklich geholfen."
    assert analyse_review(review(text), fallback_language="en").language == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Работают с 8 до 20, в субботу до 15.", "ru"),  # "до" is Russian too
        ("Працюють з 8 до 20, у суботу до 15.", "uk"),
        ("Приняли только после обеда, нужно было ждать.", "ru"),
        ("Прийняли тільки після обіду, потрібно було чекати.", "uk"),
    ],
)
def test_russian_and_ukrainian_opening_hours_are_told_apart(text: str, lang: str) -> None:
    assert analyse_review(review(text), fallback_language="en").language == lang


def test_platform_language_hint_beats_the_source_setting_for_short_texts() -> None:
    assert analyse_review(review("OK", hint="ru"), fallback_language="en").language == "ru"


@pytest.mark.parametrize(
    ("text", "stars", "lang", "reason_shown"),
    [
        ("My lawyer will hear about this.", 1, "en", "1★, mentions “lawyer” (legal action)"),
        (
            "After the extraction I got an infection.",
            2,
            "en",
            "2★, mentions “infection” (possible harm)",
        ),
        ("I will report this clinic to the CQC.", 1, "en", "1★, mentions “cqc” (a regulator)"),
        (
            "Zgłoszę sprawę do rzecznika praw pacjenta i do prawnika.",
            1,
            "pl",
            "1★, mentions “prawnika” (legal action), mentions “rzecznika” (a regulator)",
        ),
        (
            "Напишу журналистам, пусть все узнают.",
            1,
            "ru",
            "1★, mentions “журналистам” (the press or social media)",
        ),
        (
            "Vaccines cause autism and this doctor hides it.",
            None,
            "en",
            "mentions “vaccines cause” (may spread false medical information)",
        ),
    ],
)
def test_red_flags_raise_urgency_with_a_readable_reason(
    text: str, stars: int | None, lang: str, reason_shown: str
) -> None:
    analysis = analyse_review(review(text, stars), fallback_language=lang)
    assert analysis.urgency >= 70
    shown = describe_urgency(analysis.urgency_reason)
    for piece in reason_shown.split(", "):
        if piece.startswith("mentions “vaccines"):
            assert "may spread false medical information" in shown
        else:
            assert piece in shown


def test_happy_reviews_are_not_urgent_and_angry_ones_come_first() -> None:
    reviews = [
        review("Lovely staff, thank you!", 5),
        review("Worst clinic ever, DISGUSTING attitude!!!", 1),
        review("It was fine.", 3),
    ]
    analyses = analyse_reviews(reviews, "en")
    urgencies = [a.urgency for a in analyses]
    assert urgencies[0] < 20
    assert urgencies[1] == max(urgencies) and urgencies[1] >= 70
    assert "angry" in analyses[1].urgency_reason


def test_analysis_does_not_change_the_review() -> None:
    original = review("Great!", 5)
    analyse_review(original, fallback_language="en")
    assert original.analysis is None and original.text == "Great!"


@pytest.mark.parametrize(
    ("text", "lang", "sentiment"),
    [
        # what was not done, told without a single sentiment word
        ("Lekarz nie zbadał dziecka i nie wypisał recepty.", "pl", Sentiment.NEGATIVE),
        ("Врач даже не посмотрел анализы.", "ru", Sentiment.NEGATIVE),
        # but "was not" alone is no complaint, and a negated complaint word is left to the lexicon
        ("Zabieg nie był straszny, polecam.", "pl", Sentiment.POSITIVE),
        # set phrases of praise that contain a negator
        ("The nurses could not have been more helpful.", "en", Sentiment.POSITIVE),
        ("I can't fault the care my mother received.", "en", Sentiment.POSITIVE),
        # a complaint worded as what should improve
        ("The ward is short staffed and communication could be better.", "en", Sentiment.NEGATIVE),
    ],
)
def test_sentiment_reads_how_patients_word_praise_and_complaints(
    text: str, lang: str, sentiment: Sentiment
) -> None:
    assert analyse_review(review(text), fallback_language=lang).sentiment == sentiment


def test_a_titled_name_with_a_full_stop_after_the_title_is_named_praise() -> None:
    analysis = analyse_review(
        review("Dr. Patel was kind and thorough. Thank you!", 5), fallback_language="en"
    )
    assert Topic.NAMED_PRAISE in analysis.topics


def test_a_short_polish_sentence_without_common_words_stays_polish_for_a_polish_source() -> None:
    analysis = analyse_review(review("Odradzam serdecznie wszystkim."), fallback_language="pl")
    assert analysis.language == "pl"
    assert analysis.sentiment == Sentiment.NEGATIVE
