"""Session 35 (goffer35, issue 16): what the practice offers everyone, its policies and its
refusal of rewards pass the guard's check in the editor; a reward for this review stays
blocked in the same words and shapes (an exception after a refusal, a gift as thanks with no
"you" in Chinese, a review named as a condition beside a whether-or-not clause)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reply): good replies the practice may publish
PASS = [
    # a review named in a whether-or-not clause is no condition of the offer
    (
        "ru",
        "Хорошее место.",
        "Спасибо! Независимо от того, оставите ли вы отзыв, каждый пациент может бесплатно "
        "вступить в программу лояльности.",
    ),
    (
        "uk",
        "Гарне місце.",
        "Дякуємо! Залишите відгук чи ні, бонусну картку видаємо всім пацієнтам безкоштовно.",
    ),
    (
        "pl",
        "Dobre miejsce.",
        "Dziękujemy! Niezależnie od tego, czy wystawi Pani opinię, każdy pacjent może "
        "bezpłatnie dołączyć do programu lojalnościowego.",
    ),
    # a refusal carried on by "even": more of what is refused, no one's health
    (
        "ru",
        "Отличная клиника!",
        "Спасибо! Отзывы за вознаграждение запрещены правилами Яндекса, поэтому мы ничего за "
        "них не даём — даже бесплатного измерения давления.",
    ),
    (
        "uk",
        "Чудова клініка!",
        "Дякуємо! Відгуки за винагороду заборонені правилами Google, тому ми нічого за них не "
        "даємо — навіть безкоштовного вимірювання тиску.",
    ),
    # Chinese: the reward's comma part states whom it is for; a refusal by 不用 … 换好评
    ("zh", "医生很好", "谢谢！欢迎您带家人朋友来，首次咨询都是免费的，停车也免费。"),
    ("zh", "医生很好", "谢谢！我们不花钱买评价，也不用免费项目换好评。"),
    (
        "zh",
        "想带孩子来看牙，有什么活动吗？",
        "欢迎！新客户首次口腔检查免费，可在大众点评或公众号在线预约。",
    ),
    # a sentence that says the one before is the same for everyone
    (
        "uk",
        "Довго чекала результати.",
        "Перепрошуємо за очікування. Аналізи, здані до 11:00, готові того ж дня після 17:00, а "
        "посів — через 5–7 днів. Це однаково для всіх.",
    ),
    # ... and an exception after a refusal that is said to everyone, not to the reader
    (
        "en",
        "Five stars.",
        "We never reward reviews, but our flu clinic is free for everyone over 65.",
    ),
]

# (language, review, reply, a rule the editor must show)
BLOCK = [
    (
        "en",
        "Five stars.",
        "We do not usually give gifts for reviews, but we'd love to give you a free cleaning "
        "for this one!",
        "reward",
    ),
    (
        "pl",
        "Pięć gwiazdek.",
        "Nie dajemy prezentów za opinie, ale Pani damy darmowy skaling za tę.",
        "reward",
    ),
    ("zh", "医生很好", "谢谢您的好评！为表感谢，首次洗牙免费。", "reward"),
    ("zh", "想带孩子来", "谢谢！在大众点评写好评，下次洗牙免费。", "reward"),
    ("zh", "医生很好", "感谢好评！您的首次洗牙我们免费。", "reward"),
    (
        "ru",
        "Хорошее место.",
        "Спасибо! Независимо от того, оставите ли вы отзыв, каждый пациент может бесплатно "
        "вступить в программу лояльности, а за этот отзыв дарим вам чистку.",
        "reward",
    ),
    (
        "ru",
        "Долго ждала.",
        "Извините. Анализ на ферритин пришёл в четверг, врач позвонит. Так для всех пациентов.",
        "health_detail",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_an_offer_a_policy_or_a_refused_reward_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad rule"))
def test_a_reward_for_this_review_or_their_own_case_stays_blocked_in_the_editor(
    probe: Probe,
) -> None:
    check(probe, editor=True)
