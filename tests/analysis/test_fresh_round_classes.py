"""The classes the second fresh round of labelled reviews (fresh2) found missing, each in every
language where it applies, told in new words: what a practice sees on a review's aspects and
its verdict."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Six sessions later my shoulder is still the same.", "en"),
        ("Колено как болело, так и болит.", "ru"),
        ("Спина як боліла, так і болить.", "uk"),
        ("Ból jak był, tak jest.", "pl"),
        ("吃了一周的药，咳嗽一点没好。", "zh"),
    ],
)
def test_a_condition_unchanged_after_treatment_blames_the_outcome(text: str, lang: str) -> None:
    assert ("outcome", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("После курса уколов спина больше не болит.", "ru"),
        ("Після лікування коліно більше не болить.", "uk"),
        ("Po tygodniu maści wysypka zniknęła.", "pl"),
        ("吃了药第二天烧退了。", "zh"),
    ],
)
def test_a_symptom_gone_credits_the_outcome(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No one returns calls at this surgery.", "en"),
        ("Никто не перезванивает, хотя обещали.", "ru"),
        ("Nikt nie oddzwania w sprawie wyników.", "pl"),
    ],
)
def test_calls_never_returned_are_a_communication_complaint(text: str, lang: str) -> None:
    assert read(text, lang) >= {("communication", NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # results promised and never sent: no judging word anywhere
        ("Результати мали надіслати за три дні. Минуло два тижні.", "uk"),
        ("Wyniki miały być po tygodniu. Minął miesiąc, nikt nie oddzwania.", "pl"),
    ],
)
def test_a_complaint_told_without_judging_words_is_negative(text: str, lang: str) -> None:
    assert ("communication", NEG) in read(text, lang)
    assert verdict(text, lang) == NEG


def test_an_outcome_told_without_judging_words_stays_the_illnesss_course() -> None:
    assert verdict("Mama straciła przytomność i trafiła do szpitala.", "pl") == "neutral"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Honestly daylight robbery for a ten minute chat.", "en"),
        ("За год цены выросли вдвое.", "ru"),
        ("Ціни зросли вдвічі за рік.", "uk"),
        ("W tym roku podnieśli ceny o połowę.", "pl"),
    ],
)
def test_a_price_rise_or_a_price_called_theft_blames_the_price(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The earliest appointment was six weeks out.", "en"),
        ("К кардиологу записали только через месяц.", "ru"),
        ("Записів немає на місяць вперед.", "uk"),
    ],
)
def test_an_appointment_only_weeks_away_blames_the_scheduling(text: str, lang: str) -> None:
    assert ("scheduling", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Администратор выкроила мне время в тот же день.", "ru"),
        ("前台小姐姐帮我加了个号。", "zh"),
    ],
)
def test_a_slot_found_the_same_day_credits_the_scheduling(text: str, lang: str) -> None:
    assert ("scheduling", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was on his phone while I talked.", "en"),
        ("Врач сидел в телефоне, пока я рассказывала.", "ru"),
        ("Лікар дивився в телефон, поки я говорила.", "uk"),
        ("Lekarz siedział w telefonie, kiedy mówiłam.", "pl"),
        ("医生一直在看手机。", "zh"),
    ],
)
def test_a_doctor_on_the_phone_is_blamed_and_the_review_is_negative(text: str, lang: str) -> None:
    assert ("doctor", NEG) in read(text, lang)
    assert verdict(text, lang) == NEG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Не могу сказать, что врач был внимательным.", "ru"),
        ("Не можу сказати, що лікарка була уважною.", "uk"),
        ("Nie mogę powiedzieć, żeby lekarz był uprzejmy.", "pl"),
    ],
)
def test_praise_after_i_cannot_say_that_is_denied(text: str, lang: str) -> None:
    assert read(text, lang) == {("doctor", NEG)}
    assert verdict(text, lang) == NEG


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Елена Сергеевна всё подробно объяснила.", "ru", ("doctor", POS)),
        ("Дуже вдячна Оксані Іванівні, така уважна!", "uk", ("doctor", POS)),
        ("Виктор Петрович даже не поздоровался, хамство.", "ru", ("doctor", NEG)),
    ],
)
def test_a_first_name_and_patronymic_name_the_doctor(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, lang)


def test_a_receptionist_named_with_her_patronymic_is_not_the_doctor() -> None:
    assert read("Администратор Марина Ивановна нагрубила.", "ru") == {("reception", NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Адміністраторка допомогла заповнити анкету, дуже приємна.", "uk"),
        ("Recepcjonistka pomogła wypełnić ankietę, bardzo miła.", "pl"),
    ],
)
def test_help_with_the_paperwork_is_not_a_treatment_outcome(text: str, lang: str) -> None:
    assert read(text, lang) == {("reception", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Диагноз поставили правильно с первого раза.", "ru"),
        ("Правильний діагноз з першого візиту.", "uk"),
        ("诊断很准，一次就查出来了。", "zh"),
    ],
)
def test_a_right_diagnosis_credits_the_outcome(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lekarz wszystko rozpisał na kartce.", "pl"),
        ("医生把用法都写在纸上了。", "zh"),
        ("The GP wrote it all down for me.", "en"),
    ],
)
def test_instructions_written_down_credit_the_communication(text: str, lang: str) -> None:
    assert ("communication", POS) in read(text, lang)


def test_the_dental_assistant_is_the_nurses_aspect() -> None:
    assert read("The dental assistant was gentle with my son.", "en") == {("nurse", POS)}


def test_a_long_queue_in_chinese_told_by_its_hours_blames_the_wait() -> None:
    assert ("waiting", NEG) in read("说是随到随看，结果排了三个小时。", "zh")


def test_a_hall_without_a_seat_blames_the_premises() -> None:
    assert ("facilities", NEG) in read("大厅里连个座位都没有。", "zh")


@pytest.mark.parametrize(
    "text",
    [
        "Been with this practice for years and never once had a bad visit.",
        "I cannot recommend this clinic enough.",
    ],
)
def test_english_praise_through_a_negation_is_positive(text: str) -> None:
    assert verdict(text, "en") == POS


def test_a_screen_watched_the_whole_appointment_does_not_blame_the_booking() -> None:
    assert read("The doctor barely looked up from his screen the whole appointment.", "en") == {
        ("doctor", NEG)
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # English has no irony words: the sarcasm is in "never would have thought" alone
        ("Paid 90 pounds to hear it's a virus. Never would have thought of that.", "en"),
        ("Заплатил 2000, чтобы услышать «пройдёт само». Гениально, сам бы не догадался.", "ru"),
        ("Віддала 700 грн, щоб почути «це вік». Геніально, сама б не здогадалася.", "uk"),
        ("150 zł, żeby usłyszeć „to minie”. Genialne, sam bym na to nie wpadł.", "pl"),
    ],
)
def test_sarcastic_praise_of_advice_paid_for_is_a_complaint(text: str, lang: str) -> None:
    assert verdict(text, lang) == NEG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач был совершенно не заинтересован в моей проблеме.", "ru"),
        ("Лікар був зовсім не зацікавлений у моїй проблемі.", "uk"),
    ],
)
def test_a_doctor_not_interested_is_blamed(text: str, lang: str) -> None:
    assert ("doctor", NEG) in read(text, lang)


def test_a_waiting_room_that_smells_of_damp_blames_the_premises() -> None:
    assert read("The waiting room smelled of damp and mould.", "en") == {("facilities", NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We waited over an hour, even though we had an appointment.", "en"),
        ("Czekaliśmy ponad godzinę, mimo że byliśmy umówieni.", "pl"),
        ("Ждали больше часа, хотя были записаны.", "ru"),
        ("Чекали понад годину, хоча були записані.", "uk"),
        ("等了一个多小时，虽然我们是预约的。", "zh"),
    ],
)
def test_a_concession_after_a_complaint_praises_nothing(text: str, lang: str) -> None:
    assert read(text, lang) == {("waiting", NEG)}


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        ("Лечение помогло, хотя цены у них...", "ru", "price"),
        ("The treatment was excellent, although the parking...", "en", "access"),
        ("Lekarz super, choć ceny...", "pl", "price"),
    ],
)
def test_a_concession_after_praise_is_still_the_reservation(
    text: str, lang: str, blamed: str
) -> None:
    assert (blamed, NEG) in read(text, lang)


def test_love_that_for_me_after_a_long_booking_is_sarcasm() -> None:
    text = "Took five weeks to get an appointment. Love that for me."
    assert read(text, "en") == {("scheduling", NEG)}
    assert verdict(text, "en") == NEG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Адміністраторка допомогла записатися онлайн, дуже приємно.", "uk"),
        ("Recepcjonistka pomogła mi się zapisać, bardzo miła.", "pl"),
    ],
)
def test_help_to_book_credits_the_booking_not_the_treatment(text: str, lang: str) -> None:
    assert read(text, lang) == {("reception", POS), ("scheduling", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Walked in with a fever and was seen within ten minutes.", "en"),
        ("Пришла с температурой, приняли минут через 10.", "ru"),
        ("Прийшла з температурою, прийняли через 10 хвилин.", "uk"),
        ("Przyszłam z gorączką, przyjęła mnie po 10 minutach.", "pl"),
    ],
)
def test_a_visit_within_minutes_credits_the_wait(text: str, lang: str) -> None:
    assert ("waiting", POS) in read(text, lang)
