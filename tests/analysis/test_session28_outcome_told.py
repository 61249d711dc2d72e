"""Outcome found where it is told and not where it isn't (issue 19, session 28, branch aout28):
the patient's health after the care told by what the patient or a relative does or is again
(recovered, back to a normal life, on their feet, a child that began to talk, sleeping the
night through, all well after the treatment), a pain still there; and no outcome where a
comparative is of a booking, a preference or the practice's order, or where the procedure
room names a nurse. Each review is written for the test, not copied from a row."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


def _outcomes(text: str, lang: str) -> set[str]:
    return {polarity for aspect, polarity in read(text, lang) if aspect == "outcome"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Після операції я повністю відновився.", "uk"),
        ("Після реабілітації повернулася до нормального життя.", "uk"),
        ("Мама вже сама встає з ліжка.", "uk"),
        ("Нарешті сплю всю ніч, дякую неврологу.", "uk"),
        ("Малий після занять почав говорити.", "uk"),
        ("Після курсу крапельниць все гаразд.", "uk"),
        ("Через три дні все пройшло.", "uk"),
        ("Все минуло без сліду.", "uk"),
        ("Цей лікар поставив мене на ноги за місяць.", "uk"),
        ("После операции я полностью восстановился.", "ru"),
        ("Вернулась к нормальной жизни после курса.", "ru"),
        ("Дочка после занятий начала говорить.", "ru"),
        ("Через три дня всё прошло.", "ru"),
        ("После лечения всё в порядке.", "ru"),
        ("Этот врач поставил папу на ноги.", "ru"),
        ("My son is talking in full sentences now.", "en"),
        ("I got my life back.", "en"),
        ("Mum is back on her feet after the hip operation.", "en"),
        ("Our little one took her first steps last week, thanks to the physio.", "en"),
        ("Po zabiegu znowu mogę chodzić.", "pl"),
        ("Teraz mogę spokojnie wchodzić po schodach.", "pl"),
        ("Syn po terapii zaczął mówić.", "pl"),
        ("Po rehabilitacji wróciłam do normalnego życia.", "pl"),
        ("现在又能跑步了。", "zh"),
        ("现在一觉睡到天亮。", "zh"),
        ("补的牙三年了一点问题都没有。", "zh"),
        ("Шов зажив дуже гарно.", "uk"),
        ("Гайморит як рукою зняло.", "uk"),
        ("Дитина перестала хворіти після курсу.", "uk"),
        ("Живу без болю вже рік.", "uk"),
        ("Донька нарешті здорова.", "uk"),
        ("Гайморит как рукой сняло.", "ru"),
        ("Наконец дышу носом.", "ru"),
        ("Дочка наконец здорова.", "ru"),
        ("Back playing football after the surgery.", "en"),
        ("My son hasn't been ill since.", "en"),
        ("My blood pressure is stable now.", "en"),
        ("Wreszcie oddycham przez nos.", "pl"),
        ("Córka w końcu jest zdrowa.", "pl"),
        ("终于能用鼻子呼吸了。", "zh"),
        ("孩子再也没生病。", "zh"),
        ("Аналізи після лікування прийшли в норму.", "uk"),
        ("Я знову відчуваю смак і запах.", "uk"),
        ("Дитина вже не кашляє.", "uk"),
        ("Гемоглобин поднялся до нормы.", "ru"),
        ("Снова чувствую вкус и запах.", "ru"),
        ("Wyniki po leczeniu wróciły do normy.", "pl"),
        ("Znowu czuję smak i zapach.", "pl"),
        ("Chodzę już bez kul.", "pl"),
        ("现在不用拄拐了。", "zh"),
    ],
)
def test_health_told_by_what_the_patient_does_again_credits_the_outcome(
    text: str, lang: str
) -> None:
    assert POS in _outcomes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Після пломби зуб досі ниє.", "uk"),
        ("После пломбы зуб всё ещё ноет.", "ru"),
        ("After the filling my tooth is still aching.", "en"),
        ("Ząb po leczeniu kanałowym boli do dziś.", "pl"),
        ("补完以后牙到现在还疼。", "zh"),
        ("Після чистки почали кровити ясна.", "uk"),
        ("Після уколу з'явилася шишка.", "uk"),
        ("После укола появилась шишка.", "ru"),
        ("Zero effect.", "en"),
        ("I ended up with an infection.", "en"),
        ("Po zabiegu pojawił się guz.", "pl"),
        ("Efektu zero.", "pl"),
        ("Стало ще гірше, ніж було.", "uk"),
    ],
)
def test_a_pain_still_there_or_harm_begun_after_the_care_blames_the_outcome(
    text: str, lang: str
) -> None:
    assert NEG in _outcomes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мне лучше подходят вечерние часы.", "ru"),
        ("Мені краще підходять вечірні години.", "uk"),
        ("Стало легче записаться через сайт.", "ru"),
        ("Стало легше записатися через сайт.", "uk"),
        ("Evening slots suit me better.", "en"),
        ("The place is much better organised than before.", "en"),
        ("Bardziej pasują mi godziny wieczorne.", "pl"),
        ("Медсестра на процедурах очень ласковая.", "ru"),
        ("Медсестра на процедурах дуже лагідна.", "uk"),
        ("Почала ходити до цієї клініки минулого року, лікарка чудова.", "uk"),
        ("Начала ходить в эту клинику в прошлом году, врач чудесная.", "ru"),
        ("Після застуди з'явився кашель, тому записалася до терапевтки.", "uk"),
        ("После простуды появился кашель, поэтому записалась к терапевту.", "ru"),
        ("Po przeziębieniu pojawił się kaszel, więc zapisałam się do internisty.", "pl"),
    ],
)
def test_a_booking_a_preference_a_visit_or_an_illness_before_the_care_is_no_outcome(
    text: str, lang: str
) -> None:
    assert not _outcomes(text, lang)


def test_the_booking_made_easier_credits_the_booking() -> None:
    assert ("scheduling", POS) in read("Стало легше записатися через сайт.", "uk")
    assert ("scheduling", POS) in read("Стало легче записаться через сайт.", "ru")


def test_the_procedure_rooms_nurse_is_praised_as_the_nurse() -> None:
    assert read("Медсестра на процедурах очень ласковая.", "ru") == {("nurse", POS)}


def test_a_child_that_began_to_talk_makes_a_review_with_a_long_wait_mixed() -> None:
    text = (
        "Логопед просто чарівниця, донька після курсу почала говорити. "
        "Але записатися до неї можна хіба через два місяці."
    )
    assert ("outcome", POS) in read(text, "uk")
    assert verdict(text, "uk") == "mixed"
