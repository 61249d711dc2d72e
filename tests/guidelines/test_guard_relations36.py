"""Session 36 (grel36): a relationship read by its family: being registered or declared with
us, the reviewer's message answered in our own app or portal, a bid to read a message waiting
there, their own details on our records, a clinician speaking of someone by name and title.
The same words about everyone, as an offer, a condition, a denial or a complaint stay
harmless."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(
    reply: str, language: str, review: str = "Lovely clinic.", reviewer: str = ""
) -> set[str]:
    return rules_broken(reply, language, review, reviewer)


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        # registered or declared with us, the reviewer (or their relative) as its subject
        ("Ви ж задекларувалися в нас ще торік.", "uk"),
        ("Ви вже три роки зареєстровані в нашій клініці.", "uk"),
        ("Вы задекларированы у нашего семейного врача.", "ru"),
        ("Вы зарегистрированы в нашей системе с 2020 года.", "ru"),
        ("Но вы же давно есть в нашей базе, анкету заполнять не нужно.", "ru"),
        ("Jest Pani zarejestrowana w naszym systemie.", "pl"),
        ("Pani mama jest zadeklarowana w naszej przychodni.", "pl"),
        ("您在我们中心建过档。", "zh"),
        ("您是王医生团队的签约居民。", "zh"),
        # the reviewer's message answered in our own channel, by its bare name
        ("Dr Shah has replied to your message in the app.", "en"),
        ("Врач ответил вам в приложении.", "ru"),
        ("Ответ на ваше сообщение ждёт вас в приложении.", "ru"),
        ("王医生已经在小程序里回复了您的留言。", "zh"),
        ("您的留言王医生已经在公众号里回复了。", "zh"),
        # a bid to read a message waiting there, either order
        ("Please check the message from Dr Shah in the app.", "en"),
        ("Have a look in the app - the doctor's reply is there.", "en"),
        ("Перевірте, будь ласка, повідомлення від лікаря в Helsi.", "uk"),
        ("Загляньте в застосунок — там відповідь лікаря.", "uk"),
        ("Проверьте, пожалуйста, сообщение от врача в приложении.", "ru"),
        ("Proszę zajrzeć do aplikacji – czeka tam odpowiedź doktor.", "pl"),
        ("请查收小程序里的答复。", "zh"),
        # their own details on our records
        ("Ми бачимо ваш номер телефону в нашій базі.", "uk"),
        ("Ваш номер телефона есть в нашей базе.", "ru"),
        ("Widzimy Pani dane w naszym systemie.", "pl"),
        ("系统里有您的手机号。", "zh"),
    ],
)
def test_a_relationship_told_by_its_family_confirms_a_patient(reply: str, language: str) -> None:
    assert "confirms_patient" in _rules(reply, language)


def test_a_clinician_speaking_of_the_reviewer_by_name_confirms_a_patient() -> None:
    reply = "谢谢您！洁牙师小孙说刘晓燕女士特别配合。"
    assert "confirms_patient" in _rules(reply, "zh", "洁牙师手法很轻。", "刘晓燕")


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("Задекларуватися в нашого сімейного лікаря може кожен.", "uk"),
        ("Ви можете задекларуватися в нас онлайн.", "uk"),
        ("Якщо ви задекларовані в іншого лікаря, спершу переукладіть декларацію.", "uk"),
        ("Вы можете зарегистрироваться в нашей клинике онлайн.", "ru"),
        ("Если вы зарегистрированы на Госуслугах, записаться можно там.", "ru"),
        ("Jeśli jest Pani zarejestrowana w innej przychodni, wystarczy zmienić deklarację.", "pl"),
        ("Może się Pan zarejestrować online.", "pl"),
        ("如果您在我们中心建过档，直接报手机号就行。", "zh"),
        ("建档后即可成为签约居民。", "zh"),
        ("We reply to messages in the app within one working day.", "en"),
        ("We check every message in the app twice a day.", "en"),
        ("Please check the doctors' timetable in the app.", "en"),
        ("Все сообщения в приложении мы читаем в течение дня.", "ru"),
        ("Мы ответили вам в приложении ПроДокторов.", "ru"),
        ("Проверьте расписание врачей в приложении.", "ru"),
        ("Перевірте розклад лікарів у Helsi.", "uk"),
        ("Proszę sprawdzić grafik lekarzy w aplikacji.", "pl"),
        ("我们已经在这里回复了您的留言。", "zh"),
        ("小程序里的留言一般一小时内回复。", "zh"),
        ("留言后可以在公众号查看回复，一般一天内。", "zh"),
        ("请在小程序里查看医生排班。", "zh"),
        ("Оставьте ваш номер, и администратор внесёт его в систему.", "ru"),
        ("Prosimy zostawić Pani numer, wpiszemy go do systemu.", "pl"),
        ("请留下您的手机号，我们会登记到系统里。", "zh"),
    ],
)
def test_the_same_words_for_everyone_or_as_an_offer_are_no_finding(
    reply: str, language: str
) -> None:
    assert _rules(reply, language) == set()


def test_a_registered_complaint_is_no_patients_relationship() -> None:
    assert "confirms_patient" not in _rules("Pani skarga została zarejestrowana.", "pl")


def test_thanks_to_the_reviewer_by_name_stays_harmless() -> None:
    assert _rules("感谢刘晓燕女士的好评！", "zh", "洁牙师手法很轻。", "刘晓燕") == set()
