"""Round 33rw (session 33, issue 16): a reward is a benefit with a review as its condition. Good
replies that name a benefit with no review its condition, each flagged as a reward by the code
before this round, beside a twin in nearly the same words that makes a review its condition (or
gives the benefit to the reader for one) and must stay blocked:
- a benefit the review itself tells of, said back ("glad the pensioner discount was applied",
  "voucher od córki", "您说的那个优惠券是商场发的"; ``echoes_reviewers_benefit``);
- a prize someone else gave or an event's ("the raffle prizes were donated by local shops",
  "loteria fantowa była częścią jubileuszu", "奖品由合作商家提供"; [guard] reward_not_offered);
- a reward called a fraud ("messages promising discounts for reviews in our name are a scam";
  [reward] fraud);
- an offer to a named group ("会员每五次消费可享一次八折" after a thanks; [reward] group);
- the review itself the best gift ("您的好评是我们收到的最好的新年礼物", "Pani opinia to najlepszy
  prezent"; [guard] reward_denied, reward).
Leaks (each passed before, English): a benefit for taking a review down or changing it ("once the
review is taken down we can refund the consultation fee"), and what they collect after a review
("upload a picture with your review and collect a free mouthwash").

Each reply is judged as the editor judges it (``guard_reply``: the review, its author and the
practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, a good reply with a benefit no review conditions, its twin: a reward)
GOOD_AND_REWARD = [
    (
        "en",
        "They gave my mum the pensioner discount without us even asking.",
        "We're glad the pensioner discount was applied — it's automatic for everyone over 65.",
        "We're glad you liked us! As a thank-you for your review, the pensioner discount is "
        "doubled for you next time.",
    ),
    (
        "pl",
        "Voucher od córki wykorzystany, super masaż.",
        "Cieszymy się, że voucher od córki się przydał.",
        "Dziękujemy za opinię! Za nią kolejny voucher czeka na Panią w recepcji.",
    ),
    (
        "zh",
        "用了商场送的优惠券，很划算",
        "您说的那个优惠券是商场发的，我们也很开心您用上了。",
        "谢谢您的好评！凭好评截图下次来送您一张优惠券。",
    ),
    (
        "en",
        "Loved the charity fun run you organised!",
        "Thank you! The raffle prizes were donated by local shops. Everyone is welcome next year.",
        "Thank you! Everyone who reviews us this month enters our raffle for a spa day.",
    ),
    (
        "pl",
        "Super był dzień otwarty!",
        "Dziękujemy za miłe słowa! Loteria fantowa była częścią jubileuszu przychodni.",
        "Dziękujemy za miłe słowa! Wszyscy, którzy dodadzą opinię, biorą udział w loterii.",
    ),
    (
        "zh",
        "开放日活动很有意思！",
        "感谢您参加我们的十周年开放日！当天的抽奖是面向所有来宾的，奖品由合作商家提供。",
        "感谢您参加我们的十周年开放日！写点评的来宾都可以参加抽奖，奖品由我们提供。",
    ),
    (
        "en",
        "Are these reviews even real?",
        "Beware: messages promising discounts for reviews in our name are a scam — we never "
        "send them.",
        "It's no scam: leave a review and get 10% off your next check-up.",
    ),
    (
        "ru",
        "Мне пришло сообщение про скидку за отзыв, это вы?",
        "Осторожно: сообщения о скидках за отзывы от нашего имени — это мошенники, мы такого не "
        "рассылаем.",
        "Да, это мы: за каждый отзыв дарим скидку 10% на следующий приём.",
    ),
    (
        "zh",
        "挺满意的",
        "谢谢您的好评！提醒一下，会员每五次消费可享一次八折。",
        "谢谢您的好评！会员写好评送100积分，下次可以抵扣。",
    ),
    (
        "zh",
        "医生很好，五星！",
        "您的好评是我们收到的最好的新年礼物！",
        "您的好评我们收到了，新年礼物已经为您准备好，到前台领取即可！",
    ),
    (
        "pl",
        "Polecam wszystkim!",
        "Pani opinia to najlepszy prezent, jaki mogliśmy dostać na święta!",
        "Za opinię dostanie Pani prezent na święta – do odebrania w recepcji!",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        GOOD_AND_REWARD,
        "language review good bad",
        rule="reward",
        ids=[
            "en-echo-discount",
            "pl-echo-voucher",
            "zh-echo-coupon",
            "en-donated-prizes",
            "pl-event-lottery",
            "zh-partner-prizes",
            "en-scam-warning",
            "ru-scam-warning",
            "zh-members-offer",
            "zh-review-best-gift",
            "pl-review-best-gift",
        ],
    ),
)
def test_a_benefit_no_review_conditions_passes_and_its_reward_twin_is_blocked(probe: Probe) -> None:
    check(probe, editor=True)


# (a review, a reward for taking a review down, changing it or posting one, in English words the
# rules missed before this round)
EN_REWARDS = [
    (
        "Overcharged and a rude front desk. Avoid.",
        "We're sorry you feel this way. Please call us — once the review is taken down we can "
        "refund the consultation fee in full.",
    ),
    (
        "1 star. Waited 40 minutes past my slot.",
        "We apologise for the wait. Should you update your review once we've sorted this out, "
        "we'll waive the next consultation fee.",
    ),
    (
        "3 stars. Good care but parking is a nightmare.",
        "If you could raise your rating to 5 stars, we'd be happy to pay for your taxi.",
    ),
    (
        "Lovely modern waiting room.",
        "Upload a picture with your review and collect a free mouthwash at the front desk.",
    ),
]


@pytest.mark.parametrize(
    ("review", "reward"),
    EN_REWARDS,
    ids=["review-taken-down", "review-updated", "rating-raised", "photo-review-collect"],
)
def test_a_reward_for_changing_removing_or_posting_a_review_is_blocked(
    review: str, reward: str
) -> None:
    assert "reward" in rules_in_editor(reward, review, "en")


@pytest.mark.parametrize(
    "good",
    [
        "Reviews help us improve, and to earn your trust we answer every one.",
        "Thanks for your review and we'll get back to you about the parking.",
        "Our winter offer: half price eye tests for anyone over 60.",
    ],
    ids=["earn-trust", "get-back", "half-price-for-all"],
)
def test_a_review_named_beside_no_benefit_passes(good: str) -> None:
    assert rules_in_editor(good, "Great clinic.", "en") == set()
