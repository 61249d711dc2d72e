"""Round 13f (issue 16): false alarms of the full_name, billing, date and reward rules settled by
a reading, each beside a twin that must still be a finding. Names the review itself wrote and the
reviewer's whole public name disclose nothing; an amount's unit ends its sentence ("200 zł.");
money in a sentence that goes on from a general one is nobody's; "glad we could help." closing
its clause is a courtesy in all five languages; a condition named in a general sentence is
nobody's, said of the reviewer it is theirs; a discount on their next visit for a review is a
reward; the nth weekday of a named month is a date, the practice's monthly schedule is not."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.engine import split_text
from clinicrep.guidelines.rulepack import language_pack


def _rules(reply: str, language: str, reviewer: str = "", review: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, reviewer_name=reviewer, review_text=review
    )
    return {f.rule for f in found}


# (language, review naming two of the staff in full, the reply thanking them by those names,
# the reply naming someone the review did not)
REVIEW_NAMES = [
    (
        "en",
        "Dr. Emily Carter and nurse Tom Hughes were amazing.",
        "Thank you! We've passed your message on to Dr. Emily Carter and Tom Hughes.",
        "Thank you! We've passed your message on to Dr. Emily Carter and Tom Fielding.",
    ),
    (
        "ru",
        "Доктор Анна Карпова и медбрат Тимур Хасанов — лучшие!",
        "Спасибо! Мы передали ваши слова Анне Карповой и Тимуру Хасанову.",
        "Спасибо! Мы передали ваши слова Анне Карповой и Тимуру Захарову.",
    ),
    (
        "uk",
        "Лікарка Анна Карпенко і медбрат Тимур Гасанов — найкращі!",
        "Дякуємо! Ми передали ваші слова Анні Карпенко й Тимуру Гасанову.",
        "Дякуємо! Ми передали ваші слова Анні Карпенко й Тимуру Захаренку.",
    ),
    (
        "pl",
        "Dr Anna Karpińska i pielęgniarz Tomasz Hubert są najlepsi!",
        "Dziękujemy! Przekazaliśmy Pani słowa dr Annie Karpińskiej i Tomaszowi Hubertowi.",
        "Dziękujemy! Przekazaliśmy Pani słowa Marcie Zielińskiej.",
    ),
    (
        "zh",
        "张丽华医生和护士刘强先生都太棒了！",
        "谢谢！我们已经把您的留言转达给张丽华医生和刘强先生。",
        "谢谢！我们已经把您的留言转达给张丽华医生和赵强先生。",
    ),
]


@pytest.mark.parametrize(("language", "review", "echoed", "added"), REVIEW_NAMES)
def test_staff_the_review_named_in_full_may_be_thanked_by_those_names(
    language: str, review: str, echoed: str, added: str
) -> None:
    assert "full_name" not in _rules(echoed, language, "Karina", review)
    assert "full_name" in _rules(added, language, "Karina", review)


# (language, public name, a reply thanking them by it, a public name hiding the first name,
# a reply that writes the hidden first name out)
PUBLIC_NAMES = [
    (
        "en",
        "Jonathan Reeves",
        "Thank you, Jonathan Reeves, for such a generous review!",
        "J. Reeves",
        "Thank you, Jonathan Reeves, for such a generous review!",
    ),
    (
        "ru",
        "Евгений Рыбаков",
        "Евгений Рыбаков, спасибо за такой щедрый отзыв!",
        "Е. Рыбаков",
        "Евгений Рыбаков, спасибо за такой щедрый отзыв!",
    ),
    (
        "uk",
        "Євген Рибаков",
        "Євгене Рибаков, дякуємо за такий щедрий відгук!",
        "Є. Рибаков",
        "Євгене Рибаков, дякуємо за такий щедрий відгук!",
    ),
    (
        "pl",
        "Jan Rybicki",
        "Dziękujemy, Panie Janie Rybicki, za tak hojną opinię!",
        "J. Rybicki",
        "Dziękujemy, Panie Janie Rybicki, za tak hojną opinię!",
    ),
    (
        "zh",
        "陈建国",
        "陈建国，感谢您如此慷慨的好评！",
        "老陈",
        "陈建国先生，感谢您如此慷慨的好评！",
    ),
]


@pytest.mark.parametrize(("language", "public", "thanked", "initialled", "spelt_out"), PUBLIC_NAMES)
def test_the_reviewers_whole_public_name_is_the_name_they_publish(
    language: str, public: str, thanked: str, initialled: str, spelt_out: str
) -> None:
    assert _rules(thanked, language, public, "Excellent service.") == set()
    assert "full_name" in _rules(spelt_out, language, initialled, "Excellent service.")


def test_the_public_name_in_a_sentence_about_their_case_is_still_a_full_name() -> None:
    # said to them it is a greeting; written into a sentence about them it names a case
    reply = "W sprawie Pana Jana Rybickiego prosimy o kontakt z kierownikiem przychodni."
    assert "full_name" in _rules(reply, "pl", "Jan Rybicki", "Nie polecam.")
    reply = "We have passed the complaint about Jonathan Reeves to our practice manager."
    assert "full_name" in _rules(reply, "en", "Jonathan Reeves", "Rude staff.")


def test_a_unit_after_an_amount_ends_its_sentence_but_a_title_does_not() -> None:
    pack = language_pack("pl")
    text = (
        "Pani Leno, konsultacja kosztuje 200 zł. Wizyta kontrolna to 120 zł, a dr. Nowak przyjmuje."
    )
    sentences, _ = split_text(text, pack.clause_breaks, pack.abbreviations)
    assert [text[s:e] for s, e in sentences] == [
        "Pani Leno, konsultacja kosztuje 200 zł.",
        "Wizyta kontrolna to 120 zł, a dr. Nowak przyjmuje.",
    ]
    ru = language_pack("ru")
    text = "Консультация стоит 2 000 руб. Повторный приём дешевле."
    sentences, _ = split_text(text, ru.clause_breaks, ru.abbreviations)
    assert len(sentences) == 2
    # in lower case the sentence goes on: "w 2010 r. otworzyliśmy"
    text = "W 2010 r. otworzyliśmy gabinet."
    assert len(split_text(text, pack.clause_breaks, pack.abbreviations)[0]) == 1


def test_a_price_list_sentence_does_not_make_the_next_sentence_the_reviewers() -> None:
    review = "Ile kosztuje konsultacja?"
    general = (
        "Pani Leno, konsultacja u internisty kosztuje 200 zł. Cukrzyca i nadciśnienie to "
        "najczęstsze powody wizyt u nas."
    )
    assert _rules(general, "pl", "Lena", review) == set()
    theirs = "Pani Leno, konsultacja kosztuje 200 zł. Pani cukrzyca jest już pod kontrolą."
    assert "health_detail" in _rules(theirs, "pl", "Lena", review)


# (language, review telling of a visit, the courtesy, a reply that names what was done)
GLAD_WE_HELPED = [
    (
        "en",
        "Had a terrible toothache on Saturday and they saw me within an hour.",
        "Maya, thank you for writing. We're glad we could help, and weekend slots are kept "
        "free for anyone who needs them.",
        "Maya, thank you for writing. We're glad we could help with your wisdom tooth.",
    ),
    (
        "ru",
        "В субботу ужасно болел зуб, приняли в течение часа.",
        "Майя, спасибо, что написали. Рады, что смогли помочь.",
        "Майя, спасибо, что написали. Рады, что удаление зуба мудрости прошло хорошо.",
    ),
    (
        "uk",
        "У суботу страшенно болів зуб, прийняли протягом години.",
        "Майє, дякуємо, що написали. Раді, що змогли допомогти.",
        "Майє, дякуємо, що написали. Раді, що видалення зуба мудрості минуло добре.",
    ),
    (
        "pl",
        "W sobotę strasznie bolał mnie ząb, przyjęli w ciągu godziny.",
        "Pani Maju, dziękujemy za opinię. Cieszymy się, że mogliśmy pomóc.",
        "Pani Maju, dziękujemy za opinię. Cieszymy się, że mogliśmy pomóc przy usunięciu ósemki.",
    ),
    (
        "zh",
        "周六牙疼得厉害，他们一小时内就给我看了。",
        "玛雅，谢谢您的评价。很高兴能帮上忙。",
        "玛雅，谢谢您的评价。很高兴您的智齿拔得很顺利。",
    ),
]


@pytest.mark.parametrize(("language", "review", "courtesy", "care"), GLAD_WE_HELPED)
def test_glad_we_could_help_after_a_review_of_a_visit_is_a_courtesy_in_every_language(
    language: str, review: str, courtesy: str, care: str
) -> None:
    assert _rules(courtesy, language, "Maya", review) == set()
    assert _rules(care, language, "Maya", review) != set()


# (language, the reviewer's question, insurance explained for everyone, their own policy)
INSURANCE_FOR_EVERYONE = [
    (
        "en",
        "Why did my friend have to pay for her surgery when she's insured?",
        "Insurance works the same way for everyone: most policies pay the surgeon's fee. The "
        "surgery fee is set by the hospital, and the insurer decides what it covers.",
        "Insurance works the same way for everyone: most policies pay the surgeon's fee. Your "
        "insurer refused the surgery fee.",
    ),
    (
        "ru",
        "Почему подруге пришлось платить за операцию, если у неё ДМС?",
        "Страховка устроена для всех одинаково: большинство полисов оплачивают работу хирурга. "
        "Стоимость операции устанавливает больница, а что покрывать, решает страховая. Мы "
        "всегда готовы разобрать полис до начала лечения.",
        "Страховка устроена для всех одинаково: большинство полисов оплачивают работу хирурга. "
        "Ваша страховая отказала в оплате операции.",
    ),
    (
        "uk",
        "Чому подрузі довелося платити за операцію, якщо в неї страховка?",
        "Страховка влаштована для всіх однаково: більшість полісів оплачують роботу хірурга. "
        "Вартість операції встановлює лікарня, а що покривати, вирішує страхова. Ми завжди "
        "готові розібрати поліс до початку лікування.",
        "Страховка влаштована для всіх однаково: більшість полісів оплачують роботу хірурга. "
        "Ваша страхова відмовила в оплаті операції.",
    ),
    (
        "zh",
        "为什么我朋友有保险还要自己付手术费？",
        "商业保险对所有人的规则都一样：大多数保单会报销手术费和住院费。手术费由医院定价，报销多少由保险公司决定。",
        "商业保险对所有人的规则都一样：大多数保单会报销手术费和住院费。您的手术费保险公司只报销了一半。",
    ),
]


@pytest.mark.parametrize(("language", "review", "general", "theirs"), INSURANCE_FOR_EVERYONE)
def test_how_insurance_works_for_everyone_is_no_billing_finding(
    language: str, review: str, general: str, theirs: str
) -> None:
    assert "billing" not in _rules(general, language, "Clara", review)
    assert "billing" in _rules(theirs, language, "Clara", review)


# (language, a condition named in a general sentence, the same condition said of the reviewer)
CONDITIONS = [
    (
        "en",
        "Thanks for asking, Oliver! Diabetes patients can now book a yearly foot check without "
        "a referral.",
        "Thanks, Oliver! As someone living with diabetes yourself, you will know the first "
        "months on insulin are often the hardest.",
    ),
    (
        "ru",
        "Виктор, спасибо за вопрос! Пациенты с диабетом теперь могут записаться на ежегодный "
        "осмотр стоп без направления.",
        "Виктор, спасибо! Вам как диабетику первые месяцы на инсулине наверняка даются тяжело.",
    ),
    (
        "uk",
        "Вікторе, дякуємо за запитання! Пацієнти з діабетом тепер можуть записатися на "
        "щорічний огляд стоп без направлення.",
        "Вікторе, дякуємо! Вам як діабетику перші місяці на інсуліні напевно даються важко.",
    ),
    (
        "pl",
        "Panie Wiktorze, dziękujemy za pytanie! Pacjenci z cukrzycą mogą teraz zapisać się na "
        "coroczną kontrolę stóp bez skierowania.",
        "Panie Wiktorze, dziękujemy! Pana cukrzyca jest już dobrze wyrównana na insulinie.",
    ),
    (
        "zh",
        "谢谢奥利的提问！糖尿病患者现在可以在同一个上午预约每年的足部检查，无需转诊。",
        "谢谢奥利！您作为糖尿病患者，刚开始打胰岛素的几个月往往最辛苦。",
    ),
]


@pytest.mark.parametrize(("language", "general", "theirs"), CONDITIONS)
def test_a_condition_in_a_general_sentence_is_nobodys_said_of_them_it_is_theirs(
    language: str, general: str, theirs: str
) -> None:
    assert _rules(general, language, "Oliver", "Do you do diabetes checks?") == set()
    assert "health_detail" in _rules(theirs, language, "Oliver", "Nurse was kind.")


def test_a_discount_on_their_next_visit_for_a_review_is_a_reward_one_for_everyone_is_not() -> None:
    review = "很棒的诊所。"
    reward = "贝贝，太感谢了！像您这样的评价能帮助更多家庭找到我们。为表谢意，下次复诊给您打八折。"
    assert "reward" in _rules(reward, "zh", "贝贝", review)
    offer = "皮特您好，整个十一月，所有新患者首次检查可享八折。这些优惠面向所有人，与评价无关。"
    assert _rules(offer, "zh", "皮特", "有什么优惠吗？") == set()


@pytest.mark.parametrize(
    ("language", "their_day", "schedule"),
    [
        (
            "pl",
            "Mamy nadzieję, że wczesna godzina w drugi wtorek marca nie utrudniła Pani dotarcia "
            "do pracy.",
            "Dzień bezpłatnego pomiaru ciśnienia odbywa się w pierwszą sobotę każdego miesiąca.",
        ),
        (
            "zh",
            "希望三月第二个星期二一大早的安排没有让您上班太赶。",
            "每月第一个星期六是我们的免费血压筛查日，任何人都可以来。",
        ),
        ("en", "We managed to see you at ten to eight.", "Our lab is open from ten to six."),
    ],
)
def test_a_weekday_of_a_named_month_is_a_date_the_practices_schedule_is_not(
    language: str, their_day: str, schedule: str
) -> None:
    assert "date" in _rules(their_day, language, "Natalia", "Great.")
    assert "date" not in _rules(schedule, language, "Natalia", "Great.")
