"""Round 25e (ru): good replies of the blind sets' kinds, written before reading the guard.

A visit anyone makes, told in a "when" clause of a person in general ("Когда пожилой человек
приходит к врачу ..."), is no care relationship of the reviewer's, even where the clause goes on
to speak to them; a day of the week and what is so on it in the present ("в понедельник утром
линия очень загружена") is the practice's week, not a visit; "понимаем, как это неприятно"
after a general sentence makes none of its health words theirs. The other way: money paid back
to everyone who gives five stars is a reward for a review, and the practice waiting for them at
a check-up of a series ("Ждём в понедельник на контрольный осмотр") tells that they are a patient.
"""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

# (review, reviewer, good reply the guard flagged before round 25e)
GOOD = [
    (
        "Мама (78 лет) ходила к ревматологу, доктор был невнимателен, даже не посмотрел анализы.",
        "Ольга",
        "Ольга, здравствуйте. Когда пожилой человек приходит к врачу с готовыми анализами, он "
        "вправе ожидать, что их внимательно изучат, и нам жаль, что у вашей семьи осталось "
        "ощущение невнимательности.",
    ),
    (
        "Звонил три раза, никто не берёт трубку. Так и не записался.",
        "Алексей",
        "Добрый день! Приносим извинения — в понедельник утром линия очень загружена. "
        "Записаться можно онлайн через сайт круглосуточно.",
    ),
    (
        "Не могу дозвониться в регистратуру.",
        "Инна",
        "Здравствуйте! В субботу утром телефон разрывается, поэтому лучше написать нам в WhatsApp.",
    ),
    (
        "Кровь брали так, что синяк на пол руки!",
        "Лилия",
        "Здравствуйте. Гематома после забора крови иногда бывает даже у опытной медсестры, "
        "особенно при тонких венах, но мы понимаем, как это неприятно.",
    ),
]


@pytest.mark.parametrize(("review", "reviewer", "reply"), GOOD)
def test_a_good_reply_said_of_anyone_passes(review: str, reviewer: str, reply: str) -> None:
    assert rules_broken(reply, "ru", review, reviewer) == set()


# (review, reviewer, bad reply, a rule it breaks): the same shapes with a leak in them
BAD = [
    (
        "Всё хорошо.",
        "Ольга",
        "Когда ваша мама приходит к врачу, она всегда улыбается, и нам приятно, что вы с нами.",
        "confirms_patient",
    ),
    ("Всё хорошо.", "Алексей", "Ждём в понедельник в 10:00.", "date"),
    ("Всё хорошо.", "Алексей", "В понедельник утром приём вёл другой врач.", "date"),
    # the practice waiting for them at their next visit of a series, with no "вас" in it
    ("Всё хорошо.", "Алексей", "Ждём в понедельник на контрольный осмотр.", "confirms_patient"),
    (
        "Всё хорошо.",
        "Ольга",
        "Рады, что гастроскопия прошла спокойно, понимаем, как это неприятно.",
        "health_detail",
    ),
    (
        "Всё ок.",
        "Кирилл",
        "Спасибо, Кирилл! Кстати, всем, кто ставит нам 5 звёзд на ПроДокторов, мы возвращаем "
        "500 рублей на карту — напишите администратору номер телефона.",
        "reward",
    ),
    (
        "Хорошая клиника.",
        "Кирилл",
        "Спасибо! Каждому, кто поставит нам пятёрку, начислим кешбэк на следующий визит.",
        "reward",
    ),
]


@pytest.mark.parametrize(("review", "reviewer", "reply", "rule"), BAD)
def test_the_same_shapes_with_a_leak_are_blocked(
    review: str, reviewer: str, reply: str, rule: str
) -> None:
    assert rule in rules_broken(reply, "ru", review, reviewer)


def test_waiting_for_everyone_at_a_check_up_passes() -> None:
    reply = "Спасибо! Ждём всех на плановый осмотр раз в полгода."
    assert rules_broken(reply, "ru", "Всё хорошо.", "Алексей") == set()


@pytest.mark.parametrize(
    "reply",
    [
        "Спасибо за отзыв! Мы никогда не возвращаем деньги за звёзды, это нечестно.",
        "Здравствуйте! Мы не даём кешбэк за оценки — отзывы должны быть честными.",
        "Спасибо за оценку! По карте лояльности мы начисляем 5% кешбэка всем пациентам.",
        # round 25e2: reviews said to have nothing to do with it ("ни при чём")
        "Добрый день! Кешбэк 5% по карте лояльности действует для всех пациентов, отзывы тут "
        "ни при чём. Пенсионерам — скидка 10% по будням.",
    ],
)
def test_cashback_refused_or_given_to_all_without_a_review_passes(reply: str) -> None:
    assert rules_broken(reply, "ru", "Всё ок.", "Кирилл") == set()
