"""Replies to people who are not (or not yet) patients (session 35, gscope35, issue 16): a search
of the records that found nothing is a denial, not a relationship ([guard] no_record); a writer
who says they are no patient yet ([guard] enquirer) is still told nothing of a visit, a bill or a
relationship. What the editor's check shows for each reply, with the review beside it."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import Probe, check, probes

NOTHING_FOUND = [
    (
        "ru",
        "Ужасный стоматолог, пломба выпала через неделю!",
        "Мы проверили базу, но не нашли пациента с таким именем. Пожалуйста, свяжитесь с нами "
        "по телефону на сайте.",
    ),
    (
        "uk",
        "Лікар нагрубив і виписав не ті ліки!",
        "На жаль, за вказаними даними ми не знайшли в журналі звернення, яке відповідало б "
        "опису. Напишіть нам, будь ласка.",
    ),
    (
        "pl",
        "Lekarz był niemiły.",
        "Sprawdziliśmy system i nie znaleźliśmy pacjenta o tym nazwisku. Prosimy o kontakt.",
    ),
    (
        "zh",
        "医生态度很差。",
        "经核查，我院没有您所说的就诊记录，请您联系客服核实。",
    ),
    (
        "en",
        "Terrible service, they lost my results.",
        "We've searched our system and found no appointment under that name. Could you email "
        "us so we can look into it?",
    ),
]


@pytest.mark.parametrize("probe", probes(NOTHING_FOUND, "language review good"))
def test_a_search_that_found_nothing_is_no_finding(probe: Probe) -> None:
    check(probe, editor=True)


THEIR_OWN_THING = [
    ("ru", "Врач нахамил.", "Мы не нашли в базе ваших снимков от 3 марта, но анализ крови готов."),
    ("pl", "Lekarz był niemiły.", "Nie znaleźliśmy w systemie Pani wyników z marca."),
    ("zh", "医生态度很差。", "系统中没有找到您的化验单，但您上周的复诊已经登记。"),
    (
        "en",
        "Rude receptionist.",
        "We couldn't find any problem with your last smear test either, so no need to worry.",
    ),
]


@pytest.mark.parametrize(("language", "review", "reply"), THEIR_OWN_THING)
def test_a_search_for_the_reviewers_own_thing_still_tells_it(
    language: str, review: str, reply: str
) -> None:
    assert rules_in_editor(reply, review, language) & {"confirms_patient", "health_detail"}


TOLD_ANYWAY = [
    # an enquirer told of a relationship, a bill, a visit
    (
        "en",
        "Thinking of booking a check-up.",
        "Great! The balance of £40 from your last visit is still outstanding, though.",
        "billing",
    ),
    (
        "en",
        "Never been a patient here, just parked in their car park.",
        "Hi Dean, you've been with us since 2019, so feel free to use the car park.",
        "confirms_patient",
    ),
    (
        "en",
        "Do you do ear wax removal? Thinking of booking.",
        "Yes we do! As you had it done with us last spring, you're already on our system.",
        "confirms_patient",
    ),
    (
        "pl",
        "Nie jestem pacjentką, pytam ogólnie o cenę.",
        "Nie znaleźliśmy zgłoszenia, ale przypominamy o Pani zaległej płatności 200 zł.",
        "billing",
    ),
    (
        "pl",
        "Myślę o zapisie do dentysty.",
        "Cieszymy się, że znowu Pani z nami!",
        "confirms_patient",
    ),
    (
        "ru",
        "Я не пациент, просто живу рядом.",
        "Обидно слышать такое от постоянной клиентки. Двор уберём.",
        "confirms_patient",
    ),
    (
        "uk",
        "Я не ваш пацієнт, просто живу поруч.",
        "Прикро чути таке від постійної клієнтки. Двір приберемо.",
        "confirms_patient",
    ),
    (
        "zh",
        "我住在隔壁楼，你们的空调太吵了。",
        "抱歉，我们会处理。系统里没有相关投诉记录，不过您的体检报告已经出来了。",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize("probe", probes(TOLD_ANYWAY, "language review bad rule"))
def test_a_writer_who_is_no_patient_yet_is_told_nothing_of_theirs(probe: Probe) -> None:
    check(probe, editor=True)


ANSWERED = [
    (
        "ru",
        "Я у вас не лечилась, просто позвонила узнать цены, а мне нагрубили.",
        "Приносим извинения за разговор. Мы не нашли в журнале звонков обращения, совпадающего "
        "с описанием, поэтому просим написать нам на почту.",
    ),
    (
        "zh",
        "住在诊所楼上，每天早上七点就开始装修，太吵了。",
        "非常抱歉打扰到您休息！装修将在4月15日前完工，我们已要求施工队上午九点以后才开始有噪音的作业。",
    ),
    (
        "pl",
        "Myślę o zapisie na higienizację, ile kosztuje?",
        "Higienizacja kosztuje 350 zł, terminy mamy od poniedziałku do soboty.",
    ),
]


@pytest.mark.parametrize("probe", probes(ANSWERED, "language review good"))
def test_a_good_answer_to_a_non_patient_passes(probe: Probe) -> None:
    check(probe, editor=True)
