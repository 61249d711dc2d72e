"""Session 45 (gname45, issue 16): the team's full names are not the patient's. A reply may name
the practice's own people in full: a manager with the place they run ("the practice manager at
our Riverside site, Graham Toller", "руководителю филиала на Тверской Анне Сергеевне Лисицыной",
"kierowniczce placówki na Mokotowie, pani Ewie Zielińskiej"), a role and then "is" / "became"
before the name ("their practice manager is ...", "новою головною лікаркою стала ..."), a
colleague "z naszej rejestracji". The reviewer's or a relative's full name, a patient named
with a title and the reviewer's own clinician stay blocked, and a first name ending in a soft
sign is read in every case ("Игорю Белову"). Sentences written for this file, not the round's."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

TEAM = [
    # a role with the place it is held at, then the name
    (
        "en",
        "Phones never answered.",
        "Dan",
        (
            "Thanks, Dan. The practice manager at our Riverside site, Graham Toller, is "
            "rolling out a new phone system for both surgeries next month."
        ),
    ),
    (
        "en",
        "Lovely team.",
        "Jo",
        (
            "Thanks, Jo! The head of nursing at our Northgate site, Bernadette Quinn, asked us "
            "to pass on her thanks to everyone who filled in the survey."
        ),
    ),
    (
        "ru",
        "В филиале на Тверской грязно.",
        "Олег",
        (
            "Олег, спасибо! Мы передали отзыв руководителю филиала на Тверской Анне Сергеевне "
            "Лисицыной, она уже разбирается."
        ),
    ),
    (
        "ru",
        "Плохо.",
        "Нина",
        (
            "Нина, простите. Свяжитесь, пожалуйста, с руководителем филиала в Мытищах Андреем "
            "Сомовым по телефону 8 800 111-22-33."
        ),
    ),
    (
        "uk",
        "У філії на Оболоні брудно.",
        "Андрій",
        (
            "Андрію, дякуємо! Ваш відгук ми переслали завідувачу філії на Оболоні Василю "
            "Степановичу Гнатюку."
        ),
    ),
    (
        "uk",
        "Погано.",
        "Ніна",
        (
            "Ніно, вибачте. Зв'яжіться, будь ласка, з керівником філії в Ірпені Андрієм Сомом "
            "за телефоном 067 111 22 33."
        ),
    ),
    (
        "pl",
        "W filii na Ursynowie brudno.",
        "Tomasz",
        (
            "Panie Tomaszu, dziękujemy. Przekazaliśmy opinię kierowniczce placówki na "
            "Mokotowie, pani Ewie Zielińskiej."
        ),
    ),
    (
        "pl",
        "Bałagan w rejestracji.",
        "Ola",
        (
            "Pani Olu, przepraszamy. Kierownik przychodni przy ul. Długiej, Jan Lis, już "
            "rozmawia z zespołem."
        ),
    ),
    (
        "pl",
        "Bałagan.",
        "Ola",
        (
            "Pani Olu, przepraszamy. Sprawę przekazaliśmy koordynatorce oddziału w Gdyni Marii "
            "Kowalczyk."
        ),
    ),
    # a role, then "is" / "will be" / "became", then the name
    (
        "en",
        "Shocking service at the Elm Street surgery.",
        "K Walsh",
        (
            "We're sorry to read this. Elm Street is a separate practice and not part of our "
            "group; their practice manager is Joanne Pryce and she can be contacted through "
            "their own website."
        ),
    ),
    (
        "en",
        "Lovely team.",
        "Jo",
        (
            "Thanks, Jo! Our new practice manager is Colin Ashworth, and he'd love to hear "
            "ideas from patients."
        ),
    ),
    (
        "en",
        "Nice place.",
        "Sue",
        (
            "Thanks, Sue! Our new lead nurse will be Amy Cole, who many of you will know from "
            "the baby clinic."
        ),
    ),
    ("ru", "Хорошо.", "Нина", "Нина, спасибо! Новым главным врачом стала Ольга Викторовна Лапина."),
    ("ru", "Хорошо.", "Нина", "Нина, спасибо! Заведующим отделением с мая будет Игорь Белов."),
    ("uk", "Добре.", "Ніна", "Ніно, дякуємо! Новою головною лікаркою стала Ольга Вікторівна Лапа."),
    ("uk", "Добре.", "Ніна", "Ніно, дякуємо! Завідувачем відділення з травня буде Ігор Білоус."),
    # a colleague at "our reception desk" (pl 'rejestracja' is the desk too)
    (
        "pl",
        "Pani Basia w rejestracji jest przemiła!",
        "Monika",
        "Przekazaliśmy słowa pani Barbarze Nowak z naszej rejestracji, bardzo się ucieszyła.",
    ),
    (
        "pl",
        "Miła obsługa.",
        "Monika",
        "Pani Barbara Nowak z naszej rejestracji bardzo się ucieszyła.",
    ),
    # other ways a practice names its own people (these passed before; they must stay so)
    ("zh", "很差。", "小雨", "非常抱歉。请联系我们朝阳分院的负责人周建华，电话010-1234-5678。"),
    ("zh", "很好。", "小雨", "谢谢您的好评！新任护士长刘晓梅会把您的建议带给护理团队。"),
    (
        "pl",
        "Dobrze.",
        "Ola",
        "Pani Olu, dziękujemy! Nową kierowniczką rejestracji została pani Agata Wilk.",
    ),
]

PRIVATE = [
    # the reviewer or a relative named in full, a patient with a title, their own clinician
    (
        "en",
        "Nice place.",
        "Mike",
        "Thanks Mike! The manager at Riverside, your wife Jane Hollis, asked us to say hello.",
        "full_name",
    ),
    (
        "en",
        "Lovely team.",
        "Jo",
        "Thanks, Jo! Please say hello to your husband Peter Fairweather for us.",
        "full_name",
    ),
    (
        "en",
        "Nice place.",
        "Mike T",
        (
            "Thanks Mike! Your doctor is Rachel Summers and she was pleased to hear you're "
            "happy with us."
        ),
        "confirms_patient",
    ),
    (
        "en",
        "Nice place.",
        "Mike T",
        (
            "Thanks Mike! The GP at our Riverside branch, Rachel Summers, who has been your "
            "doctor for years, sends her regards."
        ),
        "confirms_patient",
    ),
    ("ru", "Хорошо.", "Нина", "Нина, передайте привет вашему мужу Игорю Белову!", "full_name"),
    ("ru", "Хорошо.", "Нина", "Мы вчера видели Игоря Смирнова у входа.", "full_name"),
    (
        "ru",
        "Хорошо.",
        "Нина",
        "Нина, ваш лечащий врач будет Игорь Белов, он ждёт вас на осмотр.",
        "confirms_patient",
    ),
    (
        "ru",
        "Хорошо.",
        "Алексей",
        (
            "Алексей, ваш лечащий врач в филиале на Тверской Павел Андреевич Шилов ждёт вас на "
            "контрольный осмотр."
        ),
        "full_name",
    ),
    (
        "ru",
        "Хорошо.",
        "Нина",
        "Нина, врачом вашей мамы Галины Орловой будет Игорь Белов.",
        "full_name",
    ),
    (
        "uk",
        "Добре.",
        "Ніна",
        "Ніно, передайте вітання вашому чоловікові Ігорю Білоусу!",
        "full_name",
    ),
    (
        "uk",
        "Все добре.",
        "Олена",
        "Олено, ваша сімейна лікарка у філії на Оболоні Людмила Кравчук чекає вас на огляд.",
        "full_name",
    ),
    (
        "uk",
        "Добре.",
        "Ніна",
        "Ніно, ваш лікар тепер буде Ігор Білоус, він чекає вас на огляд.",
        "confirms_patient",
    ),
    (
        "pl",
        "Mama zadowolona.",
        "Grzegorz",
        (
            "Panie Grzegorzu, kierowniczce oddziału, w którym leczyła się Pana mama, pani "
            "Krystyna Nowicka, przekażemy słowa."
        ),
        "full_name",
    ),
    ("pl", "Dobrze.", "Ola", "Pani Olu, prosimy pozdrowić męża, pana Igora Wilka!", "full_name"),
    (
        "pl",
        "Miła obsługa.",
        "Monika",
        "Pani Moniko, pamiętamy Panią z naszej rejestracji.",
        "confirms_patient",
    ),
    (
        "pl",
        "Dobrze.",
        "Ola",
        "Pani Olu, z naszej rejestracji wynika, że była Pani u nas w maju.",
        "confirms_patient",
    ),
    ("zh", "很好。", "小雨", "谢谢张小雨女士的好评！", "full_name"),
    ("zh", "很好。", "小雨", "谢谢！请代我们向您的丈夫李建国先生问好。", "full_name"),
]


@pytest.mark.parametrize("probe", probes(TEAM, "language review reviewer good"))
def test_the_team_named_in_full_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(PRIVATE, "language review reviewer bad rule"))
def test_the_reviewer_their_family_and_their_clinician_stay_blocked(probe: Probe) -> None:
    check(probe)
