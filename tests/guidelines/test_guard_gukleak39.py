"""Session 39 (gukleak39): Ukrainian and Russian leaks of the blind set's kinds read by word family,
not by listed replies. Forty-seven Ukrainian probes of six kinds (a relative's care, a synonym of
a care word, a date in words, a billing synonym, a not-a-patient trap, a portal or a messenger)
were written before the tables were read; these are the ones main let through, with their
Russian twins and the replies for everyone that must stay clean: a relative recovering or
bearing up, money sent back told by its impersonal participle, a visit by "навідалися", an
electronic referral, the dispensary check-up, how late they came, and how long refunds take as
a rule. Each reply is judged as the editor judges it, after a plain review."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


# A relative recovering or bearing up, told in the indicative: the relative's health, whatever
# the order of "ваш" and the kin noun.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Бабуся ваша тримається молодцем, передавайте їй вітання від Ганни Петрівни."),
        ("uk", "Ваша мама вже одужує."),
        ("uk", "Ваш тато йде на поправку."),
        ("ru", "Бабушка ваша держится молодцом."),
        ("ru", "Ваш папа идёт на поправку."),
    ],
)
def test_a_relative_recovering_is_their_health(language: str, reply: str) -> None:
    assert "health_detail" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Після такої операції більшість пацієнтів одужують за тиждень."),
        ("uk", "Одужуйте швидше, а ми завжди поруч."),
        ("ru", "Большинство пациентов выздоравливают за неделю."),
    ],
)
def test_recovery_as_a_rule_or_a_wish_is_no_new_health(language: str, reply: str) -> None:
    assert "new_information" not in rules_of(reply, language)


# Money sent back, told by the impersonal participle ("повернуто", "зараховано") or the short
# one ("возвращены"): a deed done once, their money.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Ми перевірили: кошти за невикористаний абонемент повернуто."),
        ("uk", "Передоплату за УЗД зараховано."),
        ("ru", "Мы проверили: средства за неиспользованный абонемент возвращены."),
        ("ru", "Возвращена сумма за консультацию."),
    ],
)
def test_money_sent_back_by_a_participle_is_their_bill(language: str, reply: str) -> None:
    assert "billing" in rules_of(reply, language)


# How long refunds take as a rule, "we" in the imperfective present: a policy; the same words
# with "вам" or "вже" are their refund under way.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Повернення коштів за скасовані процедури оформлюємо протягом доби."),
        ("uk", "Кошти повертаємо впродовж трьох робочих днів."),
        ("ru", "Возврат средств оформляем в течение суток."),
    ],
)
def test_how_long_refunds_take_is_no_bill(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Повернення коштів вам оформлюємо протягом доби."),
        ("uk", "Повернення коштів уже оформлюємо."),
        ("ru", "Возврат средств вам оформляем в течение суток."),
    ],
)
def test_their_refund_under_way_is_their_bill(language: str, reply: str) -> None:
    assert "billing" in rules_of(reply, language)


# A visit told by another verb of coming, a check-up by its other name, a referral by its
# electronic compound, how late they came: they were at the practice.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Дякуємо, що навідалися до нас у вівторок."),
        ("uk", "Дякуємо, що заїхали до нас після роботи."),
        ("uk", "Дякуємо, що пройшли в нас диспансеризацію."),
        ("uk", "Ваше е-направлення активне ще тиждень."),
        ("uk", "На той момент ви спізнилися майже на пів години, а наступна людина вже чекала."),
        ("ru", "Спасибо, что навестили нас во вторник."),
        ("ru", "Ваше э-направление активно ещё неделю."),
        ("ru", "В тот момент вы опоздали почти на полчаса."),
    ],
)
def test_a_visit_in_other_words_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("uk", "Якщо ви спізнилися на 15 хвилин, прийом можна перенести."),
        ("uk", "Е-направлення діє 90 днів для кожного пацієнта."),
        ("uk", "Диспансеризація в нас проходить щороку."),
        ("uk", "Результати аналізів наші пацієнти отримують в особистому кабінеті на сайті."),
        ("uk", "Нагадування про візити ми надсилаємо у Viber, якщо пацієнт на це погодився."),
        ("uk", "На Водохреще клініка працює з дев'ятої до п'ятнадцятої."),
        ("uk", "Передоплата за УЗД не потрібна: оплата відбувається після процедури."),
        ("ru", "Если вы опоздали на 15 минут, приём можно перенести."),
        ("ru", "Э-направление действует 90 дней."),
    ],
)
def test_the_same_words_for_everyone_stay_clean(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
