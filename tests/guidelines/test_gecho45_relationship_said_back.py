"""Session 45 (gecho45): a care relationship said back vs a care relationship told new.

A reply that tells a care relationship with the practice or a clinician ("after so many years on
our list", "Dr Okoye took you on", "ви давно лікуєтеся у нас") says it BACK where the review
states that relationship itself, in its own person and words ("I've been on their list for
years", "давно лікуюся у них"; the practice's "our" is the review's "their" seen from the other
side), and tells it NEW otherwise: the same reply after a review silent about it is blocked.
Sentences written for this branch (none is a data row)."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (language, a review that states the relationship, a review silent about it, the reply)
TWINS = [
    (
        "en",
        "I've been on their list for years and the new receptionist was rude to me on the phone.",
        "The new receptionist was rude to me on the phone.",
        "We're sorry; after so many years on our list you deserved better on the phone.",
    ),
    (
        "en",
        "I have been with this practice since 1998 and was kept waiting forty minutes.",
        "I was kept waiting forty minutes.",
        "Sorry you feel this way after so many years with us.",
    ),
    (
        "en",
        "We've all been registered with the surgery for ages, but the car park is a joke.",
        "The car park is a joke.",
        "We're grateful you have been with us for years, and the car park works start next month.",
    ),
    (
        "en",
        "I've been a patient here for over a decade and the heating was off in the waiting room.",
        "The heating was off in the waiting room.",
        "It is a shame that after all this time with us you sat in a cold waiting room.",
    ),
    (
        "en",
        "Dr Okoye is amazing; I was terrified of dentists before.",
        "I was terrified of dentists before.",
        "You were terrified before Dr Okoye took you on, and we're glad that changed.",
    ),
    (
        "en",
        "Dr Mensah has seen me for years, but the booking line is awful.",
        "The booking line is awful.",
        "We're glad you've kept seeing Dr Mensah; the booking line is being fixed.",
    ),
    (
        "en",
        "I was on their books for years before they changed the phone system.",
        "They changed the phone system and it's worse.",
        "Sorry that after years on our books you found the new phones worse.",
    ),
    (
        "uk",
        "Давно лікуюся у них, але цього разу адміністратор нагрубіянила.",
        "Адміністратор нагрубіянила.",
        "Ви давно лікуєтеся у нас, тому нам особливо прикро за грубість адміністратора.",
    ),
    (
        "uk",
        "Ходжу в цю клініку роками, а парковки так і немає.",
        "Парковки так і немає.",
        "Ви вже роками ходите до нас, і парковку ми нарешті облаштуємо навесні.",
    ),
    (
        "uk",
        "Обслуговуюся тут давно, але зі зміною графіка стало незручно.",
        "Зі зміною графіка стало незручно.",
        "Розуміємо: ви давно обслуговуєтеся у нас, і новий графік справді незвичний.",
    ),
    (
        "ru",
        "Хожу в эту клинику уже много лет, а на ресепшене нахамили.",
        "На ресепшене нахамили.",
        "Вы лечитесь у нас много лет, и нам особенно жаль, что на ресепшене так вышло.",
    ),
    (
        "ru",
        "Давно наблюдаюсь здесь, но кофе-автомат опять сломан.",
        "Кофе-автомат опять сломан.",
        "Вы давно наблюдаетесь у нас, а автомат мы уже заменили.",
    ),
    (
        "ru",
        "Лечимся у них всей семьёй, но парковка ужасная.",
        "Парковка ужасная.",
        "Спасибо, что вы столько лет ходите к нам; над парковкой работаем.",
    ),
    (
        "pl",
        "Chodzę do tej przychodni od lat, a rejestracja znowu nie odbiera telefonu.",
        "Rejestracja znowu nie odbiera telefonu.",
        "Chodzi Pani do nas od lat, tym bardziej przepraszamy za telefon.",
    ),
    (
        "zh",
        "在这家看了好多年了，这次前台态度很差。",
        "这次前台态度很差。",
        "您在我们这里看了好多年，前台的态度让您失望了，非常抱歉。",
    ),
    (
        "zh",
        "我在这家诊所看牙好几年了，停车位太少。",
        "停车位太少。",
        "您在我们这里看了好几年，非常感谢您的信任，停车的事我们在想办法。",
    ),
]


def _blocked(reply: str, review: str, language: str) -> bool:
    return bool(find_confidentiality_problems(reply, review_text=review, language=language))


@pytest.mark.parametrize(("language", "stated", "silent", "reply"), TWINS)
def test_relationship_the_review_states_is_said_back(
    language: str, stated: str, silent: str, reply: str
) -> None:
    assert not _blocked(reply, stated, language)


@pytest.mark.parametrize(("language", "stated", "silent", "reply"), TWINS)
def test_relationship_the_review_never_told_is_news(
    language: str, stated: str, silent: str, reply: str
) -> None:
    assert _blocked(reply, silent, language)


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        # a figure of its own: the review gives a year, not fifteen years
        (
            "en",
            "I've been with this practice since 1998 and waited forty minutes.",
            "As you said, the wait was too long, even after fifteen years with us.",
        ),
        # another clinician than the review names
        (
            "en",
            "Dr Adeyemi is amazing; I was terrified of dentists before.",
            "You were terrified before Dr Okoye took you on, and we're glad that changed.",
        ),
        # the review's relationship said by someone else, not in its own person
        (
            "en",
            "My neighbour has been with them for years; I only rang to ask about prices.",
            "Sorry that after so many years with us you were kept on hold.",
        ),
        # a relationship with the practice said back, a health matter beside it stays news
        (
            "uk",
            "Давно лікуюся у них, але адміністратор нагрубіянила.",
            "Ви давно лікуєтеся у нас з пародонтитом, тому нам прикро.",
        ),
        # a health matter the review does not name: nothing of the reply is read as an echo
        (
            "zh",
            "在这家看了好多年了，这次前台态度很差。",
            "您在我们这里看了好多年，您的牙周炎我们会继续跟进。",
        ),
    ],
)
def test_stays_blocked(language: str, review: str, reply: str) -> None:
    assert _blocked(reply, review, language)


def test_a_colleagues_years_with_us_are_no_patients() -> None:
    reply = "After 20 years with us, Sue retires in May; thank you for your kind words."
    assert not _blocked(reply, "Lovely reception staff.", "en")
