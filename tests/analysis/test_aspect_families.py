"""Classes of words the aspect reading must know whole, in every language, read from the
misses of the tuning sets: a short adjective ("врач был очень внимателен") judges as the long
one does; a word of waiting judges the wait, not whom the patient waited for; a diagnosis judges
the outcome and the doctor who made it; a birth, or ending up in hospital, is an outcome; the
patient's feelings, time given, no appointment to be had."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read
from tests.analysis.probe_readings import Reading, check_reading, readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Врач был очень внимателен.", {("doctor", "positive")}),
        ("Врач был очень внимательным.", {("doctor", "positive")}),
        (
            "Администратор была любезна, а врач высокомерен.",
            {("reception", "positive"), ("doctor", "negative")},
        ),
        ("Хирург некомпетентен и небрежен.", {("doctor", "negative")}),
    ],
)
def test_a_russian_short_adjective_judges_like_the_long_one(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I waited for the doctor for two hours.", "en"),
        ("Czekałam na lekarza dwie godziny.", "pl"),
        ("Ждала врача два часа.", "ru"),
        ("Чекала лікаря дві години.", "uk"),
        ("等医生等了两个小时。", "zh"),
    ],
)
def test_a_long_wait_blames_the_wait_not_the_doctor_one_waited_for(text: str, lang: str) -> None:
    assert read(text, lang) == {("waiting", "negative")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We waited 3 hours for the doctor!!! Terrible.", "en"),
        ("Czekaliśmy na lekarza 3 godziny!!! Okropne.", "pl"),
        ("Ждали врача 3 часа!!! Ужасно.", "ru"),
        ("Чекали лікаря 3 години!!! Жахливо.", "uk"),
    ],
)
def test_a_word_of_anger_after_a_long_wait_still_blames_the_wait(text: str, lang: str) -> None:
    # the monthly report quoted "Ужасно" as a complaint about the doctor
    assert read(text, lang) == {("waiting", "negative")}


def test_a_word_after_a_long_wait_keeps_what_else_the_sentence_named() -> None:
    assert read("No parking anywhere nearby and then I waited an hour. Avoid.", "en") == {
        ("waiting", "negative"),
        ("access", "negative"),
    }


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            (
                "The doctor explained everything. Wonderful.",
                "en",
                {("communication", "positive"), ("doctor", "positive")},
            ),
            (
                "Godzina spóźnienia lekarza i zero przeprosin. Do tego był niemiły.",
                "pl",
                {("waiting", "negative"), ("doctor", "negative")},
            ),
        ]
    ),
)
def test_a_sentence_after_one_that_names_a_person_still_judges_the_person(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang", "polarity"),
    [
        ("They misdiagnosed my son twice.", "en", "negative"),
        ("Postawiono błędną diagnozę.", "pl", "negative"),
        ("Мне поставили неверный диагноз.", "ru", "negative"),
        ("Мені поставили не той діагноз.", "uk", "negative"),
        ("我被误诊了。", "zh", "negative"),
        ("W końcu trafna diagnoza.", "pl", "positive"),
        ("Наконец точный диагноз.", "ru", "positive"),
        ("终于诊断出来了。", "zh", "positive"),
    ],
)
def test_a_diagnosis_judges_the_doctor_who_made_it_as_well_as_the_outcome(
    text: str, lang: str, polarity: str
) -> None:
    assert read(text, lang) == {("outcome", polarity), ("doctor", polarity)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The birth went smoothly and the midwives were lovely.", "en"),
        ("Poród przebiegł bez komplikacji, położne cudowne.", "pl"),
        ("Роды прошли легко, акушерки замечательные.", "ru"),
        ("Пологи пройшли легко, акушерки чудові.", "uk"),
        ("顺产很顺利，助产士特别好。", "zh"),
    ],
)
def test_a_birth_that_went_well_is_a_good_outcome(text: str, lang: str) -> None:
    assert read(text, lang) == {("outcome", "positive"), ("nurse", "positive")}


def test_a_date_of_birth_is_not_a_birth() -> None:
    assert read("They asked for my date of birth three times.", "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The GP said it was nothing, two days later I ended up in hospital.", "en"),
        ("Lekarz powiedział, że to nic takiego, a tydzień później wylądowałam w szpitalu.", "pl"),
        ("Терапевт сказал, что ничего страшного, а через два дня я попала в больницу.", "ru"),
        ("Терапевт сказав, що нічого страшного, а через два дні я потрапила до лікарні.", "uk"),
        ("医生说没事，过了两天就住进医院了。", "zh"),
    ],
)
def test_ending_up_in_hospital_after_being_told_it_was_nothing_blames_the_care(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert {("outcome", "negative"), ("doctor", "negative")} <= found
    assert not {pair for pair in found if pair[1] == "positive"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Администратор просто проигнорировала меня.", "ru", ("reception", "negative")),
        ("Адміністраторка просто мене проігнорувала.", "uk", ("reception", "negative")),
        ("Я была в ярости, когда пришла медсестра.", "ru", ("nurse", "negative")),
        ("Я була в люті, коли прийшла медсестра.", "uk", ("nurse", "negative")),
        ("I was relieved when the nurse came in.", "en", ("nurse", "positive")),
        ("Ulżyło mi, gdy przyszła pielęgniarka.", "pl", ("nurse", "positive")),
        ("Я зраділа, коли прийшла медсестра.", "uk", ("nurse", "positive")),
        ("Nobody rang me back.", "en", ("communication", "negative")),
        ("Nikt nie oddzwonił.", "pl", ("communication", "negative")),
    ],
)
def test_the_patients_feelings_and_being_ignored_or_rung_back_judge(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert read(text, lang) == {expected}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The surgeon spent a lot of time with me going through the treatment plan.", "en"),
        ("Lekarka poświęciła mi dużo czasu i omówiła plan leczenia.", "pl"),
        ("Врач уделил мне много времени и объяснил план лечения.", "ru"),
        ("Лікарка приділила мені багато часу і пояснила план лікування.", "uk"),
        ("医生花了很多时间跟我讲治疗方案。", "zh"),
    ],
)
def test_time_given_to_the_patient_credits_the_doctor_and_a_plan_is_not_an_outcome(
    text: str, lang: str
) -> None:
    # "花了" (spent) is not a price either
    found = read(text, lang)
    assert ("doctor", "positive") in found
    assert {aspect for aspect, _ in found} <= {"doctor", "communication"}
    assert not {pair for pair in found if pair[1] == "negative"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist said there were no appointments for a month.", "en"),
        ("W rejestracji powiedzieli, że brak wolnych terminów do marca.", "pl"),
        ("В регистратуре сказали, что нет записи до марта.", "ru"),
        ("У реєстратурі сказали, що немає запису до березня.", "uk"),
        ("网上挂不上号，电话也打不通。", "zh"),
    ],
)
def test_no_appointment_to_be_had_is_a_complaint_about_booking(text: str, lang: str) -> None:
    assert ("scheduling", "negative") in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Никто не смог ответить на мой вопрос.", "ru"),
        ("Ніхто не зміг відповісти на моє питання.", "uk"),
        ("问什么时候出结果，没有人能说清楚。", "zh"),
    ],
)
def test_nobody_able_to_answer_is_a_complaint_about_communication(text: str, lang: str) -> None:
    # "结果" of tests is no "as it turned out": the clause is not cut there
    assert read(text, lang) == {("communication", "negative")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The eczema cleared up within a week.", "en"),
        ("Po drugiej wizycie ból minął.", "pl"),
        ("После второго сеанса боль прошла.", "ru"),
        ("Після другого сеансу біль минув.", "uk"),
        ("打了两次针就痊愈了。", "zh"),
    ],
)
def test_a_complaint_that_went_away_is_a_good_outcome(text: str, lang: str) -> None:
    assert read(text, lang) == {("outcome", "positive")}


def test_a_week_that_passed_is_no_outcome() -> None:
    assert read("Minął tydzień i nikt nie oddzwonił.", "pl") == {("communication", "negative")}


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            # "fee*" took "feel" for a fee, "price*" "priceless", "facilit*" a "facilitator"
            ("I feel the nurses were wonderful.", "en", {("nurse", "positive")}),
            (
                "The group facilitator was lovely and the advice was priceless.",
                "en",
                {("communication", "positive")},
            ),
            # "odpowiedzia*" (answered) took "odpowiedzialny" (responsible)
            ("Bardzo odpowiedzialny i miły lekarz.", "pl", {("doctor", "positive")}),
            # "спас*" (saved) took "спасибо" (thanks), "цен*" (price) "ценю" (I value)
            ("Спасибо доктору, очень ценю её внимание.", "ru", {("doctor", "positive")}),
            ("Дякую лікарці, дуже ціную її уважність.", "uk", {("doctor", "positive")}),
        ]
    ),
)
def test_a_stem_does_not_take_an_unrelated_word(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prescription written ("zapisała antybiotyk") is no booking; "pomógł" helped
        (
            "Lekarka zapisała antybiotyk, który szybko pomógł.",
            {("doctor", "positive"), ("outcome", "positive")},
        ),
        (
            "Pani z rejestracji zapisała mnie na jutro, bardzo miła.",
            {("reception", "positive"), ("scheduling", "positive")},
        ),
        ("Zapisałam się przez internet bez problemu.", {("scheduling", "positive")}),
    ],
)
def test_polish_booking_is_told_apart_from_a_prescription(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "pl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # walk 13: the inbox said "Czas oczekiwania: skarga" and the draft apologised for a wait
        (
            "Nie ma windy, tata musiał wchodzić pieszo na trzecie piętro. Wszędzie kurz, "
            "a w poczekalni przepełniony kosz.",
            {("access", "negative"), ("facilities", "negative")},
        ),
        ("W poczekalni przepełniony kosz.", {("facilities", "negative")}),
        ("Smród w toalecie, na ścianie pleśń.", {("facilities", "negative")}),
        ("Winda nie działała, musiałam iść po schodach.", {("access", "negative")}),
        # the crowd and the wait stay a wait
        ("Przepełniona poczekalnia, czekałam dwie godziny.", {("waiting", "negative")}),
    ],
)
def test_polish_dirt_and_a_missing_lift_blame_the_premises_and_the_access_not_the_wait(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "pl") == expected
