"""Session 39 (gkind39, issue 16): good replies of four kinds that the blind sets flag in
several languages, beside the same words said of the reviewer.

- A message of the front desk that helped (the kind ``non_patient``: a caller, a visitor):
  "glad the phone call helped", "rozmowa z recepcją pomogła", "разговор с администратором
  помог", "наш лист допоміг вам знайти вхід" is no care and no visit; "glad the physiotherapy
  helped your shoulder", "the call from Dr Lee helped you understand your scan results" and a
  call that helped with their care ("rozmowa pomogła zrozumieć wyniki badań") stay blocked.
- A care word said of a machine or a system of the practice (``hard_negative_word``): "наш
  сайт прошёл полную диагностику", "каса потребує лікування від збоїв" is figurative; "ваш
  ребёнок прошёл полную диагностику" stays blocked.
- Vaccines in stock, said to everyone (``general_offer``): "flu jabs are now available",
  "щеплення від грипу вже доступні", "szczepionki są już dostępne"; "your booster is now
  available" and "the vaccine for your trip is now in stock" stay blocked.
- A reply that refuses any reward for reviews (``reward_refused``) and what the practice
  offers everyone (``general_offer``) pass; a reward offered for the review and the reviewer's
  own free consultation stay blocked.
"""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

CALLER_EN = "Rang to ask where to park and got a clear answer. Nice people."
CALLER_PL = "Dzwoniłam zapytać o dojazd i parking, bardzo miła pani w recepcji."
CALLER_RU = "Звонила узнать, где парковка и как пройти. Ответили вежливо."
CALLER_UK = "Телефонувала дізнатися, де парковка і як пройти. Відповіли ввічливо."
VISIT_EN = "Great clinic, the physio sorted my shoulder."
VISIT_PL = "Świetna rehabilitacja, kolano dużo lepiej."
VISIT_RU = "Прошла курс физиотерапии, колено лучше."
VISIT_UK = "Пройшла курс фізіотерапії, коліно краще."

# (language, author, review, reply): good replies the practice may publish
PASS = [
    (
        "en",
        "Mel",
        CALLER_EN,
        "Thanks for ringing us about parking, Mel. We're glad the phone call helped and the "
        "map made sense.",
    ),
    ("en", "Mel", CALLER_EN, "Glad the email from our front desk helped you find the right bus."),
    (
        "pl",
        "Ewa",
        CALLER_PL,
        "Dziękujemy za telefon w sprawie dojazdu. Cieszymy się, że rozmowa z recepcją pomogła.",
    ),
    (
        "pl",
        "Ewa",
        CALLER_PL,
        "Cieszymy się, że nasza odpowiedź na maila pomogła znaleźć parking.",
    ),
    (
        "ru",
        "Алла",
        CALLER_RU,
        "Спасибо за звонок по поводу парковки. Рады, что разговор с администратором помог.",
    ),
    ("ru", "Алла", CALLER_RU, "Рады, что наше письмо помогло вам найти вход со двора."),
    ("ru", "Алла", CALLER_RU, "Рады, что звонок помог вам найти вход со двора."),
    (
        "uk",
        "Олена",
        CALLER_UK,
        "Дякуємо за дзвінок щодо паркування. Раді, що розмова з адміністратором допомогла.",
    ),
    ("uk", "Олена", CALLER_UK, "Раді, що наш лист допоміг вам знайти вхід з двору."),
    (
        "ru",
        "Игорь",
        "Сайт постоянно зависал при записи.",
        "Наш сайт прошёл полную диагностику, и теперь запись работает быстрее.",
    ),
    (
        "ru",
        "Игорь",
        "Не дозвониться до регистратуры.",
        "Телефонная система клиники на этой неделе проходит профилактику, поэтому пишите нам "
        "в мессенджер.",
    ),
    (
        "uk",
        "Ігор",
        "Сайт постійно зависав під час запису.",
        "Наш сайт пройшов повну діагностику, і тепер запис працює швидше.",
    ),
    (
        "uk",
        "Ігор",
        "Не прийняли картку до оплати.",
        "Наша каса зараз потребує лікування від збоїв, тож оплата тимчасово лише готівкою.",
    ),
    (
        "uk",
        "Віра",
        "Коли буде вакцина від грипу?",
        "Нагадуємо всім: щеплення від грипу вже доступні в обох філіях.",
    ),
    (
        "ru",
        "Вера",
        "Когда будет вакцина от гриппа?",
        "Напоминаем всем: прививки от гриппа уже доступны в обоих филиалах.",
    ),
    (
        "pl",
        "Wiera",
        "Kiedy będą szczepionki na grypę?",
        "Przypominamy wszystkim, że jesienią warto się zaszczepić – szczepionki są już "
        "dostępne w obu filiach.",
    ),
    (
        "en",
        "Vera",
        "When will the flu jabs be in?",
        "A reminder to everyone: flu jabs are now available at both our sites.",
    ),
    (
        "en",
        "Sam",
        "Five stars, lovely team.",
        "We don't hand out vouchers or discounts in exchange for reviews, so your honest words "
        "mean all the more.",
    ),
    (
        "ru",
        "Сэм",
        "Пять звёзд, отличная команда.",
        "Мы не даём скидок и подарков за отзывы — спасибо, что написали просто так.",
    ),
    (
        "pl",
        "Sam",
        "Pięć gwiazdek, świetny zespół.",
        "Nie dajemy rabatów ani prezentów za opinie, dlatego tym bardziej cenimy Pani słowa.",
    ),
    ("zh", "小王", "五星好评，服务很好。", "本院从不以返现或礼品换取评价，感谢您真实的分享。"),
    (
        "uk",
        "Марта",
        "Скільки коштує перша консультація?",
        "Перша консультація у нас безкоштовна для всіх, і ми працюємо з більшістю страхових.",
    ),
    (
        "zh",
        "小李",
        "请问初诊收费吗？",
        "所有初诊患者均可享受免费咨询，我们也接受大部分商业保险。",
    ),
]

# (language, author, review, reply, rule): the same words about the reviewer
BLOCK = [
    ("en", "Tom", VISIT_EN, "Glad the physiotherapy helped your shoulder, Tom.", "health_detail"),
    (
        "en",
        "Mel",
        CALLER_EN,
        "Glad the call from Dr Lee helped you understand your scan results.",
        "confirms_patient",
    ),
    (
        "pl",
        "Ewa",
        VISIT_PL,
        "Cieszymy się, że rehabilitacja pomogła na Pana kolano.",
        "confirms_patient",
    ),
    (
        "pl",
        "Ewa",
        VISIT_PL,
        "Cieszymy się, że rozmowa z Panią doktor pomogła Panu przejść przez leczenie.",
        "confirms_patient",
    ),
    (
        "en",
        "Ian",
        "Helpful on the phone.",
        "Thanks Ian! Glad the call helped you make sense of the scan we went through.",
        "health_detail",
    ),
    (
        "pl",
        "Igor",
        "Pomocni przez telefon.",
        "Cieszymy się, że rozmowa pomogła zrozumieć wyniki badań krwi.",
        "health_detail",
    ),
    (
        "ru",
        "Игорь",
        "Помогли по телефону.",
        "Рады, что разговор помог разобраться в результатах анализов.",
        "health_detail",
    ),
    (
        "uk",
        "Ігор",
        "Допомогли телефоном.",
        "Раді, що розмова допомогла розібратися в результатах аналізів.",
        "health_detail",
    ),
    ("ru", "Алла", VISIT_RU, "Рады, что курс физиотерапии помог вашему колену.", "health_detail"),
    (
        "ru",
        "Алла",
        VISIT_RU,
        "Рады, что мы помогли вам найти хорошего кардиолога после инфаркта.",
        "health_detail",
    ),
    (
        "uk",
        "Олена",
        VISIT_UK,
        "Раді, що курс фізіотерапії допоміг вашому коліну.",
        "health_detail",
    ),
    (
        "uk",
        "Олена",
        VISIT_UK,
        "Раді, що ми допомогли вам знайти хорошого кардіолога після інфаркту.",
        "health_detail",
    ),
    (
        "ru",
        "Игорь",
        "Сайт постоянно зависал при записи.",
        "Ваш ребёнок прошёл полную диагностику, результаты готовы.",
        "confirms_patient",
    ),
    (
        "ru",
        "Игорь",
        "Сайт постоянно зависал при записи.",
        "Наш сайт прошёл обновление, а ваше обследование назначено на 5 мая.",
        "confirms_patient",
    ),
    (
        "uk",
        "Ігор",
        "Сайт постійно зависав під час запису.",
        "Ви пройшли повну діагностику серця, результати вже у лікаря.",
        "health_detail",
    ),
    (
        "uk",
        "Віра",
        "Коли буде вакцина від грипу?",
        "Щеплення для вашої доньки вже доступні, запишіть її до педіатра.",
        "health_detail",
    ),
    (
        "ru",
        "Вера",
        "Когда будет вакцина от гриппа?",
        "Вакцина для вашей дочки уже поступила, ждём вас во вторник.",
        "health_detail",
    ),
    (
        "pl",
        "Wiera",
        "Kiedy będą szczepionki na grypę?",
        "Szczepionka dla Pani córki jest już dostępna, zapraszamy we wtorek.",
        "health_detail",
    ),
    (
        "en",
        "Vera",
        "When will the flu jabs be in?",
        "Your booster is now available, so we'll see you on Tuesday.",
        "health_detail",
    ),
    (
        "en",
        "Vera",
        "When will the flu jabs be in?",
        "The vaccine for your trip to Kenya is now in stock.",
        "health_detail",
    ),
    (
        "en",
        "Sam",
        "Five stars, lovely team.",
        "As a thank-you for your review, here is a 10% voucher for your next check-up.",
        "reward",
    ),
    (
        "ru",
        "Сэм",
        "Пять звёзд, отличная команда.",
        "В благодарность за отзыв дарим вам скидку 10% на следующий приём.",
        "reward",
    ),
    (
        "pl",
        "Sam",
        "Pięć gwiazdek, świetny zespół.",
        "W podziękowaniu za opinię mamy dla Pani rabat 10% na kolejną wizytę.",
        "reward",
    ),
    ("zh", "小王", "五星好评，服务很好。", "感谢您的好评，下次复诊为您减免挂号费。", "reward"),
    (
        "uk",
        "Марта",
        "Скільки коштує перша консультація?",
        "Ваша консультація у вівторок була безкоштовною, як ми й домовлялися.",
        "confirms_patient",
    ),
    ("zh", "小李", "请问初诊收费吗？", "您周二的咨询已按约定免费。", "reward"),
]


@pytest.mark.parametrize("probe", probes(PASS, "language reviewer review good"))
def test_front_desk_messages_machines_refused_rewards_and_offers_pass_the_editors_check(
    probe: Probe,
) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language reviewer review bad rule"))
def test_the_same_words_said_of_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe, editor=True)
