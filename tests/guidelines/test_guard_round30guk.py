"""Round 30guk (session 30, issue 16): a relative back to their usual life after care.

'Ваш муж уже может вернуться к тренировкам', 'донька вже ходить до садочка', 'папа уже вернулся
на работу': no word of care in the clause, yet a family member of the reviewer is told to be past
an illness or an operation, so the reviewer's family is the practice's patient. The family word,
a word of 'by now' ('уже', 'снова', 'вже', 'знову') and a return to school, work, sport or a
kindergarten decide it in every person and aspect; a member of staff back from leave and when
anyone may go back to sport are nobody's care.

A health word in a sentence without 'you' is anyone's, unless something makes it a case: now a new
aid expected to act ('нова устілка має зменшити навантаження', 'новый ортез должен разгрузить
сустав') and a complaint foretold to pass in the imperfective ('біль повинен поступово минати');
an aid on sale to all ('нові ортопедичні устілки можна замовити') stays general.

A contact of theirs taken from the practice's records ('на почту, которую вы указали при
регистрации', 'на номер, який ви залишили під час запису') makes them a registered patient; the
practice's own address ('на почту, указанную на сайте') and where results go as a rule ('на
пошту, вказану в анкеті') are anyone's.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings). Every bad reply here passed before this round: every case
fails on the old rules."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, reply, a good reply close to it)
LEAKS = [
    (
        "ru",
        "Спасибо ортопеду",
        "Ольга",
        "Ольга, рады слышать, что ваш муж уже может вернуться к тренировкам.",
        "Ольга, наш доктор уже вернулся на работу после отпуска.",
    ),
    (
        "ru",
        "Отличный педиатр",
        "Дарья",
        "Дарья, как здорово, что внучка снова пошла в школу!",
        "Дарья, наша медсестра уже вернулась из отпуска и работает по прежнему графику.",
    ),
    (
        "uk",
        "Дякую педіатрині",
        "Оля",
        "Олю, радіємо, що донька вже ходить до садочка.",
        "Олю, наша педіатриня вже повернулася з відпустки і приймає як раніше.",
    ),
    (
        "uk",
        "Дякую хірургу",
        "Ірина",
        "Ірино, дякуємо! Чоловік уже повернувся на роботу — передамо хірургу.",
        "Ірино, дякуємо! Після відпустки хірург повернувся на роботу і приймає щопонеділка.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        LEAKS,
        "language review reviewer bad good",
        rule="confirms_patient",
        ids=[
            "ru-husband-training",
            "ru-granddaughter-school",
            "uk-daughter-kindergarten",
            "uk-husband-work",
        ],
    ),
)
def test_a_relative_back_to_their_usual_life_is_found_and_staff_back_from_leave_is_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)


# (language, review, author, a reply whose health word is theirs by a new aid or a prognosis, a
# good reply offering the aid to anyone)
AIDS = [
    (
        "uk",
        "Приємна адміністраторка",
        "Дмитро",
        "Дякуємо за відгук! Ми працюємо і в суботу. До речі, нова устілка має зменшити "
        "навантаження, тож біль повинен поступово минати. Гарного тижня!",
        "Дякуємо за відгук! Ми працюємо і в суботу. Нові ортопедичні устілки тепер можна "
        "замовити прямо на рецепції. Гарного тижня!",
    ),
    (
        "ru",
        "Приятный администратор",
        "Артём",
        "Спасибо за отзыв! Мы открыты и в субботу. Кстати, новый ортез должен разгрузить "
        "сустав. Хорошей недели!",
        "Спасибо за отзыв! Мы открыты и в субботу. Новые ортопедические стельки теперь можно "
        "заказать прямо на ресепшене. Хорошей недели!",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        AIDS,
        "language review reviewer bad good",
        rule="health_detail",
        ids=["uk-insole", "ru-orthosis"],
    ),
)
def test_a_new_aid_and_a_complaint_foretold_to_pass_are_someones_care(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a message sent to a contact from the practice's records, the practice's
# own address for anyone)
CONTACTS = [
    (
        "ru",
        "Так и не дождалась",
        "Алла",
        "Алла, письмо с объяснениями мы уже отправили на почту, которую вы указали при "
        "регистрации.",
        "Алла, напишите нам, пожалуйста, на почту, указанную на сайте.",
    ),
    (
        "uk",
        "Так і не дочекалася",
        "Алла",
        "Алло, ми зателефонуємо на номер, який ви залишили під час запису, сьогодні до вечора.",
        "Алло, результати аналізів надходять на пошту, вказану в анкеті, зазвичай наступного дня.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        CONTACTS,
        "language review reviewer bad good",
        rule="confirms_patient",
        ids=["ru-email", "uk-phone"],
    ),
)
def test_a_contact_from_the_practices_records_is_a_patients(probe: Probe) -> None:
    check(probe, editor=True)
