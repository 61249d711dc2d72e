"""Session 39 (gcall39): "we'll contact you when the lab answers" read as a family (issue 16).
A contact verb of ours addressed to them (call, phone, ring, text, email, contact, let you know,
be in touch, get back to you; позвоним/сообщим/свяжемся, зателефонуємо/повідомимо/зв'яжемося,
zadzwonimy/damy znać/skontaktujemy się, 通知您/联系您/给您打电话) and a clause of waiting (as soon
as, once, when; как только, щойно, gdy tylko, 一…就, …后) whose subject is the lab, their
results, a referral, a specialist or a test: something of theirs is pending with us, so they
are a patient. A job seeker's callback, a complaint looked into, a car park reopening or what
is done for patients in general stay clean. Each reply is judged as the editor judges it, after
a plain review; the sentences are probes written for the family, none of the pool's items.
Every probe below passed whole before."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "We'll phone you as soon as we hear from the lab about the results."),
        ("en", "We'll contact you as soon as the lab sends us the results."),
        ("en", "We'll let you know as soon as the results are in."),
        ("en", "We'll give you a call as soon as the lab gets back to us about the results."),
        ("en", "We'll be in touch when the lab replies."),
        ("en", "We will get back to you as soon as the hospital replies to the referral."),
        ("en", "We'll ring you once the specialist has answered."),
        ("en", "We'll let you know once the blood test results come back."),
        ("en", "Once the results are in, we'll call you."),
        ("ru", "Как только лаборатория пришлёт ответ, мы сразу вам сообщим."),
        ("ru", "Свяжемся с вами, когда получим заключение от специалиста."),
        ("uk", "Ми зателефонуємо вам, щойно лабораторія надішле результати."),
        ("uk", "Ми зв'яжемося з вами, коли отримаємо відповідь щодо направлення."),
        ("pl", "Zadzwonimy do Pani, gdy tylko laboratorium przyśle wyniki."),
        ("pl", "Skontaktujemy się z Panią, gdy tylko otrzymamy wynik biopsji."),
        ("zh", "等实验室的报告出来后，我们会给您打电话。"),
        ("zh", "转诊医院一回复，我们就联系您。"),
    ],
)
def test_a_call_promised_when_the_lab_answers_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Thank you for applying; we'll call you as soon as the manager is back from leave."),
        ("en", "We'll let you know when the car park reopens."),
        ("en", "Patients are called when their results are ready."),
        ("en", "We'll be in touch as soon as we have looked into your complaint."),
        ("en", "We'll contact you once the new booking system is live."),
        ("en", "We'll let you know when the survey results are in."),
        ("en", "We'll let you know when the CQC report arrives."),
        ("en", "We'll email you as soon as the results of our patient survey are in."),
        ("ru", "Мы позвоним вам, как только рассмотрим вашу жалобу."),
        ("ru", "Сообщим, когда откроется новая парковка."),
        ("ru", "Пациентам звонят, когда результаты готовы."),
        (
            "uk",
            "Ми зателефонуємо вам, щойно керівник повернеться з відпустки, щодо вашої заявки "
            "на вакансію.",
        ),
        ("uk", "Повідомимо, коли відкриється нова парковка."),
        ("uk", "Пацієнтам телефонують, коли результати готові."),
        ("pl", "Zadzwonimy do Pana, gdy tylko kierownik wróci z urlopu w sprawie rekrutacji."),
        ("pl", "Damy znać, gdy parking zostanie ponownie otwarty."),
        ("pl", "Pacjenci dostają SMS, gdy wyniki są gotowe."),
        ("zh", "停车场一重新开放，我们就通知您。"),
        ("zh", "您的投诉处理完毕后，我们会联系您。"),
        ("zh", "调查结果出来后，我们会通知您。"),
    ],
)
def test_a_callback_about_no_ones_care_stays_clean(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
