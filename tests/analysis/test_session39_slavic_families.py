"""Session 39 (aspslav39, issue 19, probe51): Russian, Ukrainian and Polish reviews whose
complaint is told by a family of words the readings missed. An hour told by its word ("пришли
к девяти, приняли в половине первого", "о пів на першу", "o wpół do pierwszej") reads as its
digits; a card or referral lost and a phone nobody answers are the front desk's; prices raised
in either order; a doctor who showed the patient out; money taken twice; a scar or a crown
praised as unseen or as one's own ("шов почти незаметен", "не відрізнити від свого зуба", "jak
naturalne"). The sentences are not probe51's rows nor the tuning rows; each complaint and
result below was missed on the code before the session but the lost card (ru, uk), the
Ukrainian money taken twice and the doctors who showed the patient out (read already from
their other words: kept as checks); the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import SLAVIC_PRAISE, read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings_beside

PRAISE = SLAVIC_PRAISE

# (language, text, the aspect blamed): a complaint beside the same praise of the doctor
COMPLAINTS = [
    ("ru", "Записали на восемь, приняли в половине одиннадцатого.", "waiting"),
    ("ru", "Пришли к десяти, зашли только в двенадцать.", "waiting"),
    ("uk", "Записали на восьму, прийняли о десятій.", "waiting"),
    ("uk", "Прийшли на дев'яту, а зайшли о пів на дванадцяту.", "waiting"),
    ("pl", "Byłam zapisana na ósmą, weszłam o wpół do jedenastej.", "waiting"),
    ("ru", "Регистратура опять потеряла мою медкарту.", "reception"),
    ("uk", "У реєстратурі вдруге загубили моє направлення.", "reception"),
    ("ru", "Телефон никто не берёт, приходится ехать лично.", "reception"),
    ("uk", "На дзвінки ніхто не відповідає, доводиться їхати особисто.", "reception"),
    ("ru", "Цены опять подняли, теперь приём 4000.", "price"),
    ("uk", "Ціни підняли вже вдруге за рік.", "price"),
    ("pl", "Ceny znowu podnieśli, teraz wizyta 300 zł.", "price"),
    ("uk", "З картки зняли двічі, досі чекаю повернення.", "price"),
    ("pl", "Pobrali z karty dwa razy, czekam na zwrot.", "price"),
]


@pytest.mark.parametrize("reading", readings_beside(COMPLAINTS, PRAISE, "negative"))
def test_a_complaint_told_by_its_family_blames_its_aspect(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", among=True)


# (language, text): a doctor who showed the patient out, in a complaint alone
SHOWN_OUT = [
    ("ru", "Терапевт выпроводил меня через три минуты."),
    ("uk", "Терапевтка випровадила нас за три хвилини."),
    ("pl", "Internista wyprosił mnie po trzech minutach."),
]


@pytest.mark.parametrize(("lang", "text"), SHOWN_OUT)
def test_a_doctor_who_showed_the_patient_out_is_blamed(lang: str, text: str) -> None:
    assert ("doctor", "negative") in read(text, lang)
    assert verdict(text, lang) == "negative"


# (language, text): hours told by words on time, a card found, prices kept: no complaint
CONTROLS = [
    ("ru", "Записали на десять, в десять уже была в кабинете."),
    ("uk", "Записали на дев'яту, о дев'ятій уже була в кабінеті."),
    ("pl", "Byłam zapisana na dziewiątą, o dziewiątej weszłam do gabinetu."),
    ("ru", "Цены не подняли, хотя все вокруг подорожали."),
]


@pytest.mark.parametrize(("lang", "text"), CONTROLS)
def test_the_same_words_without_the_complaint_stay_praise(lang: str, text: str) -> None:
    review = text + PRAISE[lang]
    assert not any(polarity == "negative" for _, polarity in read(review, lang))
    assert verdict(review, lang) == "positive"


BLAME = {
    "ru": " Но администратор нагрубила.",
    "uk": " Але адміністраторка нагрубила.",
    "pl": " Ale recepcjonistka była niemiła.",
}

# (language, text, the aspect praised): a result named by what the care left, praised as unseen
# or as one's own
RESULTS_PRAISED = [
    ("ru", "После операции рубец почти незаметный.", "outcome"),
    ("ru", "Виниры как настоящие.", "outcome"),
    ("uk", "Після операції шрам майже непомітний.", "outcome"),
    ("uk", "Імплант не відрізнити від свого зуба.", "outcome"),
    ("pl", "Licówki jak naturalne.", "outcome"),
    ("pl", "Korona nie do odróżnienia od własnego zęba.", "outcome"),
]


@pytest.mark.parametrize("reading", readings_beside(RESULTS_PRAISED, BLAME, "positive"))
def test_a_result_praised_as_unseen_or_ones_own_is_the_outcome(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", among=True)
