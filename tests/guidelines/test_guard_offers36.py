"""Session 36 (goffer36, issue 16): a free service the practice offers no one in particular, a
refused reward followed by an offer to everyone, a loyalty scheme open to all and an offer for
a group named by age pass the guard's check in the editor; a reward for this review stays
blocked in the same words, also when it runs on past "однако" / "though" after a refusal."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reply): good replies the practice may publish
PASS = [
    # a free service given to no one in particular, with no review named near it
    (
        "ru",
        "Совет ветеранов района просит провести день здоровья.",
        "Спасибо за предложение! Наши кардиолог и невролог проведут бесплатные консультации в "
        "помещении совета.",
    ),
    ("zh", "近视手术多少钱", "全飞秒手术双眼一万五千八起。术前检查免费。"),
    # a refusal of rewards, then an offer to everyone after "but" / "不过"
    (
        "en",
        "Great team.",
        "We never pay for reviews, but every new patient gets a free first consultation.",
    ),
    ("zh", "很好", "我们不花钱买好评，不过所有六十岁以上老人挂号都免费。"),
    # a loyalty scheme open to all, by its name
    ("pl", "Drogo.", "Karta stałego klienta daje rabat 10% – każdy może ją wyrobić w recepcji."),
    ("zh", "太贵", "老顾客每满五次洗牙赠送一次，所有人都可以参加。"),
    # a group by age, in Chinese numerals; an offer's validity is no outcome
    ("zh", "周末也开门真方便", "谢谢！六十岁以上老人挂号费全免，全年有效。"),
    (
        "en",
        "Any deals for kids?",
        "Yes: check-up, clean and fluoride for under-16s at $49 instead of $75.",
    ),
]

# (language, review, reply, a rule the editor must show)
BLOCK = [
    (
        "ru",
        "Отлично!",
        "Спасибо! Мы не платим за отзывы, однако каждому, кто оставил отзыв в этом месяце, "
        "начислим 500 бонусов на карту клиники.",
        "reward",
    ),
    (
        "uk",
        "Чудово!",
        "Ми не платимо за відгуки, однак кожному, хто залишив відгук цього місяця, нарахуємо "
        "500 бонусів.",
        "reward",
    ),
    ("zh", "很好", "谢谢！送一次免费洗牙。", "reward"),
    ("ru", "Отлично!", "Спасибо, Анна! Бесплатная чистка — при следующем визите.", "reward"),
    (
        "en",
        "Lovely staff.",
        "We don't normally reward reviews, but your next polish is on us.",
        "reward",
    ),
    (
        "pl",
        "Drogo.",
        "Jest Pani naszą stałą pacjentką, więc przy następnej wizycie naliczymy 10% rabatu.",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_an_offer_to_everyone_or_a_refused_reward_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad rule"))
def test_a_reward_given_to_this_reader_stays_blocked_in_the_editor(probe: Probe) -> None:
    check(probe, editor=True)
