"""Session 35 (grel35): a relative, a relationship or the time of a visit told without a health
word is read by its family: greetings sent to someone by name make them the reviewer's own, and
the practice awaiting, seeing or meeting them is a visit; a message waiting in the reader's app,
a routine step "as usual", a farewell till the next visit, "that morning when you came". The
same words about a doctor, a team or everyone stay harmless."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(reply: str, language: str, review: str = "Lovely clinic.") -> set[str]:
    return rules_broken(reply, language, review, "")


@pytest.mark.parametrize(
    ("reply", "language", "rule"),
    [
        # a relative greeted by name, then awaited, seen or met in the third person
        ("Say hello to Mia from us – we'll see her again in June.", "en", "confirms_patient"),
        (
            "Please pass our best wishes to your husband; the team were glad to meet him at last.",
            "en",
            "confirms_patient",
        ),
        ("Передавайте привет Сашеньке — ждём её у нас снова в июне.", "ru", "confirms_patient"),
        ("Передайте привіт Марічці — побачимо її знову у вересні.", "uk", "confirms_patient"),
        ("Pozdrawiamy Kubusia – zobaczymy go znowu we wrześniu.", "pl", "confirms_patient"),
        ("替我们向小米问好，九月见哦～", "zh", "confirms_patient"),
        ("请转告阿姨，我们周一等她过来。", "zh", "confirms_patient"),
        ("Thanks Kasia! Antoś's next check-up is already in the diary.", "en", "confirms_patient"),
        # a message waiting in the reader's app or cabinet, a routine step as usual
        ("A note from Dr Hale is waiting for you in the app.", "en", "confirms_patient"),
        ("В личном кабинете вас уже ждёт ответ от доктора Петровой.", "ru", "confirms_patient"),
        ("We'll drop you a reminder a week before, as always.", "en", "confirms_patient"),
        (
            "Как обычно, пришлём вам SMS за неделю до осмотра, так что ни о чём не беспокойтесь.",
            "ru",
            "confirms_patient",
        ),
        ("Як завжди, нагадаємо вам СМС за два дні до прийому.", "uk", "confirms_patient"),
        ("До зустрічі наступного місяця на плановому огляді!", "uk", "confirms_patient"),
        # the time of their visit told by "that" and what they did then
        ("Мы помним тот дождливый вечер, когда вы к нам приехали.", "ru", "date"),
        ("Ми пам'ятаємо той дощовий вечір, коли ви до нас приїхали.", "uk", "date"),
        ("Pamiętamy ten deszczowy wieczór, kiedy Pani do nas przyjechała.", "pl", "date"),
        ("那天晚上您来的时候雨很大。", "zh", "date"),
    ],
)
def test_a_relative_a_relationship_or_a_visit_time_in_words_is_found(
    reply: str, language: str, rule: str
) -> None:
    assert rule in _rules(reply, language)


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("Dr Fox retires in May; we will miss him, and hope to see him at the summer party.", "en"),
        ("Every child's first check-up is free.", "en"),
        ("If you ever need us, help is waiting for you in the app or by phone.", "en"),
        ("Say hello to the team next time!", "en"),
        ("Доктор Иванов вернётся из отпуска, ждём его снова в июне.", "ru"),
        ("Каждый пациент может посмотреть сообщения от врача в личном кабинете.", "ru"),
        ("Мы ни о чём не сообщаем публично.", "ru"),
        ("Лікар Бондар повертається з відпустки, чекаємо його знову у вересні.", "uk"),
        ("Передаємо привіт усім нашим пацієнтам і бажаємо гарних свят!", "uk"),
        ("До зустрічі на святковому концерті в парку!", "uk"),
        ("Doktor Nowak wraca z urlopu, zobaczymy go znowu we wrześniu.", "pl"),
        ("Pamiętamy ten dzień, kiedy otworzyliśmy przychodnię.", "pl"),
        ("替我们向所有患者问好，节日快乐！", "zh"),
        ("张医生下周回来，我们等他回来再安排手术排期。", "zh"),
    ],
)
def test_the_same_words_about_a_doctor_the_team_or_everyone_are_no_finding(
    reply: str, language: str
) -> None:
    assert _rules(reply, language) == set()
