"""Round twenty-nine (issue 19, branch asp30): aspects a review names without their usual word.

The blind sets' commonest error after the outcome and the information is a labelled aspect not
found at all: the doctor named by a speciality's short form or a first name, the price by the
insurance or a bill beyond it, the front desk by who sits there, the booking by when it was
had, the wait by how long the patient sat. Each review is read as an import reads it (the
pipeline, rules only); the "must stay" look-alikes name nothing new.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review

NEG, POS = "negative", "positive"
DOC, NURSE, REC, WAIT, SCHED, PRICE = (
    "doctor",
    "nurse",
    "reception",
    "waiting",
    "scheduling",
    "price",
)


def chips(text: str, lang: str) -> set[tuple[str, str]]:
    """The review's aspect chips, (aspect, polarity), as the review pane shows them."""
    review = Review(
        source_id=1,
        external_id="r29",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        text=text,
    )
    analysis = analyse_review(review, fallback_language=lang, learned=False)
    return {(o.aspect.value, o.polarity.value) for o in analysis.aspects}


FOUND = [
    # the professional by a short or compound name of the speciality, or a first name
    ("Ortho was so gentle with my son.", "en", (DOC, POS)),
    ("The neurosurgeon was brilliant and calm.", "en", (DOC, POS)),
    ("Our provider is amazing, never rushes us.", "en", (DOC, POS)),
    ("Pani Ewa to bardzo ciepła i cierpliwa osoba.", "pl", (DOC, POS)),
    ("Polecam Pana Tomasza, bardzo dokładny.", "pl", (DOC, POS)),
    ("Эндокринолог знает своё дело.", "ru", (DOC, POS)),
    ("Ендокринолог знає свою справу.", "uk", (DOC, POS)),
    ("Пані Оксана дуже уважна і терпляча.", "uk", (DOC, POS)),
    # the front desk by who sits there, or by the short word
    ("The girl at check-in ignored me.", "en", (REC, NEG)),
    ("The lady in the window was rude.", "en", (REC, NEG)),
    ("挂号的小姑娘很凶。", "zh", (REC, NEG)),
    ("收费的阿姨态度很差。", "zh", (REC, NEG)),
    ("给我登记的小姑娘很耐心。", "zh", (REC, POS)),
    ("The lady who booked me in was lovely.", "en", (REC, POS)),
    ("Девушка, которая записывала, нахамила.", "ru", (REC, NEG)),
    ("По телефону ответили грубо.", "ru", (REC, NEG)),
    ("По телефону відповіли грубо.", "uk", (REC, NEG)),
    ("Pani, która mnie zapisywała, była niemiła.", "pl", (REC, NEG)),
    ("The scheduler was rude to my mother.", "en", (REC, NEG)),
    ("Девушка на стойке была очень вежлива.", "ru", (REC, POS)),
    ("Адмін грубо відповіла по телефону.", "uk", (REC, NEG)),
    ("Адміністраторка говорила так, ніби я їй заважаю.", "uk", (REC, NEG)),
    ("Администратор разговаривала так, будто я ей мешаю.", "ru", (REC, NEG)),
    # the price by the insurance, a bill beyond it, or slang
    ("They overcharged me for a simple dressing.", "en", (PRICE, NEG)),
    ("They don't take my insurance any more.", "en", (PRICE, NEG)),
    ("Very reasonably priced for a private clinic.", "en", (PRICE, POS)),
    ("Страховка не покрыла УЗИ.", "ru", (PRICE, NEG)),
    ("Страховка не покрила УЗД, довелося платити самій.", "uk", (PRICE, NEG)),
    ("Ceny z kosmosu.", "pl", (PRICE, NEG)),
    ("Cena nieadekwatna do jakości.", "pl", (PRICE, NEG)),
    ("Przepłaciłam za wszystko.", "pl", (PRICE, NEG)),
    ("Цена не соответствует качеству.", "ru", (PRICE, NEG)),
    ("Ціна не відповідає якості.", "uk", (PRICE, NEG)),
    ("医保报销不了，全部自己出。", "zh", (PRICE, NEG)),
    ("一套做下来有点肉疼。", "zh", (PRICE, NEG)),
    # the booking by when it was had
    ("Got in the next day, which was a relief.", "en", (SCHED, POS)),
    ("Could not get an appointment for a month.", "en", (SCHED, NEG)),
    ("Next available appointment is in 6 weeks.", "en", (SCHED, NEG)),
    ("Booked out for weeks, as usual.", "en", (SCHED, NEG)),
    ("No availability for a month.", "en", (SCHED, NEG)),
    ("Записали на тот же день.", "ru", (SCHED, POS)),
    ("Нет свободных окон.", "ru", (SCHED, NEG)),
    ("Свободных окон нет на месяц вперёд.", "ru", (SCHED, NEG)),
    ("Nie da się zapisać.", "pl", (SCHED, NEG)),
    ("Terminy są bardzo odległe.", "pl", (SCHED, NEG)),
    ("号源很紧张。", "zh", (SCHED, NEG)),
    ("Талон только через месяц.", "ru", (SCHED, NEG)),
    ("Записали на той самий день.", "uk", (SCHED, POS)),
    ("Termin dostałam na następny dzień.", "pl", (SCHED, POS)),
    ("Wizyta dopiero za dwa miesiące.", "pl", (SCHED, NEG)),
    ("说号已经约到下个月了。", "zh", (SCHED, NEG)),
    ("当天就约上了。", "zh", (SCHED, POS)),
    ("临时改时间。", "zh", (SCHED, NEG)),
    # the wait by how long the patient sat, or until the name was called
    ("We sat for an hour past the appointment time.", "en", (WAIT, NEG)),
    ("Two hours before anyone called my name.", "en", (WAIT, NEG)),
    ("Półtorej godziny pod drzwiami.", "pl", (WAIT, NEG)),
    ("Wizyta opóźniona o 40 minut.", "pl", (WAIT, NEG)),
    ("На прийом зайшла без жодного очікування.", "uk", (WAIT, POS)),
    ("排了半天队才看上。", "zh", (WAIT, NEG)),
    ("到了马上就看了。", "zh", (WAIT, POS)),
    # ... or by the part of the day it took or that was lost
    ("Sat there half the day.", "en", (WAIT, NEG)),
    ("It took forever to be seen.", "en", (WAIT, NEG)),
    ("坐了一下午才看上。", "zh", (WAIT, NEG)),
    ("整整一天都耗在医院了。", "zh", (WAIT, NEG)),
    ("Straciłam pół dnia.", "pl", (WAIT, NEG)),
    ("Втратила пів дня.", "uk", (WAIT, NEG)),
    ("Потеряла полдня.", "ru", (WAIT, NEG)),
    # a person praised whom no role names, told by what they did to the patient
    ("The guy who stitched me up was brilliant.", "en", (DOC, POS)),
    ("Whoever I saw today was lovely.", "en", (DOC, POS)),
]


@pytest.mark.parametrize(("text", "lang", "chip"), FOUND)
def test_an_aspect_named_without_its_usual_word_gets_its_chip(
    text: str, lang: str, chip: tuple[str, str]
) -> None:
    assert chip in chips(text, lang)


STAY = [
    # an insurance provider is the price's, not a doctor
    ("My insurance provider was useless.", "en", DOC),
    # a call back the same evening is no booking
    ("The surgeon rang me back the same evening.", "en", SCHED),
    ("Oddzwania tego samego dnia i wszystko tłumaczy.", "pl", SCHED),
    # another clinic's slot "na jutro" is not this one's booking praised
    ("A tam miałabym termin na jutro.", "pl", SCHED),
    # the report looked at at once is no wait
    ("马上就看了报告。", "zh", WAIT),
    # many people registering are no front desk; "не відповідає" of a price is no call
    ("我挂号的人很多。", "zh", REC),
    ("Ціна не відповідає якості.", "uk", "communication"),
    # a doctor who answered on the phone is no front desk
    ("Врач по телефону ответил на все вопросы.", "ru", REC),
    ("Лікарка по телефону відповіла на всі питання.", "uk", REC),
    # a day on the road is no wait; a nurse who stitched is the nurse
    ("坐了一天的车。", "zh", WAIT),
    ("The nurse who stitched me up was lovely.", "en", DOC),
    # the treatment room as a place is not its nurse
    ("W gabinecie zabiegowym czysto.", "pl", NURSE),
]


@pytest.mark.parametrize(("text", "lang", "aspect"), STAY)
def test_look_alikes_do_not_name_the_aspect(text: str, lang: str, aspect: str) -> None:
    assert aspect not in {a for a, _ in chips(text, lang)}


def test_whoever_works_in_the_treatment_room_is_a_nurse_not_the_doctor() -> None:
    text = "Pani Ania z gabinetu zabiegowego to prawdziwy skarb."
    assert chips(text, "pl") == {(NURSE, POS)}
