"""Round 29slav (session 29, issue 16): Ukrainian and Russian leaks told in other words, and a
false alarm on the practice's own past.

- The care verbs of a visit beyond treating and examining, every aspect and person of their past
  ([reading] cared: 'обстежили', 'прищепили', 'госпіталізували'; 'обследовали', 'привили',
  'госпитализировали'), said of the reviewer or their relative, confirm a patient; the same verb
  said of everyone ('дітей у нас щеплять за календарем') does not.
- Ukrainian '-ння' nouns lose one н in the genitive plural ('висипання' / 'висипань',
  'ускладнення' / 'ускладнень'): the word family finds them (languages/uk.py).
- A past time right before the practice's own change of its systems or premises ([guard]
  date_owner: 'минулого місяця ми змінювали бухгалтерську програму') is no one's visit; the same
  time said of the reviewer's visit still is.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings). Every bad reply here passed before this round."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

# (language, review, author, care told in another verb, the same verb said of everyone)
CARE_VERBS = [
    (
        "uk",
        "Дякую за уважність",
        "Оля",
        "Олю, вас обстежили повністю, і кардіолог нічого не знайшов.",
        "Усіх пацієнтів старше 40 років ми обстежуємо безкоштовно раз на рік.",
    ),
    (
        "uk",
        "Дякую педіатру",
        "Оля",
        "Олю, вашу доньку прищепили за календарем.",
        "Дітей у нас щеплять за національним календарем, вакцини безкоштовні.",
    ),
    (
        "uk",
        "Швидка реакція",
        "Оля",
        "Олю, маму вашу госпіталізували вчасно, тепер усе добре.",
        "Якщо потрібна госпіталізація, лікар сам домовляється з лікарнею.",
    ),
    (
        "ru",
        "Спасибо за внимательность",
        "Оля",
        "Оля, вас обследовали за один день, это наш стандарт.",
        "Всех пациентов старше 40 лет мы обследуем бесплатно раз в год.",
    ),
    (
        "ru",
        "Спасибо педиатру",
        "Оля",
        "Оля, вашу дочку привили по календарю.",
        "Детей у нас прививают по национальному календарю, вакцины бесплатные.",
    ),
    (
        "ru",
        "Быстро среагировали",
        "Оля",
        "Оля, маму вашу госпитализировали вовремя, и всё обошлось.",
        "Если нужна госпитализация, врач сам договаривается с больницей.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        CARE_VERBS,
        "language review reviewer bad good",
        rule="confirms_patient",
        ids=[
            "uk-examined",
            "uk-vaccinated",
            "uk-admitted",
            "ru-examined",
            "ru-vaccinated",
            "ru-admitted",
        ],
    ),
)
def test_a_care_verb_of_a_visit_confirms_a_patient_and_said_of_everyone_does_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)


def test_ukrainian_genitive_plural_of_a_nnia_noun_is_found() -> None:
    # 'висипань', 'ускладнень': one н less than 'висипання', 'ускладнення'
    found = rules_in_editor("Олю, раді, що висипань більше немає.", "Дякую!", "uk", "Оля")
    assert "health_detail" in found
    found = rules_in_editor(
        "Олю, після щеплень у вашого сина не було ускладнень.", "Дякую!", "uk", "Оля"
    )
    assert "health_detail" in found


# (language, review, author, the practice's own change after a past time, a visit at that time)
OWN_PAST = [
    (
        "uk",
        "Не додзвонився",
        "Ігор",
        "Ігорю, вибачте: минулого тижня ми змінювали телефонну систему, і дзвінки губилися.",
        "Ігорю, минулого вівторка ви були у нас, коли ми змінювали систему запису.",
    ),
    (
        "uk",
        "Оплата постачальникам затримується",
        "ТОВ Медтехсервіс",
        "Перепрошуємо за затримку, минулого місяця ми змінювали бухгалтерську програму.",
        "Перепрошуємо, минулого місяця ви приходили до нас, а рахунок ще не готовий.",
    ),
    (
        "ru",
        "Не дозвонился",
        "Игорь",
        "Игорь, извините: на прошлой неделе мы меняли телефонную систему, и звонки терялись.",
        "Игорь, в прошлую пятницу вы приходили, когда мы переезжали в новое помещение.",
    ),
    (
        "ru",
        "Задерживаете оплату поставщикам",
        "ООО МедСнаб",
        "Приносим извинения: в прошлом месяце мы переходили на новую бухгалтерскую программу.",
        "Приносим извинения: в прошлом месяце вы были у нас, а счёт ещё не готов.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        OWN_PAST,
        "language review reviewer good bad",
        rule="date",
        ids=["uk-phones", "uk-supplier", "ru-phones", "ru-supplier"],
    ),
)
def test_a_past_time_of_the_practices_own_change_is_no_visit(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a follow-up at a month or the next month bid to them, the month said
# of the practice)
MONTH_AHEAD = [
    (
        "uk",
        "Дякую",
        "Оля",
        "Олю, не забудьте про наступне планове відвідування в січні.",
        "Олю, дякуємо! У січні ми відкриваємо новий кабінет, тож запис на огляд стане простішим.",
    ),
    (
        "ru",
        "Спасибо",
        "Оля",
        "Оля, запишитесь на контрольный осмотр в следующем месяце.",
        "Оля, спасибо! В январе клиника работает по обычному графику, запись на приём открыта.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        MONTH_AHEAD,
        "language review reviewer bad good",
        rule="confirms_patient",
        ids=["uk-january", "ru-next-month"],
    ),
)
def test_a_follow_up_at_a_month_bid_to_them_confirms_a_patient(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, the documents anyone brings, a relative's record found)
DOCUMENTS = [
    (
        "uk",
        "Потрібна довідка для вступу дитині.",
        "Лариса К.",
        "Ларисо, довідку 086/о для вступу оформлюємо за один день: потрібен паспорт одного з "
        "батьків і сертифікат щеплення дитини.",
        "Ларисо, для довідки потрібен паспорт, а сертифікат щеплень вашої доньки ми вже знайшли "
        "в її картці.",
    ),
    (
        "ru",
        "Нужна справка для поступления ребёнку.",
        "Лариса К.",
        "Лариса, справку 086/у для поступления оформляем за один день: нужен паспорт одного из "
        "родителей и сертификат прививок ребёнка.",
        "Лариса, для справки нужен паспорт, а сертификат прививок вашей дочки мы уже нашли в её "
        "карте.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(DOCUMENTS, "language review reviewer good bad", rule=ANY_RULE, ids=["uk", "ru"]),
)
def test_the_documents_anyone_brings_are_no_ones_health_detail(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a receipt sent to them or their sum counted on, the rule for anyone)
RECEIPTS = [
    (
        "uk",
        "Дякую",
        "Оля",
        "Олю, чек ми надіслали вам на пошту.",
        "Олю, дякуємо! Чек після оплати приходить на пошту автоматично, паперовий можна взяти "
        "на рецепції.",
    ),
    (
        "uk",
        "Гроші за пакет",
        "Настя",
        "Насте, різницю за пакет ми зарахували як передплату на наступний місяць.",
        "Якщо запис скасовано за добу, передоплату зараховуємо в рахунок наступного візиту.",
    ),
    (
        "ru",
        "Спасибо",
        "Оля",
        "Оля, чек мы отправили вам на почту.",
        "Оля, спасибо! Чек после оплаты приходит на почту автоматически, бумажный можно взять "
        "на ресепшене.",
    ),
    (
        "ru",
        "Деньги за программу",
        "Настя",
        "Настя, остаток мы засчитали как предоплату за следующий месяц, так что ничего не пропало.",
        "Если запись отменена за сутки, предоплату засчитываем в счёт следующего визита.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        RECEIPTS,
        "language review reviewer bad good",
        rule="billing",
        ids=["uk-receipt", "uk-credited", "ru-receipt", "ru-credited"],
    ),
)
def test_a_receipt_sent_to_them_or_their_sum_credited_is_billing(probe: Probe) -> None:
    check(probe, editor=True)
