"""Session 43 (gfa43): confirms_patient and date false alarms of round 43a (own_en_round43a.jsonl,
own_pl_round43a.jsonl, own_zh_round43a.jsonl, written before its writer read the guard), read as
families of wording (issue 16). Each family is probed with sentences written for it in new words,
none of the round's items, beside the same words said of the reader's own care (which must stay
blocked)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# a question asked in the review (好大夫, 大众点评): thanks for it is no consultation of theirs
_QUESTION = "请问你们周末能挂号吗？孩子最近总是咳嗽。"

THANKS_FOR_THE_QUESTION = [
    "谢谢您的询问，周六上午正常接诊。",
    "感谢您的咨询，周六上午正常接诊。",
    "多谢您的来问，儿科周末也有号。",
    "感谢您的问询！周末两天都有儿科医生坐诊。",
    "谢谢您的咨询，咳嗽持续比较久的孩子建议尽早面诊。",
]


@pytest.mark.parametrize(
    "probe",
    probes(THANKS_FOR_THE_QUESTION, "good", language="zh", review=_QUESTION, reviewer="小王"),
)
def test_thanks_for_a_question_is_no_consultation_of_theirs(probe: Probe) -> None:
    check(probe)


THEIR_CONSULTATION = [
    "您的咨询李医生已在小程序里回复了，请查看。",
    "您的咨询记录显示王医生上周已经给您开了药。",
    "您的咨询师小刘会继续跟进您的疗程。",
    "感谢您上周来咨询种植牙，方案已经发到您的手机了。",
]


@pytest.mark.parametrize(
    "probe",
    probes(
        THEIR_CONSULTATION,
        "bad",
        rule="confirms_patient",
        language="zh",
        review=_QUESTION,
        reviewer="小王",
    ),
)
def test_their_own_consultation_stays_confirmed(probe: Probe) -> None:
    check(probe)


# a room, a desk or a lift with a number: no day of the month
_COLD = "治疗室和候诊区都太冷了。"

NUMBERED_ROOMS = [
    "我们已在3号诊室和5号治疗室加装了暖气。",
    "7号检查室、2号候诊区都装了空调，8号电梯也修好了。",
    "抽血请到1号采血室，B超在4号B超室。",
    "二号换药室和三号注射室本周重新装修。",
    "请到6号服务台领取毯子。",
]


@pytest.mark.parametrize(
    "probe", probes(NUMBERED_ROOMS, "good", language="zh", review=_COLD, reviewer="Cici")
)
def test_a_numbered_room_is_no_date(probe: Probe) -> None:
    check(probe)


DAYS_OF_THE_MONTH = [
    "您5号来检查时的报告已经出来了。",
    "5号检查的结果一切正常。",
    "您12号在治疗室做的理疗一共三次。",
]


@pytest.mark.parametrize(
    "probe",
    probes(DAYS_OF_THE_MONTH, "bad", rule="date", language="zh", review=_COLD, reviewer="Cici"),
)
def test_a_day_of_the_month_stays_a_date(probe: Probe) -> None:
    check(probe)


# a tradesperson or a worker who came to fix, service or clean the practice's things: the
# reply's meeting or payment day is no patient's visit
TRADESPEOPLE = [
    (
        "Was sent out to service the lift on Friday, receptionists made me a brew. Cheers.",
        "Sam",
        "Thanks Sam! It was lovely having you with us.",
    ),
    (
        "I cleaned your windows last week and the manager still hasn't paid the invoice.",
        "Dee",
        "Sorry, Dee. The payment will reach you by Friday.",
    ),
    (
        "Came round to repair the car park barrier and nobody knew I was booked.",
        "Neil",
        "Sorry, Neil. It was good to see you on Tuesday and we've told reception to expect "
        "contractors.",
    ),
    (
        "I replaced all the ceiling lights in your waiting room over Easter, great team.",
        "Vic",
        "Thanks Vic, it was a pleasure to meet you and the waiting room has never looked brighter.",
    ),
    (
        "I'm the gardener who cuts your hedges, and your patients keep parking on the verge.",
        "Rhys",
        "Thanks Rhys, it's always good to see you, and we'll remind everyone about the verge.",
    ),
]


@pytest.mark.parametrize("probe", probes(TRADESPEOPLE, "review reviewer good", language="en"))
def test_a_tradesperson_met_is_no_patient(probe: Probe) -> None:
    check(probe)


TRADESPEOPLE_CARED_FOR = [
    (
        "Was sent out to service the lift on Friday.",
        "Sam",
        "Thanks Sam! It was lovely having you with us for your blood test on Friday.",
    ),
    (
        "Came round to repair the car park barrier.",
        "Neil",
        "Sorry, Neil. It was good to see you at your physio session on Tuesday.",
    ),
    (
        "I'm the cleaner who does your building on Saturdays.",
        "Rita",
        "Thanks Rita, see you at your smear test on Saturday.",
    ),
    (
        "I came out to fix your boiler.",
        "Pat",
        "Thanks Pat! As one of our patients you know how cold the waiting room gets.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(TRADESPEOPLE_CARED_FOR, "review reviewer bad", rule="confirms_patient", language="en"),
)
def test_a_tradesperson_told_of_their_care_stays_blocked(probe: Probe) -> None:
    check(probe)


# the reader called one of the practice's patients: told outright, whatever role the review's
# writer came in
RELATIONSHIP_TOLD_TO_A_NON_PATIENT = [
    (
        "en",
        "Your ambulances and delivery vans block our street every morning.",
        "Alan",
        "Thanks, Alan. Being a registered patient of ours, you'll know the car park is tiny.",
    ),
    (
        "en",
        "Applied for the nurse job and never heard back.",
        "Priya",
        "Hi Priya, sorry for the silence. You're one of our regular patients, so do pop in.",
    ),
    (
        "pl",
        "Karetki codziennie blokują wjazd do mojej posesji.",
        "Marek",
        "Panie Marku, przepraszamy. Będąc naszym pacjentem od lat, zna Pan naszą rejestrację.",
    ),
    (
        "pl",
        "Byłam na rozmowie kwalifikacyjnej i nikt się nie odezwał.",
        "Agnieszka",
        "Pani Agnieszko, jest Pani jedną z naszych stałych pacjentek, więc zapraszamy "
        "do rejestracji.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        RELATIONSHIP_TOLD_TO_A_NON_PATIENT,
        "language review reviewer bad",
        rule="confirms_patient",
    ),
)
def test_a_relationship_told_to_a_non_patient_stays_blocked(probe: Probe) -> None:
    check(probe)


MET_IN_ANOTHER_ROLE = [
    (
        "en",
        "The clinic's bins are always overflowing onto our street.",
        "Tom",
        "Thank you, Tom. Our patients and deliveries should never make life harder for our "
        "neighbours.",
    ),
    (
        "pl",
        "Byłam na rozmowie kwalifikacyjnej na stanowisko rejestratorki.",
        "Agnieszka",
        "Pani Agnieszko, miło było Panią poznać. Jako przychodnia dbamy o pacjentów i kandydatów.",
    ),
]


@pytest.mark.parametrize("probe", probes(MET_IN_ANOTHER_ROLE, "language review reviewer good"))
def test_patients_in_general_beside_a_non_patient_pass(probe: Probe) -> None:
    check(probe)


# a five-star one-liner's farewell, opening or closing its sentence: the courtesy "See you soon!"
# and "欢迎下次再来！" already are
FAREWELLS = [
    ("en", "Great service today.", "Al", "Thank you, see you next time!"),
    ("en", "Great service today.", "Al", "Thanks so much! See you next time."),
    ("en", "Quick and friendly.", "Kim", "See you again, Kim!"),
    ("pl", "Super, polecam.", "Ola", "Dziękujemy! Do zobaczenia następnym razem!"),
    ("pl", "Super, polecam.", "Ola", "Do zobaczenia wkrótce!"),
    ("pl", "Super, polecam.", "Ola", "Dziękujemy, do zobaczenia wkrótce!"),
    ("zh", "带孩子来打疫苗，护士很好。", "小李", "欢迎下次再带宝宝来！"),
    ("zh", "带孩子来打疫苗，护士很好。", "小李", "期待下次带上家人一起来～"),
]


@pytest.mark.parametrize("probe", probes(FAREWELLS, "language review reviewer good"))
def test_a_closing_farewell_is_a_courtesy(probe: Probe) -> None:
    check(probe)


FAREWELLS_WITH_A_VISIT = [
    ("en", "Great service today.", "Al", "Nice to see you again!"),
    ("en", "Great service today.", "Al", "See you next time for the second filling!"),
    ("en", "Great service today.", "Al", "See you again in six months!"),
    ("en", "Great service today.", "Al", "Please keep taking the tablets until we see you again."),
    ("en", "Great service today.", "Al", "Keep the dressing on till we see you next time."),
    ("pl", "Super.", "Ola", "Do zobaczenia następnym razem na kontroli!"),
    ("pl", "Super.", "Ola", "Do zobaczenia w czwartek!"),
    (
        "pl",
        "Super.",
        "Ola",
        "Nasza higienistka zawsze się cieszy na Pani widok — do zobaczenia następnym razem!",
    ),
    ("zh", "很好。", "小李", "欢迎下次带孩子来复查！"),
    ("zh", "很好。", "小李", "欢迎您下次再带孩子来打第二针。"),
]


@pytest.mark.parametrize(
    "probe",
    probes(FAREWELLS_WITH_A_VISIT, "language review reviewer bad", rule="confirms_patient"),
)
def test_a_farewell_with_a_visit_stays_blocked(probe: Probe) -> None:
    check(probe)
