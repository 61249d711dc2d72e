"""Session 45 (grew45, issue 16): the reward reading, one table (_REWARD_PARTS), checked in
sentences written for this file, not round 45r's: a review bought with a reward called worthless
(a judgement, no offer), an offer for everyone with no review needed for it, a reward refused as
"not our way" after the service it names; and the leaks of the same words: a refusal taken back
for this reader ("..., but for you we'll make an exception"), a reward for a review or its
change, a reward after a refusal of something else."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.confidentiality import _REWARD_PARTS, _REWARD_WAYS

# a review bought with a reward, said to be worth nothing
BOUGHT_WORTHLESS = [
    ("ru", "Спасибо! Отзыв, купленный за скидку, никому не помогает выбрать врача."),
    ("ru", "Отзывы, оплаченные подарками, ничего не значат для других пациентов."),
    ("uk", "Дякуємо! Відгук, отриманий за подарунок, нічого не вартий для інших."),
    ("uk", "Відгуки, куплені знижками, не викликають довіри."),
    ("pl", "Dziękujemy! Opinia kupiona za rabat nic nie znaczy dla innych pacjentów."),
    ("pl", "Opinie zdobyte prezentami tracą wiarygodność."),
    ("en", "Thank you! A review bought with a voucher is worthless to other families."),
    ("en", "Ratings earned with free gifts are misleading, which is why we never offer them."),
    ("zh", "谢谢！用礼品换来的好评毫无参考价值。"),
]

# an offer for everyone, no review needed for it
NO_REVIEW_NEEDED = [
    (
        "ru",
        "Первая консультация бесплатна для всех новых пациентов, "
        "и писать отзыв ради этого не надо.",
    ),
    (
        "uk",
        "Перша консультація безкоштовна для всіх нових пацієнтів, відгук для цього не потрібен.",
    ),
    (
        "pl",
        "Pierwsza wizyta jest bezpłatna dla każdego nowego "
        "pacjenta i nie trzeba w zamian wystawiać opinii.",
    ),
    (
        "en",
        "The first visit is free for every new patient, "
        "and you don't have to leave a review for it.",
    ),
    ("en", "Our seasonal check-up price is open to all; no review is needed."),
]

# a reward refused as "not our way", after the service it names
NOT_OUR_WAY = [
    ("ru", "Бесплатная чистка за пять звёзд — это не наш подход."),
    ("uk", "Безкоштовна чистка за п'ять зірок — це не наш підхід."),
    ("pl", "Darmowa higienizacja za pięć gwiazdek – to nie nasza praktyka."),
    ("en", "A free polish for a five-star rating is simply not how we work."),
    ("zh", "好评送免费洗牙，这不是我们的做法。"),
]

# a refusal, then "but" with nothing given
REFUSED_THEN_WELCOME = [
    ("ru", "Мы не дарим подарков за отзывы, но вам здесь всегда рады."),
    ("uk", "Подарунків за відгуки ми не даруємо, але вам тут завжди раді."),
    ("en", "We never give gifts for reviews, but you are always welcome here."),
    ("zh", "我们不做好评送礼，但随时欢迎您。"),
]

# the service of a refused reward, answering the reader's question
SERVICE_REFUSED = [
    ("ru", "На ваш вопрос отвечаем: нет, бесплатного отбеливания за отзывы у нас не бывает."),
    ("uk", "Щодо вашого запитання: ні, безкоштовної гігієни за відгуки в нас не буває."),
    ("pl", "Co do Pana pytania: nie, darmowego wybielania za opinie u nas nie ma."),
]

# the leaks of the same words
LEAKS = [
    # refused, then granted to this reader
    ("ru", "Подарков за отзывы мы не дарим, но для вас сделаем исключение."),
    ("uk", "Подарунків за відгуки ми не даруємо, але для вас зробимо виняток."),
    ("pl", "Prezentów za opinie nie dajemy, ale dla Pana zrobimy wyjątek."),
    (
        "en",
        "A free polish for a five-star rating is not "
        "how we work, but we'll make an exception for you.",
    ),
    ("zh", "我们从不做好评送礼，但这次特别为您破例。"),
    # a reward for a review or its change, also after a refusal of something else
    ("ru", "Обычно скидок мы не делаем, но за ваш отзыв подарим бесплатную чистку."),
    ("uk", "Якщо зміните оцінку на п'ять зірок, чистка для вас буде безкоштовною."),
    ("pl", "Za zmianę oceny na pięć gwiazdek dostanie Pani bon na 100 zł."),
    ("en", "Bump your rating up to five stars and your next polish is free."),
    ("zh", "把评价改成五星，就送您一次免费洗牙。"),
]

# the refused service, then the reader's own care
SERVICE_THEN_CARE = [
    ("ru", "Бесплатного отбеливания за отзывы не бывает, а вашу коронку мы переделаем."),
    ("uk", "Безкоштовної гігієни за відгуки не буває, але ваш протез ми полагодимо."),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        BOUGHT_WORTHLESS + NO_REVIEW_NEEDED + NOT_OUR_WAY + REFUSED_THEN_WELCOME + SERVICE_REFUSED,
        "language good",
    ),
)
def test_a_refusal_or_an_offer_for_everyone_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(LEAKS, "language bad", rule="reward"))
def test_a_reward_granted_to_this_reader_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(SERVICE_THEN_CARE, "language bad", rule="health_detail"))
def test_the_readers_own_care_after_a_refused_service_is_blocked(probe: Probe) -> None:
    check(probe)


def test_every_part_of_the_reward_table_is_read_for_a_known_set_of_rewards() -> None:
    names = [name for name, _, _ in _REWARD_PARTS]
    assert len(names) == len(set(names))
    ways = {way for way, _ in _REWARD_WAYS}
    for name, read_for, about in _REWARD_PARTS:
        assert read_for and read_for <= ways, name
        assert '"' in about, f"{name}: the wording it is about, with its example"
