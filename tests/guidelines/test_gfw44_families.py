"""Session 44 (gfw44): false alarms this session's engineers found probing in their own words
(issue 16), read as families of wording. Each family is probed with sentences written for it in
new words, beside the same words that must stay blocked (the visit told outright, the care said
of the reader, a reward really offered)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

_THANKS_EN = "Lovely team, always friendly on the phone."

# a civil or staff title opens the next name: the capitalised word before it ("March", "June",
# "April") is no first name and the title no surname; a first name with a surname stays a name
TITLE_OPENS_A_NAME = [
    (
        "From Monday 10 March Dr Andrew Cole sees patients here.",
        "Your daughter June Brown was seen by Dr Cole last week.",
    ),
    (
        "After Easter in April Mrs Hale takes over the front desk.",
        "We hope your husband, Gerald Whitcombe, is feeling better.",
    ),
    (
        "Since May Dr. Priya Nair runs the Thursday clinic.",
        "Thank you, Amy Judge, we hope the new crown feels comfortable.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        TITLE_OPENS_A_NAME,
        "good bad",
        rule="full_name",
        spared="full_name",
        language="en",
        review=_THANKS_EN,
        reviewer="Sam Reid",
    ),
)
def test_a_month_before_a_title_is_no_first_name(probe: Probe) -> None:
    check(probe)


# a titled colleague as the subject right after a date, at a timetable of their own: the
# practice's news, not a visit; the same colleague seeing the reader on that day is their visit
COLLEAGUE_TIMETABLE = [
    (
        "From Monday 10 March Dr Andrew Cole sees patients here.",
        "On 10 March Dr Cole sees you again for the stitches.",
    ),
    (
        "From 2 June Nurse Ama Boateng will run the Tuesday baby clinic.",
        "On 2 June Nurse Boateng will see your son for his jabs.",
    ),
    (
        "Starting 4 April, Dr. Lena Ortiz will be seeing new patients on Wednesdays.",
        "On 4 April Dr Ortiz removed your stitches.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        COLLEAGUE_TIMETABLE,
        "good bad",
        rule="date",
        language="en",
        review=_THANKS_EN,
        reviewer="Sam Reid",
    ),
)
def test_a_colleagues_timetable_from_a_date_is_the_practices_news(probe: Probe) -> None:
    check(probe)


# the team's reward said to be enough, or all it wants: no reward offered; a reward offered for
# a review, in the same words, stays one
REWARD_ENOUGH = [
    (
        "Your smile is reward enough for us!",
        "Leave us a five-star review and you get a reward: enough credit for a free polish.",
    ),
    (
        "Knowing you are well again is all the reward we need.",
        "Post a review and we will send you a reward, a voucher for 20% off.",
    ),
    (
        "Seeing the children leave happy is the only reward we could ask for.",
        "Every review earns a reward, and we need only a screenshot to send it.",
    ),
    (
        "Hearing that the wait was worth it is reward enough.",
        "Rate us on Google and claim your reward: enough points for a free whitening.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        REWARD_ENOUGH,
        "good bad",
        rule="reward",
        language="en",
        review=_THANKS_EN,
        reviewer="Sam Reid",
    ),
)
def test_a_reward_said_to_be_enough_is_the_teams(probe: Probe) -> None:
    check(probe)


# "not yet" ours, inside a condition: a case supposed, no statement, in uk, ru and pl; the
# relationship said outright, or a condition of one already had, stays blocked
NOT_YET_OURS_SUPPOSED = [
    (
        "uk",
        "Довго чекав на прийом.",
        "Іван Петренко",
        "Якщо ви ще не були нашим пацієнтом, зателефонуйте на рецепцію.",
        "Ви давно наш пацієнт, тому зателефонуйте на рецепцію.",
    ),
    (
        "uk",
        "Не можу додзвонитися до реєстратури.",
        "Олена Коваль",
        "Навіть якщо ви поки що не є нашим пацієнтом, реєстрація займає п'ять хвилин.",
        "Оскільки ви вже давно наш пацієнт, реєстрація не потрібна.",
    ),
    (
        "ru",
        "Долго ждал приёма.",
        "Иван Петров",
        "Если вы ещё не были нашим пациентом, позвоните в регистратуру.",
        "Вы давно наш пациент, поэтому позвоните в регистратуру.",
    ),
    (
        "ru",
        "Не дозвониться в регистратуру.",
        "Ольга Смирнова",
        "Даже если вы пока не являетесь нашим пациентом, мы ответим на вопросы.",
        "Вы наш пациент с 2019 года, поэтому мы ответим на вопросы.",
    ),
    (
        "pl",
        "Długo czekałem.",
        "Jan Nowak",
        "Jeśli nie był Pan jeszcze naszym pacjentem, prosimy zadzwonić do rejestracji.",
        "Jest Pan naszym pacjentem od lat, prosimy zadzwonić do rejestracji.",
    ),
    (
        "pl",
        "Nie mogłam się dodzwonić.",
        "Anna Wiśniewska",
        "Nawet jeżeli nie jest Pani jeszcze naszą pacjentką, chętnie pomożemy.",
        "Jeśli była Pani już naszą pacjentką w zeszłym roku, chętnie pomożemy.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        NOT_YET_OURS_SUPPOSED,
        "language review reviewer good bad",
        rule="confirms_patient",
    ),
)
def test_not_yet_ours_in_a_condition_is_supposed(probe: Probe) -> None:
    check(probe)


# zh: "even if" (即使, 即便, 就算, 哪怕) before a visit denied supposes a case; after a visit told
# or the reader's own health it is no supposition
EVEN_IF_NEVER_CAME = [
    ("即使您还没来过，也欢迎致电前台咨询。", "即使您上周已经来过，也请再来复查一次。"),
    ("就算您从没来过我们诊所，也可以打电话问问。", "就算您上次来过我们诊所，也请再来复诊。"),
    ("哪怕您还没有到过我们诊所，也可以在网上预约。", "哪怕您的伤口还没愈合，也请按时来换药。"),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        EVEN_IF_NEVER_CAME,
        "good bad",
        rule="confirms_patient",
        language="zh",
        review="等了很久才有人接电话。",
        reviewer="王明",
    ),
)
def test_even_if_they_never_came_is_supposed(probe: Probe) -> None:
    check(probe)
