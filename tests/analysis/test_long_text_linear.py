"""A long review text costs the analysis work in proportion to its length: an import or a
sync analyses every review it brings (a pasted document of up to 100,000 characters is kept,
sources.csv_values.MAX_TEXT_CHARS), and one text must not hold the rest up for minutes.
Session 24: "Nice nurses. The doctor, not so much." pasted 4,000 times (152 KB) took 8.7 s of
CPU (each elliptic verdict read every term of the text again; 0.5 s before round 35), and a
text of a few hundred scare quotes and emoji 2.6 s for 30 KB (each placed by tokenizing the
whole text before it). The work is counted, not timed: the Python steps taken."""

from datetime import UTC, datetime

import pytest
from tests.step_count import python_steps

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review

PASTES = {
    "elliptic-en": ("Nice nurses. The doctor, not so much. ", "en"),
    "elliptic-ru": ("Медсёстры милые. Врач — не очень. ", "ru"),
    "elliptic-zh": ("护士很好，医生嘛，一般般。", "zh"),
    "quotes-emoji": ("So 'helpful' front desk, they lost my referral 😡 «вежливая» ", "en"),
    # a person's manner naming nobody: whom it speaks of was looked for in every clause of
    # the text, not in its sentence and the one before (3,200 of these: 2.5 s)
    "manner-zh": ("说是感冒，结果是肺炎。医生很专业，就是态度冷淡。", "zh"),
    "manner-ru": ("Сказали ОРВИ, а оказалось воспаление лёгких. Разговаривали грубо. ", "ru"),
    # amounts (each placed, and its sentence counted, from the text's start) and titled names
    # (each one's sentence found by walking the sentence marks from the start)
    "amounts-titles-en": ("Dr Smith charged $120 for ten minutes. Dr Jones was kind. ", "en"),
    "amounts-pl": ("Zapłaciłam 300 zł za wizytę. Pani doktor Nowak była miła. ", "pl"),
    "regret-uk": ("Лікарка уважна. На жаль, не все так добре. ", "uk"),
    # what the doctor said, borne out by what it turned out to be: every said clause was held
    # against every finding and every finding against every confirmation (session 25: 3,200
    # of these, 5.3 s)
    "borne-out-zh": ("医生说没事，结果是真的没事。", "zh"),
    # the hour of a booking beside the wait of that day (session 26): each time was placed by
    # tokenizing the text before it, for itself and again against every later time
    "booked-hours-en": (
        "Booked for 9:15, seen at 10:40 after the wait. The booking was online. ",
        "en",
    ),
    # a call before a visit had soon, a booking changed on a call, results by their channel
    # (session 26): each looked for its sentence among every token or sentence of the text
    "seen-soon-ru": ("Позвонила в 9, в 11 меня уже приняли. ", "ru"),
    "called-to-book-ru": ("Позвонила перенести запись, со мной разговаривали грубо. ", "ru"),
    "results-channel-uk": ("Того ж дня прийшла смс, що аналізи в нормі. ", "uk"),
    "booked-hours-uk": ("Записали на 11:00, о 12:30 я пішла. Запис був онлайн. ", "uk"),
    "borne-out-en": (
        "The GP said it was nothing. Turned out it was nothing serious, she was right. ",
        "en",
    ),
    # a wish and the practice's past after praise (session 27): the wish's clauses are read
    # from its marker onwards, within its sentence
    "wish-en": ("Great nurses. If only the car park were bigger. ", "en"),
    "wish-pl": ("Fizjoterapeuta świetny. Przydałoby się więcej krzeseł, bo ludzie stoją. ", "pl"),
    "used-to-be-ru": ("Хирург отличный. Раньше здесь было удобнее с записью. ", "ru"),
    "wish-zh": ("医生很耐心。如果停车方便一点就更好了。", "zh"),
    # clock times with no sentence mark between them (session 28, the lead's hostile input
    # check): whether a judged time lay between a story's first time and each later one was
    # asked of every character between them (8,000 "12:00": 6 s)
    "clock-run-en": ("12:00 ", "en"),
    # a wait told by its length (session 27): each unit of minutes or hours looked through
    # every term of waiting of the text for those of its clause (320 of the first: 14.6 times
    # the steps of 40), each length in days through every term of waiting, every sentence
    # mark and every hour (18 times), and each Chinese sentence through every time told by
    # the clock in the text (10 times)
    "wait-hour-ru": ("Ждали час. ", "ru"),
    "wait-hours-rude-ru": ("Ждали два часа, в регистратуре хамят. ", "ru"),
    "wait-week-results-ru": ("Ждала неделю результатов. ", "ru"),
    "wait-weeks-booking-ru": ("Записаться нельзя три недели. ", "ru"),
    "booked-clock-zh": ("约的十点，十一点半才看上。", "zh"),
    # a "but" or "only" after praise with no comma before it: each looked through every
    # judgement of the text for one of its clause (15.6 times)
    "contrast-wait-en": ("Nice doctor but the wait was over an hour. ", "en"),
    "contrast-only-uk": ("Лікар хороший тільки дорого. ", "uk"),
    # the patient or a relative named before "лучше" stands for the body (session 27,
    # aspects.PATIENT), a diagnosis belied by "а это был"
    "patient-ru": ("Папе после капельниц уже лучше, сказали, что ушиб, а это был перелом. ", "ru"),
    "patient-pl": ("Tacie po kroplówkach jest już lepiej, mi też. ", "pl"),
    # faint praise said of a person (session 27): each faint word is held against the last
    # person named before it, in one pass over the matches
    "faint-praise-ru": ("В регистратуре хамят. Сам врач ничего. ", "ru"),
    "faint-praise-en": ("The receptionist was rude. The nurse herself was okay. ", "en"),
    # an aside after praise (session 27, aconc2): the rest of the review is read once
    "aside-uk": ("Лікарка уважна, все пояснила. Ціни, щоправда, зависокі. ", "uk"),
    # a refund and the price of each sentence (session 27, lead): each price term asked every
    # refund of the text whether it stood in its sentence, slicing the words between them
    "refund-price-en": ("They refunded the $90. The price was fair and the nurse kind. ", "en"),
    # a deed after "but" that names nothing (session 27, abut27): the words of the clauses
    # after the "but" are looked at in that sentence only
    "deed-en": ("Nice doctor but rushed me out in five minutes. ", "en"),
    "deed-zh": ("医生人还行，但是很敷衍。", "zh"),
    # the "but" that opens the next sentence (session 27, abut2): that sentence's clauses only
    "deed-next-ru": ("Врач вежливый. Но выпроводил за пять минут. ", "ru"),
    # times told late by the clock beside a titled name (session 27, alin2): each time was
    # placed by tokenizing the text before it, and a title's dot looked for through every
    # one of its words
    "clock-titles-en": ("Dr. Lin booked me for 9:00, I got in at 9:50. ", "en"),
    # an earlier time set against this one, and a cheer after failures (session 30): each
    # earlier clause looks ahead only to the next clause of this time, and that one's sentence
    "another-time-en": ("Last year the nurses were lovely. This time the nurse was rude. ", "en"),
    "another-time-zh": ("以前前台服务很好，现在态度很差。", "zh"),
    "cheer-uk": ("Лікар запізнився на годину, в черзі душно. Просто клас! ", "uk"),
    "clock-titles-ru": ("Д-р Петров, проф. Иванов: записали на 10:00, приняли в 10:45. ", "ru"),
    # a comma after a contrast's clause (session 29, the lead's long-paste check): whether the
    # piece before the comma named an aspect was asked of every aspect word of the text (400 KB
    # of this: 2.0 s, 11 times the CPU of a quarter of it)
    "contrast-comma-uk": (
        "Лікар уважний і все пояснив, але реєстратура грубила, а чекали ми годину. ",
        "uk",
    ),
    # a person granted, then the diagnosis missed after the "but" (session 30, adoc30: MISREAD)
    "misread-pl": ("Miły pan, sympatyczny, ale nie zauważył złamania. ", "pl"),
    "misread-ru": ("Доктор приятный, но лечил от бронхита, а оказалась пневмония. ", "ru"),
}


def _review(text: str) -> Review:
    return Review(
        source_id=1, external_id="paste", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )


def _python_steps(text: str, language: str) -> int:
    """How many Python calls and lines (a loop's every turn) analysing ``text`` takes."""
    review = _review(text)
    return python_steps(lambda: analyse_review(review, fallback_language=language, learned=False))


@pytest.mark.parametrize("name", sorted(PASTES))
def test_a_long_pasted_text_is_analysed_in_steps_that_grow_with_its_length(name: str) -> None:
    """8 times the text is at most about 8 times the steps (the elliptic verdicts were 30
    times and more)."""
    unit, language = PASTES[name]
    analyse_review(_review(unit), fallback_language=language, learned=False)  # tables read
    small = _python_steps(unit * 40, language)
    large = _python_steps(unit * 320, language)
    assert large <= 10 * small, (small, large)


def test_a_long_text_of_elliptic_verdicts_still_blames_the_doctor() -> None:
    """The verdict is still read after the change that made it linear."""
    analysis = analyse_review(
        _review("Nice nurses. The doctor, not so much. " * 300), fallback_language="en"
    )
    found = {o.aspect.value: o.polarity.value for o in analysis.aspects}
    assert found.get("doctor") == "negative", found
    assert found.get("nurse") == "positive", found
