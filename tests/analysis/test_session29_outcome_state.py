"""Outcome found where the patient's state after the care is told (issue 19, session 29, branch
aout29, probe42o): a baby born healthy, a relative who does again what the illness took, a
complication that only follows care (a dry socket, an infection after a removal), no
improvement at all, a treatment that did nothing for the complaint, a pain or a measure that
stays, help that lasted only days, a measure back up, a scar left rough, pigment left worse
than before, a change told after a relative clause of the body it is of; and no outcome where
the state is of something else: a treatment prescribed (the doctor's deed), a result still
awaited, the practice run better. Each review is written for the test, not copied from a row."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


def _outcomes(text: str, lang: str) -> set[str]:
    return {polarity for aspect, polarity in read(text, lang) if aspect == "outcome"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our twins were born healthy at 36 weeks.", "en"),
        ("Our daughter was born happy and healthy.", "en"),
        ("Сын родился здоровым, хоть и раньше срока.", "ru"),
        ("В роддоме родила здоровую дочку.", "ru"),
        ("Бабушка после реабилитации уже сама держит чашку.", "ru"),
        ("Через неделю я как новенькая.", "ru"),
        ("Камни вышли за три дня.", "ru"),
        ("Синочок народився здоровим, 3500.", "uk"),
        ("У цьому пологовому народила здорову доньку.", "uk"),
        ("Дідусь після курсу вже сам тримає чашку.", "uk"),
        ("Феритин підвищився за місяць з 9 до 40.", "uk"),
        ("Три тижні вправ дали результат.", "uk"),
        ("Synek urodził się zdrowy, 10 punktów.", "pl"),
        ("Urodziłam zdrową córeczkę.", "pl"),
        ("Po roku wyniki morfologii w normie.", "pl"),
        ("Po dwóch miesiącach ćwiczeń ramię w końcu się unosi.", "pl"),
        ("女儿平安出生，七斤二两。", "zh"),
        ("母女平安，谢谢产科的医生护士。", "zh"),
    ],
)
def test_a_state_after_the_care_credits_the_outcome(text: str, lang: str) -> None:
    assert _outcomes(text, lang) == {POS}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ended the week with a dry socket and no sleep.", "en"),
        ("Got an infection after the stitches came out.", "en"),
        ("Six sessions and zero improvement.", "en"),
        ("The drops did nothing for my son's eyes.", "en"),
        ("A year on, he still can't grip a cup.", "en"),
        ("После удаления восьмёрки начался альвеолит.", "ru"),
        ("После пломбирования зуба появился отёк.", "ru"),
        ("Месяц прошёл, а всё ещё ноет.", "ru"),
        ("Давление так и скачет после новых таблеток.", "ru"),
        ("Мазь помогла только на пару дней.", "ru"),
        ("Через два дні почався альвеоліт.", "uk"),
        ("Спина болить далі, хоч пройшла весь курс.", "uk"),
        ("Краплі допомогли лише на кілька днів.", "uk"),
        ("Рубець після кесаревого лишився широкий.", "uk"),
        ("Po ekstrakcji suchy zębodół i tydzień bólu.", "pl"),
        ("Krem pomógł tylko na kilka dni.", "pl"),
        ("Została gruba blizna.", "pl"),
        ("祛斑做完留下了色素沉着。", "zh"),
        ("打完针比之前还疼。", "zh"),
        ("种的牙两个月就松了。医生人很好。", "zh"),
    ],
)
def test_a_state_after_the_care_blames_the_outcome(text: str, lang: str) -> None:
    assert NEG in _outcomes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач внимательный, назначил лечение и анализы.", "ru"),
        ("Неврологиня уважна, підібрала лікування.", "uk"),
        ("Plan leczenia rozpisany, zobaczymy efekty.", "pl"),
        ("这家的流程安排得好多了，基本不用排队。", "zh"),
    ],
)
def test_a_state_of_something_else_is_no_outcome(text: str, lang: str) -> None:
    assert _outcomes(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "polarity"),
    [
        ("Коронка, которую ставили в прошлом году, треснула.", "ru", NEG),
        ("Пломба, яку поставили в березні, випала.", "uk", NEG),
        ("Набряк, з яким я ходила два місяці, зійшов за тиждень.", "uk", POS),
        ("Plomba, którą założyłam w marcu, wypadła po tygodniu.", "pl", NEG),
    ],
)
def test_a_change_after_a_relative_clause_is_of_the_body_before_it(
    text: str, lang: str, polarity: str
) -> None:
    # "Зуб, который лечили в марте, до сих пор ноет": the commas of the relative clause put
    # the body two clauses before its change (aspects.RELATIVE)
    assert _outcomes(text, lang) == {polarity}


def test_a_state_in_a_review_the_way_it_is_used() -> None:
    # the birth praised beside the ward's complaint: a mixed review with both chips
    text = "Дочка народилася здоровою. Але в палаті було холодно і брудно."
    assert ("outcome", POS) in read(text, "uk")
    assert verdict(text, "uk") == "mixed"
    # the help that did not last, beside a kind doctor: mixed, not praise
    text = "Лікарка дуже приємна. Але мазь допомогла лише на тиждень, висип знову є."
    assert ("outcome", NEG) in read(text, "uk")
    assert verdict(text, "uk") == "mixed"
