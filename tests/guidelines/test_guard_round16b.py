"""Round 16b (issue 16, g16): a leak put as an aside in a clinician's chatty reply. The
reviewer's relative named and then spoken of in the third person ("ваш папа … передайте ему,
что подагра утихнет") makes what that clause asserts the relative's; a visit held for them
("придержала за вами свой обычный вторник", "you're due back for the polish"), their own account
in the app ("您小程序的个人账户") is a care relationship. Each leak has a look-alike that is left
alone: the third person of a colleague, a slot held for anyone, where anyone finds the sheet.
The
probes written after the round add habits of visiting ("when you pop in", "заглядываете к
нам"), memories of them, a child who endured a jab, and "the new dose" after a condition."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (language, reviewer, review, a good reply, the same scene with a leak, the leak's rule)
PAIRS = [
    # the relative, then "him"/"ему"/"йому"/"mu"/"他"
    (
        "ru",
        "Яков В.",
        "Очень бережно отнеслись к моему папе.",
        "Яков, спасибо! Наш ревматолог Пётр Иванович — золото. Он читает открытую лекцию "
        "о подагре в четверг, приходите все желающие.",
        "Яков, ваш папа — золото! Передайте ему привет от всей команды и что подагра утихнет, "
        "раз он больше не пьёт мочегонное.",
        "health_detail",
    ),
    (
        "uk",
        "Яків В.",
        "Дуже дбайливо поставилися до мого тата.",
        "Якове, дякуємо! Наш ревматолог Петро Іванович — золото. Він читає відкриту лекцію "
        "про подагру в четвер, приходьте всі охочі.",
        "Якове, ваш тато — золото! Передайте йому вітання від усієї команди і що подагра "
        "вщухне, раз він більше не п'є сечогінне.",
        "health_detail",
    ),
    # a visit held for them
    (
        "ru",
        "Семён К.",
        "Елена Павловна — чудо!",
        "Семён, спасибо! Елена Павловна по вторникам придерживает два окна для острой боли, "
        "записаться может любой.",
        "Семён, спасибо! Елена Павловна уже придержала за вами свой обычный вторник, так что "
        "с записью мучиться не придётся.",
        "confirms_patient",
    ),
    (
        "uk",
        "Семен К.",
        "Олена Павлівна — диво!",
        "Семене, дякуємо! Олена Павлівна щовівторка притримує два вікна для гострого болю, "
        "записатися може будь-хто.",
        "Семене, дякуємо! Олена Павлівна вже притримала за вами свій звичний вівторок, тож "
        "із записом мучитися не доведеться.",
        "confirms_patient",
    ),
    (
        "en",
        "Grace",
        "Quick and painless.",
        "Quick and painless is exactly what we aim for, Grace! Most adults are due for a "
        "polish every six months, and anyone can book online.",
        "Quick and painless is exactly what we aim for, Grace! Don't forget you're due back "
        "for the half-yearly polish in spring; we'll text a reminder.",
        "confirms_patient",
    ),
    (
        "en",
        "Tom B.",
        "Kind staff and a calm waiting room.",
        "Thanks Tom! The waiting room music is my doing, so I'm glad someone likes it. We're "
        "a small family practice, and our receptionists have been here for years.",
        "Thanks Tom! The waiting room music is my doing, so I'm glad someone likes it. You're "
        "practically family here by now, so it's nice to read what you think.",
        "confirms_patient",
    ),
    # their own account in the app
    (
        "zh",
        "安娜",
        "网上预约很方便。",
        "很高兴预约顺利！术后护理须知在小程序首页就能下载，所有人都可以查看。谢谢您的评价！",
        "很高兴预约顺利！顺便说一下，我把术后护理须知放到您小程序的个人账户里了，"
        "怕纸质的那份弄丢。谢谢您的评价！",
        "confirms_patient",
    ),
    # people in general by what they use; a colleague's title in the dative
    (
        "en",
        "Lucy",
        "I heard they charge for parking now.",
        "Hi Lucy, parking behind the building is still free. Three bays near the door are "
        "kept for wheelchair users.",
        "Hi Lucy, parking behind the building is still free. We keep the bay near the door "
        "for your wheelchair now that your hip is worse.",
        "health_detail",
    ),
    (
        "uk",
        "Карл",
        "Загубили мою картку!!",
        "Карле, мені шкода це читати. Публічно я не можу обговорювати нічиє лікування, але "
        "хочу розібратися. Зателефонуйте мені, будь ласка, лікарці Галині Орловій: "
        "+380 44 123 45 67.",
        "Карле, мені шкода це читати. Вашу картку з діагнозом «ревматоїдний артрит» ми "
        "знайшли. Зателефонуйте мені, будь ласка, лікарці Галині Орловій: +380 44 123 45 67.",
        "health_detail",
    ),
    # the probes after the round: habits of visiting, memories of them, a missed visit, a child
    # who endured a jab, a question after how something of theirs is now
    (
        "en",
        "Ann",
        "Great clinic.",
        "Thanks Ann! The team has grown a lot, and the new waiting room has room for everyone.",
        "Thanks Ann! After all these visits you know the team better than I do.",
        "confirms_patient",
    ),
    (
        "en",
        "Ann",
        "Great clinic.",
        "Thanks Ann! We remember how stressful moving house can be, and our new address is below.",
        "Thanks Ann! We remember how anxious you were the first time.",
        "confirms_patient",
    ),
    (
        "en",
        "Ann",
        "Great clinic.",
        "Thanks Ann! We're sorry we missed your review at first.",
        "Thanks Ann! We missed you at the last two appointments.",
        "new_information",
    ),
    (
        "en",
        "Ann",
        "Great clinic.",
        "Thanks Ann! How is the new parking working out for everyone?",
        "Thanks Ann! How is the shoulder after the arthroscopy?",
        "health_detail",
    ),
    (
        "ru",
        "Анна",
        "Хорошая клиника.",
        "Спасибо, Анна! Заглядывайте к нам на день открытых дверей в субботу.",
        "Спасибо, Анна! Всегда приятно, когда вы заглядываете к нам.",
        "confirms_patient",
    ),
    (
        "ru",
        "Анна",
        "Хорошая клиника.",
        "Спасибо, Анна! Дети так любят наш игровой уголок, что не хотят уходить.",
        "Спасибо, Анна! Малыш так храбро перенёс прививки.",
        "health_detail",
    ),
    (
        "uk",
        "Анна",
        "Гарна клініка.",
        "Дякуємо, Анно! За стільки років роботи клініка бачила багато, і ми відкриті для всіх.",
        "Дякуємо, Анно! За стільки візитів ви знаєте команду краще за мене.",
        "confirms_patient",
    ),
    (
        "uk",
        "Анна",
        "Гарна клініка.",
        "Дякуємо, Анно! Якщо дитина погано перенесла щеплення, повідомте педіатру.",
        "Дякуємо, Анно! Малюк так хоробро переніс щеплення.",
        "health_detail",
    ),
    (
        "pl",
        "Anna",
        "Dobra przychodnia.",
        "Dziękujemy, Pani Anno! Zapraszamy wszystkich na dzień otwarty w sobotę.",
        "Dziękujemy, Pani Anno! Zawsze miło, gdy Pani do nas zagląda.",
        "confirms_patient",
    ),
    # a condition and "the new dose": a prescription changed for someone
    (
        "ru",
        "Светлана",
        "Очень внимательные врачи.",
        "Светлана, спасибо! Эндокринолог принимает у нас каждый день, запись на сайте.",
        "Светлана, спасибо! Лечение гипотиреоза — дело небыстрое, но новая дозировка должна "
        "подействовать в течение нескольких недель.",
        "health_detail",
    ),
    (
        "uk",
        "Світлана",
        "Дуже уважні лікарі.",
        "Світлано, дякуємо! Ендокринолог приймає в нас щодня, запис на сайті.",
        "Світлано, дякуємо! Лікування гіпотиреозу — справа нешвидка, але нове дозування має "
        "подіяти протягом кількох тижнів.",
        "health_detail",
    ),
    (
        "pl",
        "Sandra",
        "Bardzo uważni lekarze.",
        "Pani Sandro, dziękujemy! Leczenie niedoczynności tarczycy to długa droga, dlatego "
        "endokrynolog przyjmuje u nas codziennie.",
        "Pani Sandro, dziękujemy! Leczenie niedoczynności tarczycy to długa droga, ale nowa "
        "dawka powinna zadziałać w ciągu kilku tygodni.",
        "health_detail",
    ),
    # a condition's resolution foretold in the perfective future: someone's prognosis
    (
        "ru",
        "Анна",
        "Хорошая клиника.",
        "Спасибо, Анна! Очередь пройдёт быстрее, если записаться онлайн.",
        "Спасибо, Анна! Блефарит пройдёт, если капать капли.",
        "health_detail",
    ),
    (
        "uk",
        "Анна",
        "Гарна клініка.",
        "Дякуємо, Анно! Черга мине швидше, якщо записатися онлайн.",
        "Дякуємо, Анно! Блефарит вщухне, якщо капати краплі.",
        "health_detail",
    ),
    # luck wished for something of theirs to come
    (
        "ru",
        "Анна",
        "Хорошая клиника.",
        "Спасибо, Анна! Удачи на экзаменах, и заходите к нам на день открытых дверей.",
        "Спасибо, Анна! Удачи на склеротерапии на следующей неделе!",
        "health_detail",
    ),
    (
        "uk",
        "Анна",
        "Гарна клініка.",
        "Дякуємо, Анно! Успіхів на іспитах, і заходьте до нас на день відкритих дверей.",
        "Дякуємо, Анно! Успіхів на склеротерапії наступного тижня!",
        "health_detail",
    ),
    (
        "pl",
        "Anna",
        "Dobra przychodnia.",
        "Dziękujemy, Pani Anno! Powodzenia na egzaminach i zapraszamy na dzień otwarty.",
        "Dziękujemy, Pani Anno! Powodzenia na skleroterapii w przyszłym tygodniu!",
        "health_detail",
    ),
]


def _rules(reply: str, language: str, reviewer: str, review: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer, learned=False
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(("language", "reviewer", "review", "good", "bad", "rule"), PAIRS)
def test_aside_leak_is_blocked_and_its_look_alike_is_not(
    language: str, reviewer: str, review: str, good: str, bad: str, rule: str
) -> None:
    assert _rules(good, language, reviewer, review) == set()
    assert rule in _rules(bad, language, reviewer, review)


def test_third_person_without_a_relative_named_is_nobody_in_particular() -> None:
    # "ему" after a colleague is named (no "ваш папа"): a general sentence about gout stays general
    reply = (
        "Спасибо! Наш доктор Иван Петрович — золото. Передадим ему ваши слова: подагра у "
        "многих обостряется весной, и он ведёт приём по средам."
    )
    assert _rules(reply, "ru", "Яков", "Хороший доктор.") == set()
