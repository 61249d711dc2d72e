"""Round 25d (uk): good Ukrainian replies of the blind sets' kinds that the guard flagged.

A round written before reading the guard (own_uk_round25d.jsonl) showed four false alarms:
the wish "будемо раді бачити вас знову" closed by an emoji instead of a full stop; "того разу"
pointing back at what the review tells, in a sentence about a guard and a key; a veterans'
organisation's reply that names the practice's coordinator and ends "Слава Україні!"; and a
thanks to "всій команді реабілітації" after a review about rehabilitation. Each good reply
below was flagged before; each bad look-alike is still blocked.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

# (review, reviewer, good reply, bad look-alike, the rule the bad one breaks)
PAIRS = [
    # the closing wish ends its sentence with an emoji or a ")" smiley as with a full stop
    (
        "Все сподобалось, дякую!",
        "Олег",
        "Дякуємо за теплі слова! Будемо раді бачити вас знову 🙂",
        "Дякуємо! Лікарка Оксана буде рада бачити вас знову на контрольному огляді 🙂",
        "confirms_patient",
    ),
    (
        "Все сподобалось, дякую!",
        "Олег",
        "Дякуємо, Олеже! Будемо раді бачити вас знову)",
        "Дякуємо, Олеже! Чекаємо вас знову на перев’язку)",
        "confirms_patient",
    ),
    # "that time" of the review's event, in a sentence about no one's care
    (
        "Під час тривоги двері укриття були зачинені!",
        "Ніна",
        "Дякуємо, що написали. Того разу охоронець відійшов від входу; тепер запасний ключ "
        "лежить на рецепції.",
        "Дякуємо, що написали. Того разу ви чекали лікаря довше, ніж мали б, — перепрошуємо.",
        "confirms_patient",
    ),
    # "Слава Україні": a nominative and a dative, no first name and surname
    (
        "Дякуємо клініці за допомогу нашим захисникам!",
        "Спілка ветеранів",
        "Дякуємо вам за довіру! Для нас честь допомагати захисникам. Слава Україні!",
        "Дякуємо вам за довіру, Слава Коваленко! Для нас честь допомагати захисникам.",
        "full_name",
    ),
    # the team named by the review's own health word: the practice's people
    (
        "Ходимо з татом на реабілітацію вже місяць, усі дуже уважні.",
        "Марта",
        "Дякуємо! Передамо ваші слова всій команді реабілітації — їм буде дуже приємно.",
        "Дякуємо! Раді, що реабілітація після інсульту вже дає татові результат.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad", "rule"),
    PAIRS,
    ids=["emoji", "smiley", "that_time", "slava_ukraini", "team"],
)
def test_good_uk_reply_passes_and_its_bad_look_alike_is_blocked(
    review: str, reviewer: str, good: str, bad: str, rule: str
) -> None:
    assert rules_broken(good, "uk", review, reviewer) == set()
    assert rule in rules_broken(bad, "uk", review, reviewer)


def test_the_practices_coordinator_named_after_our_side_and_a_dash_passes() -> None:
    reply = (
        "Дякуємо вам за все, що ви робите! Програма безкоштовних консультацій триває до кінця "
        "року; контактна особа з нашого боку — Марина Левченко, тел. 050 000 11 22."
    )
    assert rules_broken(reply, "uk", "Дякуємо за консультації для ветеранів!", "ГО Побратими") == (
        set()
    )


def test_a_reviewers_relative_named_in_full_is_still_blocked() -> None:
    reply = "Дякуємо! Ваша мама, Олена Калина, вже записана на повторний огляд."
    assert "full_name" in rules_broken(reply, "uk", "Дякую за маму.", "Ірина")


# round 25d2 (new words): the practice's people named in full after our possessive and a role
@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "Дякуємо, Ганно! Наші лікарки Оксана Руденко та Вікторія Шаповал дуже цінують такі "
            "відгуки.",
            "Дякуємо, Ганно! Наші пацієнтки Оксана Руденко та Вікторія Шаповал теж задоволені.",
        ),
        (
            "Дякуємо за підтримку фонду! Деталі акції надішле наша координаторка Юлія Марченко.",
            "Дякуємо за підтримку фонду! Наша пацієнтка Юлія Марченко теж долучилася до акції.",
        ),
    ],
    ids=["our_doctors_listed", "our_coordinator"],
)
def test_our_staff_named_in_full_passes_and_our_patient_named_in_full_is_blocked(
    good: str, bad: str
) -> None:
    review = "Все чудово, дякуємо!"
    assert rules_broken(good, "uk", review, "Ганна") == set()
    assert "full_name" in rules_broken(bad, "uk", review, "Ганна")


# round 25d3 (new words): rules and policies said to a reviewer greeted by name
@pytest.mark.parametrize(
    ("review", "reviewer", "good", "bad", "rule"),
    [
        # "правило" is no past verb in "-ло", "таке правило" no particular case
        (
            "Хірург не пояснив ризики!",
            "Євгенія",
            "Євгеніє, письмова згода перед операцією — таке правило в нас для всіх.",
            "Євгеніє, лікар мав пояснити вам ускладнення після вашої операції.",
            "confirms_patient",
        ),
        # what a rule of the practice applies to
        (
            "Передоплата навіть за консультацію? Дивно",
            "Богдана",
            "Богдано, передоплата діє лише для онлайн-консультацій та процедур, щоб захистити "
            "час лікарів від неявок.",
            "Богдано, передоплата за ваші процедури вже надійшла, дякуємо.",
            "confirms_patient",
        ),
        # our director and the field they head, before their name
        (
            "Пропоную співпрацю з нашою лабораторією",
            "Лабораторія «Аналітик»",
            "Дякуємо за пропозицію! Щодо співпраці напишіть нашому директору з розвитку Олегу "
            "Гаврилюку на partners@clinic.ua.",
            "Дякуємо за пропозицію! Наша пацієнтка з Києва Олена Гаврилюк теж радила вашу "
            "лабораторію.",
            "full_name",
        ),
    ],
    ids=["such_a_rule", "applies_only_to", "our_director_of"],
)
def test_a_rule_or_our_staff_in_a_reply_passes_and_its_bad_look_alike_is_blocked(
    review: str, reviewer: str, good: str, bad: str, rule: str
) -> None:
    assert rules_broken(good, "uk", review, reviewer) == set()
    assert rule in rules_broken(bad, "uk", review, reviewer)
