"""Round 15l (issue 16, g14): long good replies full of general information are left alone,
and the same reply with one leak in it is still blocked. A health word in a sentence that
states a rule ("usually", "може бути ознакою", "może być objawem", "通常") with nobody in it, in
a reply with another sentence of general information, answering a review that names no illness,
is nobody's; colleagues named in a list after a member of staff are the practice's own."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (language, reviewer, review, harmless long reply, its sentence, the sentence with a leak)
LOOK_ALIKES = [
    (
        "en",
        "Alan",
        "Good clinic, the text reminders are really helpful.",
        "Thank you, Alan, we're glad the reminders help! Our receptionists Jenny Walsh and "
        "Tom Baker set them up last spring. As autumn is here, a short note for all our "
        "readers: flu season usually starts in October, and the vaccine is especially "
        "recommended for adults over 65 and anyone with asthma or diabetes. Vaccination clinics "
        "run every Saturday morning in November, no appointment needed. Stay well this winter.",
        "Our receptionists Jenny Walsh and Tom Baker set them up last spring.",
        "Our receptionists Jenny Walsh and Tom Baker set them up last spring. We're glad your "
        "asthma has settled since the new inhaler.",
    ),
    (
        "ru",
        "Вера",
        "Хорошая клиника, удобная запись.",
        "Вера, спасибо! Запись настраивали наши администраторы Евгения Васильева и Тимур "
        "Бакиев. Сезон поллиноза обычно начинается в конце марта, и аллергия часто усиливается "
        "в ветреные дни. Аллерголог ведёт приём у нас каждую вторую среду месяца, записаться "
        "можно на сайте. Хорошей весны!",
        "Сезон поллиноза обычно начинается в конце марта, и аллергия часто усиливается в "
        "ветреные дни.",
        "Сезон поллиноза обычно начинается в конце марта, и ваша аллергия в этом году "
        "усилилась раньше.",
    ),
    (
        "uk",
        "Віра",
        "Гарна клініка, зручний запис.",
        "Віро, дякуємо! Запис налаштовували наші адміністратори Євгенія Василенко та Тарас "
        "Бакун. Хропіння із зупинками дихання може бути ознакою апное, яке добре лікується. "
        "Щомісяця в останню середу о 18:30 у нас відбувається безкоштовний семінар про "
        "здоровий сон. Гарного тижня!",
        "Хропіння із зупинками дихання може бути ознакою апное, яке добре лікується.",
        "Хропіння із зупинками дихання може бути ознакою апное, тому ваш нічний тест ми повторимо.",
    ),
    (
        "pl",
        "Julia",
        "Dobra przychodnia, wygodna rejestracja.",
        "Pani Julio, dziękujemy! Rejestrację online przygotowały nasze recepcjonistki Joanna "
        "Walczak i Teresa Bąk. Chrapanie z przerwami w oddychaniu może być objawem bezdechu, "
        "który dobrze się leczy. W ostatnią środę miesiąca o 18:30 prowadzimy bezpłatne "
        "warsztaty o zdrowym śnie. Udanego tygodnia!",
        "Chrapanie z przerwami w oddychaniu może być objawem bezdechu, który dobrze się leczy.",
        "Chrapanie z przerwami w oddychaniu może być objawem bezdechu, dlatego powtórzymy "
        "Pani badanie snu.",
    ),
    (
        "zh",
        "蒋女士",
        "诊所很好，预约很方便。",
        "谢谢您的好评！花粉过敏季通常从3月底开始，一直持续到7月。如果流鼻涕的同时出现胸闷、"
        "喘息，这可能是过敏性哮喘。本院过敏门诊每月第二个周四开放，欢迎大家关注。",
        "花粉过敏季通常从3月底开始，一直持续到7月。",
        "您的花粉过敏今年3月底又犯了，一直持续到7月。",
    ),
]


def _findings(reply: str, language: str, reviewer: str, review: str) -> list[tuple[str, str]]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer, learned=False
    )
    return [(f.rule, f.text) for f in found]


@pytest.mark.parametrize(
    ("language", "reviewer", "review", "reply", "sentence", "leaking"),
    LOOK_ALIKES,
    ids=[case[0] for case in LOOK_ALIKES],
)
def test_long_reply_of_general_information_passes_and_its_leaking_twin_is_blocked(
    language: str, reviewer: str, review: str, reply: str, sentence: str, leaking: str
) -> None:
    assert _findings(reply, language, reviewer, review) == []
    assert sentence in reply
    twin = reply.replace(sentence, leaking)
    rules = {rule for rule, _ in _findings(twin, language, reviewer, review)}
    assert "health_detail" in rules or "new_information" in rules


def test_general_information_about_a_procedure_alone_still_names_theirs() -> None:
    # one sentence on a procedure and nothing else general: it tells what was done to them
    reply = (
        "Здравствуйте, Олеся! Спасибо, что нашли время написать. Мы рады, что вам понравилась "
        "атмосфера. Лапароскопическая холецистэктомия — операция несложная, и восстановление "
        "обычно быстрое. Всего доброго!"
    )
    assert "health_detail" in {r for r, _ in _findings(reply, "ru", "Олеся", "Уютная клиника.")}


def test_general_information_answering_a_review_of_an_illness_is_still_read_as_theirs() -> None:
    reply = (
        "Thank you, Dana. Migraine is one of the most common reasons people see a neurologist, "
        "and it usually gets better with the right plan. Our clinic is open every weekday."
    )
    review = "My migraine was awful and the doctor sorted it out."
    assert _findings(reply, "en", "Dana", "Nice clinic.") == []
    assert "health_detail" in {r for r, _ in _findings(reply, "en", "Dana", review)}


@pytest.mark.parametrize(
    ("language", "topic", "their_own", "reply"),
    [
        (
            "en",
            "Great advice on the website about migraine.",
            "I had a migraine for a week and they helped.",
            "Thank you, Dana! Migraine is one of the most common reasons people see a "
            "neurologist, and it usually gets better with the right plan. Our clinic is open "
            "every weekday.",
        ),
        (
            "ru",
            "Хорошие советы про аллергию.",
            "У меня аллергия, и мне тут помогли.",
            "Вера, спасибо! Антигистаминные таблетки обычно работают лучше, если начать их за "
            "две недели до сезона. Аллерголог ведёт приём у нас по средам.",
        ),
    ],
)
def test_a_review_on_a_health_topic_is_no_illness_of_its_writer(
    language: str, topic: str, their_own: str, reply: str
) -> None:
    assert _findings(reply, language, "Dana", topic) == []
    assert "health_detail" in {r for r, _ in _findings(reply, language, "Dana", their_own)}


@pytest.mark.parametrize(
    ("language", "staff", "relative"),
    [
        (
            "en",
            "Please thank our receptionists Jenny Walsh and Tom Baker for us.",
            "Please thank our receptionist Jenny Walsh and your husband, Tom Baker, for us.",
        ),
        (
            "ru",
            "Запись настраивали наши администраторы Евгения Васильева и Тимур Бакиев.",
            "Запись настраивали администратор Евгения Васильева и ваш муж Тимур Бакиев.",
        ),
        (
            "pl",
            "Dziękujemy recepcjonistkom Joannie Walczak i Teresie Bąk.",
            "Dziękujemy recepcjonistce Joannie Walczak i Pani mężowi, Tadeuszowi Bąkowi.",
        ),
    ],
)
def test_colleagues_named_in_a_list_are_the_practices_but_a_relative_after_them_is_not(
    language: str, staff: str, relative: str
) -> None:
    assert "full_name" not in {r for r, _ in _findings(staff, language, "Ola", "")}
    assert "full_name" in {r for r, _ in _findings(relative, language, "Ola", "")}


def test_a_colleague_retiring_owns_the_date() -> None:
    retired = "Лікар Коваленко вийшов на пенсію наприкінці червня, ми за ним сумуємо."
    visit = "Лікар Коваленко приймав вас наприкінці червня, ми це пам'ятаємо."
    assert "date" not in {r for r, _ in _findings(retired, "uk", "Ірина", "")}
    assert "date" in {r for r, _ in _findings(visit, "uk", "Ірина", "")}


def test_see_you_soon_closing_its_sentence_is_a_courtesy() -> None:
    assert _findings("Thanks for the kind words, Sophie. See you soon!", "en", "Sophie", "") == []
    rules = {
        r for r, _ in _findings("Thanks, Sophie. See you soon for the follow-up.", "en", "", "")
    }
    assert "confirms_patient" in rules


def test_a_first_consultation_free_for_everyone_is_no_visit_of_theirs() -> None:
    price = "To clear up a misunderstanding: the first consultation is free for everyone."
    visit = "To clear up a misunderstanding: the first consultation went as planned."
    assert _findings(price, "en", "Greg", "") == []
    assert "confirms_patient" in {r for r, _ in _findings(visit, "en", "Greg", "")}
