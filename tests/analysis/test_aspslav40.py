"""Session 40 (aspslav40, issue 19, probe53): Russian, Ukrainian and Polish families the
readings missed. Getting through to the desk told as a miracle is sarcasm about the desk
("дозвониться ... это чудо", "додзвонитися ... це диво", "dodzwonić się ... to cud"); a sign or
a ramp missing in every word order; a price told as "słono" (also typed "slono"); the sight or
hearing back told as a body fact (glasses thrown away, "вижу на единицу", "чую як раніше"); a
needle put in "так, что я даже не заметила"; results rung through late. The sentences are new,
not probe53's rows nor the tuning rows; the controls keep a miracle doctor praised.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import SLAVIC_PRAISE, verdict
from tests.analysis.probe_readings import (
    Reading,
    check_reading,
    readings,
    readings_beside,
)

PRAISE = SLAVIC_PRAISE

# (language, text, the aspect blamed): a complaint beside the same praise of the doctor
COMPLAINTS = [
    ("ru", "Дозвониться до администратора — это просто чудо.", "reception"),
    ("ru", "Дозвониться туда это настоящее чудо.", "reception"),
    ("uk", "Додзвонитися до рецепції — справжнє диво.", "reception"),
    ("uk", "Достукатися до адміністраторки це просто диво.", "reception"),
    ("pl", "Dodzwonić się do przychodni to istny cud.", "reception"),
    ("pl", "Dodzwonienie się tam to prawdziwy cud.", "reception"),
    ("ru", "Указателей вообще нет, блуждали по двору.", "access"),
    ("ru", "Нет даже пандуса для колясок.", "access"),
    ("uk", "Таблички взагалі нема, вхід не знайти.", "access"),
    ("uk", "Ніякого пандуса, з візочком ніяк.", "access"),
    ("pl", "Tabliczki w ogóle nie ma, szukaliśmy wejścia.", "access"),
    ("pl", "Żadnego drogowskazu na parkingu.", "access"),
    ("pl", "Zapłaciłem słono za samo USG.", "price"),
    ("pl", "Cennik slony jak na taka mala przychodnie.", "price"),
    ("ru", "Позвонили с анализами только через месяц.", "communication"),
    ("uk", "Зателефонували з аналізами аж через місяць.", "communication"),
]


@pytest.mark.parametrize("reading", readings_beside(COMPLAINTS, PRAISE, "negative"))
def test_a_complaint_told_by_its_family_blames_its_aspect(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", among=True)


BLAME = {
    "ru": " Но в регистратуре нахамили.",
    "uk": " Але в реєстратурі нахамили.",
    "pl": " Ale w rejestracji byli niegrzeczni.",
}

# (language, text, the aspect praised): praise told as a fact, beside the same complaint
PRAISES = [
    ("ru", "После операции выбросил очки, вижу на сто процентов.", "outcome"),
    ("ru", "После курса сплю теперь нормально.", "outcome"),
    ("uk", "Після корекції окуляри викинув.", "outcome"),
    ("uk", "Після лікування чую як раніше.", "outcome"),
    ("pl", "Po operacji wyrzuciłem okulary.", "outcome"),
    ("pl", "Po leczeniu słyszę jak dawniej.", "outcome"),
    ("ru", "Медсестра брала кровь так, что я и не почувствовал.", "nurse"),
    ("uk", "Медсестра ставила крапельницю так, що я її навіть не помітив.", "nurse"),
    ("pl", "Pielęgniarka pobrała krew tak, że w ogóle nie poczułem.", "nurse"),
]


@pytest.mark.parametrize("reading", readings_beside(PRAISES, BLAME, "positive"))
def test_praise_told_as_a_fact_is_read_beside_a_complaint(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", among=True)


# (text, language, what it reads): a doctor called a miracle is still praise (controls)
MIRACLES = [
    ("Наш педиатр — это просто чудо!", "ru", {("doctor", "positive")}),
    ("Наша педіатриня — справжнє диво!", "uk", {("doctor", "positive")}),
]


@pytest.mark.parametrize("reading", readings(MIRACLES))
def test_a_miracle_doctor_is_praise(reading: Reading) -> None:
    check_reading(reading, sentiment="positive", among=True)


# (language, text, the aspect blamed): "cheap" denied, in every order, beside the same praise
# of the doctor; the price is blamed and not praised
CHEAP_DENIED = [
    ("ru", "Дёшево не вышло, почти десять тысяч.", "price"),
    ("ru", "Клиника недешёвая, это да.", "price"),
    ("ru", "Дешёвым это удовольствие не назовёшь.", "price"),
    ("uk", "Дешево не вийшло, майже три тисячі.", "price"),
    ("uk", "Клініка недешева, це так.", "price"),
    ("pl", "Tanio to nie było, prawie tysiąc złotych.", "price"),
    ("pl", "Cennik nie należy do najtańszych.", "price"),
]


@pytest.mark.parametrize("reading", readings_beside(CHEAP_DENIED, PRAISE, "negative"))
def test_cheap_denied_blames_the_price(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", named_only=True)


# (language, text): loyalty told as a fact beside one complaint of the desk
LOYAL = [
    ("ru", "Стоматолог лечит всю семью восемь лет, никуда не пойдём. Только в регистратуре хамят."),
    (
        "uk",
        "Стоматологиня лікує всю родину вісім років, нікуди не перейдемо."
        " Тільки в реєстратурі хамлять.",
    ),
    (
        "pl",
        "Stomatolożka leczy całą rodzinę od ośmiu lat, nigdzie się nie wybieramy."
        " Tylko w rejestracji są niegrzeczni.",
    ),
    ("pl", "Pielęgniarka w gabinecie zabiegowym przekochana. Tylko w rejestracji są niegrzeczni."),
]


@pytest.mark.parametrize(("lang", "text"), LOYAL)
def test_loyalty_or_prze_kindness_is_praise_beside_a_complaint(lang: str, text: str) -> None:
    assert verdict(text, lang) == "mixed"
