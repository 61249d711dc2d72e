"""Echoes of the review by meaning (session 26, issue 16, five languages): a reply that only
repeats what the review said, in other words (the review's "swollen" as "swelling", its "booked
for 9" as "your 9 o'clock booking", its "补了牙" as "补牙"), adds no new information and is
no finding; the same reply with a condition, a result, a date or a name the review did not give
is still blocked. Each case is judged as the editor judges a reply (``guard_reply``: the review,
its author and the practice's settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

# (language, review, author, the echo, its twin that adds a detail, the rule the twin breaks)
CASES = [
    (
        "en",
        "My face was swollen for a week after the wisdom tooth came out.",
        "Dana",
        "Dana, we're sorry the swelling lasted a week after the extraction.",
        "Dana, we're sorry the swelling lasted a week; with your diabetes, healing takes longer.",
        "health_detail",
    ),
    (
        "en",
        "Booked for 9 and waited until 10.",
        "",
        "We apologise that your 9 o'clock booking ran so late.",
        "We apologise that your 9 o'clock booking ran late; your next one is on 3 June at 9.",
        "date",
    ),
    (
        "ru",
        "Лицо опухло после удаления зуба и неделю не спадало.",
        "",
        "Нам жаль, что отёк после удаления держался неделю.",
        "Нам жаль, что отёк держался неделю: при вашем диабете заживление идёт дольше.",
        "health_detail",
    ),
    (
        "uk",
        "Після пломби зуб нив три дні, довелося йти в іншу клініку.",
        "",
        "Шкода, що після пломбування зуб три дні нив і вам довелося йти в іншу клініку.",
        "Шкода, що після пломбування зуб нив: на знімку видно, що карієс дійшов до нерва.",
        "health_detail",
    ),
    (
        "pl",
        "Po plombie ząb rwał przez trzy dni, musiałam iść do innego gabinetu.",
        "",
        "Przykro nam, że po wypełnieniu ząb bolał przez trzy dni i musiała Pani iść do innego "
        "gabinetu.",
        "Przykro nam, że po wypełnieniu ząb bolał: zdjęcie pokazało, że próchnica doszła do nerwu.",
        "health_detail",
    ),
    (
        "zh",
        "补了牙两天后就开始疼，只好去别家看。",
        "",
        "很抱歉补牙后出现疼痛，还让您另找地方处理。",
        "很抱歉补牙后出现疼痛，片子显示您的龋坏已经到了神经。",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        CASES,
        "language review reviewer good bad rule",
        ids=[
            "en-swelling",
            "en-booked-for-9",
            "ru-swelling",
            "uk-filling",
            "pl-filling",
            "zh-filling",
        ],
    ),
)
def test_a_reply_that_repeats_the_review_in_other_words_passes_and_its_twin_is_blocked(
    probe: Probe,
) -> None:
    check(probe, editor=True)


def test_an_echo_beside_a_health_matter_of_the_replys_own_is_no_echo() -> None:
    # the first sentence repeats the review; the second brings a treatment the review never
    # named, so the reply is no mere echo and the repeated pain is still its health detail
    review = "Ząb bolał po plombie."
    echo = "Przykro nam, że ząb bolał po wypełnieniu."
    assert rules_in_editor(echo, review, "pl") == set()
    more = echo + " Kwas hialuronowy zwykle wymaga drugiej dawki za sześć tygodni."
    assert "health_detail" in rules_in_editor(more, review, "pl")


@pytest.mark.parametrize(
    ("review", "echo", "twin"),
    [
        (
            "Удаляла зуб мудрости, всё прошло быстро, на следующий день даже не опухло.",
            "Рады, что удаление зуба мудрости прошло легко и без отёка.",
            "Рады, что удаление зуба мудрости прошло легко и без отёка, несмотря на ваш диабет.",
        ),
        (
            "Рожала у вас по контракту, спасибо всему отделению!",
            "Поздравляем с рождением малыша!",
            "Поздравляем с рождением малыша после кесарева сечения!",
        ),
    ],
    ids=["glad-no-swelling", "congratulations-on-the-birth"],
)
def test_gladness_at_what_the_review_tells_repeats_it_and_a_detail_added_is_found(
    review: str, echo: str, twin: str
) -> None:
    assert rules_in_editor(echo, review, "ru") == set()
    assert "health_detail" in rules_in_editor(twin, review, "ru")


@pytest.mark.parametrize(
    "probe",
    probes(
        [
            (
                "en",
                "Booked for 10 and waited until 11.",
                "We're sorry your 10:00 booking ran so late.",
                "We're sorry your 10:30 booking ran so late.",
            ),
            (
                "ru",
                "Записалась на 10, приняли в 11.",
                "Простите, что приём в 10:00 начался с таким опозданием.",
                "Простите, что приём в 10:00 начался с таким опозданием; следующий — 14 мая.",
            ),
        ],
        "language review good bad",
        rule=ANY_RULE,
        ids=["en-10:00", "ru-10:00"],
    ),
)
def test_the_reviews_hour_written_with_its_minutes_is_the_reviews_time(probe: Probe) -> None:
    check(probe, editor=True)


# Session 32 (gen32, round 32en): an echo read by what its words are. The practice's own
# feeling ("we're delighted"), its judgement of an act the reply retells as a gerund ("being
# told ... is embarrassing"), the words about the review itself ("sorry to read", "as you
# describe"), every form of a word that tells nothing ("needing", "feeling"), ordinals as
# figures ("thirtieth" for "30th"), a clock time as the hours of the day ("a Monday afternoon"
# for "4:15 on Monday") and the wait between two clock times ("45 minutes late" for "at 8:30 ...
# at 9:15"). Each twin adds one fact the review did not give and is still blocked.
ECHOES_32 = [
    (
        "My son's asthma review was brilliant, the nurse explained his inhaler technique "
        "properly for the first time.",
        "We're delighted the nurse was able to go through the inhaler technique properly with "
        "your son.",
        "We're delighted the nurse was able to go through the inhaler technique properly with "
        "your son, and that his peak flow has doubled since the steroid dose went up.",
        "health_detail",
    ),
    (
        "I was told at the desk, in front of a full waiting room, that my referral hadn't been "
        "sent because the doctor forgot.",
        "Being told in front of a full waiting room that your referral hadn't been sent because "
        "the doctor forgot is embarrassing and wrong.",
        "Being told in front of a full waiting room that your referral hadn't been sent because "
        "the doctor forgot is wrong, and the cardiology team will see you on 14 March.",
        "date",
    ),
    (
        "Every time I ring at 8 I'm 30th in the queue.",
        "Being thirtieth in the queue at eight o'clock is exhausting.",
        "Being thirtieth in the queue at eight o'clock on 3 March is exhausting.",
        "date",
    ),
    (
        "Appointment at 8:30, saw the doctor at 9:15.",
        "Sorry that your 8:30 appointment started 45 minutes late.",
        "Sorry that your 8:30 appointment started 50 minutes late.",
        "date",
    ),
    (
        "Booked for 10:30, seen at 12.",
        "Waiting ninety minutes past your booking is not acceptable.",
        "Waiting ninety minutes past your booking for the smear test is not acceptable.",
        "health_detail",
    ),
    (
        "I was there at 3pm on Friday and waited ages.",
        "We're sorry you waited so long that Friday afternoon.",
        "We're sorry you waited so long that Friday afternoon for your vasectomy review.",
        "health_detail",
    ),
    (
        "The hygienist was rough and my gums bled for two days afterwards.",
        "We're sorry to read that your gums bled for two days after the cleaning you describe.",
        "We're sorry to read that your gums bled for two days after the cleaning, as they did "
        "after your scale and polish last June.",
        "date",
    ),
]


@pytest.mark.parametrize(
    ("review", "echo", "twin", "rule"),
    ECHOES_32,
    ids=["feeling", "judgement", "ordinal", "wait", "wait-at-12", "afternoon", "about-the-review"],
)
def test_a_reply_that_says_the_reviews_time_story_or_words_another_way_passes(
    review: str, echo: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(echo, review, "en", "Sam") == set()
    assert rule in rules_in_editor(twin, review, "en", "Sam")


def test_a_judgement_that_holds_a_fact_of_its_own_is_no_echo() -> None:
    # the part after "is" judges the act only where it holds no finding, figure or "your"
    review = "Waited 2 hours for my scan results."
    reply = "Hearing your scan was clear must have been a relief after two hours."
    assert rules_in_editor(reply, review, "en", "Sam") != set()
    reply = "Waiting two hours for scan results is hard when your biopsy was on the same day."
    assert rules_in_editor(reply, review, "en", "Sam") != set()
