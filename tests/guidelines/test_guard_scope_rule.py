"""A rule of the practice read by its scope (session 28, gfa28b, issue 16, five languages): a
sentence that says who or when a service, fee or timetable applies to ([reading] scope: "only
on weekday mornings", "for everyone over 65", "лише за записом", "wyłącznie po skierowaniu",
"仅限") and has no particular person in it (no "you", no name but a greeting, no relative, no
"he" or "she") and tells no outcome or past event ([reading] scope_past) states the practice's
rule: its health words, amounts and days are anyone's. The same facts told of the reviewer, or
as something already done, stay findings. Each case is judged as the editor judges a reply
(``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, the practice's rule, the same facts told of the reviewer, its rule);
# each rule was flagged before this reading (a day, an amount, a health word)
CASES = [
    (
        "en",
        "Had to come back another day for my bloods.",
        "Dana",
        "Thank you, Dana. Fasting blood tests are taken only before 10am, as the samples must "
        "reach the hospital lab by noon.",
        "Thank you, Dana. Your fasting blood test was taken before 10am, as the sample had to "
        "reach the hospital lab by noon.",
        "health_detail",
    ),
    (
        "en",
        "Why a deposit?",
        "Irene",
        "Irene, the £50 deposit is taken only for implant bookings; every other appointment is "
        "paid for on the day.",
        "Irene, the £50 deposit you paid for your implant was taken when you booked.",
        "billing",
    ),
    (
        "zh",
        "挂号费太贵了。",
        "",
        "感谢反馈！专家门诊挂号费50元，70岁以上老人减半。",
        "感谢反馈！您的专家门诊挂号费50元，已经按70岁以上老人减半收取了。",
        "billing",
    ),
]


@pytest.mark.parametrize("probe", probes(CASES, "language review reviewer good bad rule"))
def test_a_scoped_rule_of_the_practice_passes_and_the_same_facts_told_of_the_reviewer_do_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)
