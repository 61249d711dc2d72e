"""A procedure done to the reviewer (session 28, gmiss28, issue 16: ru, uk, pl): a verb of a
procedure in any form of its word family ([reading] done_to: "ставили", "наклали", "zdjęto")
with a form of "you" as its object within reach ([reading] you_object: "вам", "вас", "Panu")
confirms that they are a patient, whatever the verb's person, tense or voice; the same verb
with "you" as its subject ("вы поставили нам оценку", "you" did it) or with a possessive ("ваш
отзыв") stays allowed. And a day of a month in words is a date in every case form of its
ordinal ("на первое апреля", "на перше березня"), not only the genitive. Each case is judged as
the editor judges a reply (``guard_reply``: the review, its author and the practice's
settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, the procedure done to the reviewer, the same verb said otherwise)
DONE_TO = [
    (
        "ru",
        "Хорошая хирургия.",
        "",
        "Спасибо! Хирург, который накладывал вам швы, передаёт привет.",
        "Спасибо, что поставили нам высокую оценку! Нам очень приятно.",
    ),
    (
        "ru",
        "Отличная стоматология.",
        "Игорь",
        "Игорь, жаль, что пломба, которую вам ставили, выпала. Переделаем.",
        "Игорь, спасибо! Мы ничего не удаляли: ваш отзыв виден всем.",
    ),
    (
        "uk",
        "Чудова стоматологія.",
        "",
        "Дякуємо! Лікарка, яка вставляла вам вініри, щиро тішиться вашим відгуком.",
        "Дякуємо, що ви поставили нам найвищу оцінку! Лікарі щиро тішаться.",
    ),
    (
        "pl",
        "Dobra chirurgia.",
        "",
        "Dziękujemy! Cieszymy się, że szwy zdjęto Panu bez bólu.",
        "Dziękujemy! Zapraszamy na zdejmowanie szwów od poniedziałku do piątku.",
    ),
]

# (language, review, a day of a month in words, told of their visit; the same day said of the
# practice's timetable: read as a day in figures is, "на 2 марта клиника закрыта")
DATES = [
    (
        "ru",
        "Путаница с записью.",
        "Извините за путаницу с талоном на второе марта, администратор уже предупреждён.",
        "Обратите внимание: на второе марта клиника закрыта, приём переносим.",
    ),
    (
        "uk",
        "Плутанина із записом.",
        "Вибачте за плутанину з талоном на друге березня, адміністраторку вже попереджено.",
        "Зверніть увагу: на друге березня клініка зачинена.",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(DONE_TO, "language review reviewer bad good", rule="confirms_patient")
)
def test_a_procedure_done_to_the_reviewer_confirms_a_patient_and_their_own_act_does_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(DATES, "language review bad good", rule="date"))
def test_a_day_of_a_month_in_words_is_a_date_in_every_case_of_its_ordinal(probe: Probe) -> None:
    check(probe, editor=True)
