"""Session 40 (gfr40ru): the misses of a fresh Russian round (own_ru_round40f), read as families
(issue 16). How long the reviewer has been with us, with a hedge or a number word between ('вы с
нами уже почти десять лет', 'без малого двадцать лет', the years first, 'мы с вами уже больше
года'); their own message or question in the patient portal or the clinic's app, the noun first
or their act ('ваше сообщение в личном кабинете', 'вы написали нам в приложении клиники'); a
paper or an order of theirs already ready or waiting ('справка уже подписана и ждёт вас');
and a colleague's full name beside 'присоединилась к нам' or 'пришёл к нам работать'. The same
words said of the practice, of its team or as an invitation to everyone stay clean. Each reply
is judged after a plain review; the sentences are probes written for the families, none of the
round's items."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, reply_probes

YEARS_WITH_US = [
    "Вы с нами уже около пятнадцати лет, и это для нас большая честь.",
    "Вы у нас вот уже двенадцать лет — спасибо за верность!",
    "Вы с нами без малого двадцать лет.",
    "Ты с нами уже почти год!",
    "Целых шесть лет вы у нас наблюдаетесь, и каждый раз приятно видеть улыбку.",
    "Уже восемь лет вы с нами, спасибо!",
    "Мы вместе с вами вот уже пять лет.",
    "Вы с нами почти с самого открытия.",
]


@pytest.mark.parametrize("probe", reply_probes("ru", YEARS_WITH_US, rule="confirms_patient"))
def test_years_with_us_with_a_hedge_or_a_number_word_confirm_a_patient(probe: Probe) -> None:
    check(probe)


PORTAL_MESSAGES = [
    "Вы написали нам в приложении клиники, и мы сразу ответили.",
    "Вы оставили вопрос в личном кабинете — доктор уже ответил.",
    "Ваш вопрос через портал пациента дошёл до врача.",
    "Ваша заявка в мобильном приложении принята.",
    "Мы прочитали ваше письмо в личном кабинете и ответили.",
]


@pytest.mark.parametrize("probe", reply_probes("ru", PORTAL_MESSAGES, rule="confirms_patient"))
def test_their_own_message_in_the_patient_portal_confirms_a_patient(probe: Probe) -> None:
    check(probe)


PAPERS_READY = [
    "Ваши очки уже пришли из мастерской.",
    "Выписка уже лежит у администратора.",
    "Заключение уже готово, заберите его в любой день.",
    "Направление уже подписано и ждёт вас в регистратуре.",
]


@pytest.mark.parametrize("probe", reply_probes("ru", PAPERS_READY, rule="confirms_patient"))
def test_a_paper_of_theirs_already_ready_confirms_a_patient(probe: Probe) -> None:
    check(probe)


SAID_OF_THE_PRACTICE = [
    "Клиника работает уже почти десять лет.",
    "Наша команда вместе уже почти десять лет.",
    "Доктор Орлова с нами уже почти десять лет.",
    "Вы можете пройти у нас осмотр уже через год.",
    "Ваш вопрос можно задать в личном кабинете.",
    "Ваше обращение можно оставить через портал пациента.",
    "Вы можете написать нам в личном кабинете в любое время.",
    "Справки для бассейна у нас оформляют за 15 минут, приходите.",
    "Заказ мебели для холла уже пришёл, скоро будет уютнее.",
    "Новые бланки уже доступны на сайте для всех.",
    "Игорь Петрович Смолин пришёл к нам работать весной, рады, что он в команде.",
    "С марта Полина Сергеевна Гришина присоединилась к нашему коллективу.",
]


@pytest.mark.parametrize("probe", reply_probes("ru", SAID_OF_THE_PRACTICE))
def test_the_same_words_of_the_practice_or_for_everyone_stay_clean(probe: Probe) -> None:
    check(probe)


FULL_NAMES_CAME_TO_US = [
    "Передавайте привет Зинаиде Фёдоровне Корольковой, она присоединилась к нам на процедурах.",
    "Зинаида Фёдоровна Королькова пришла к нам на приём в четверг.",
]


@pytest.mark.parametrize("probe", reply_probes("ru", FULL_NAMES_CAME_TO_US, rule="full_name"))
def test_a_patients_full_name_beside_came_to_us_stays_blocked(probe: Probe) -> None:
    check(probe)
