"""Session 44 (gfa44b): the false alarms of round 44b (own_<lang>_round44b.jsonl, pl/zh/uk, written
before its writer read the guard) and of the pool, read as families of wording (issue 16): a start
date said after its weekday, a refusal of rewards and an emoji before "but", the reviewer's smile as
the team's reward, a group's offer after a thanks for the review. Each family is probed with
sentences written for it in new words, none of the round's or the pool's items, beside the same
words said of the reader or given for the review, which must stay blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

# From a date on, said after its weekday ("od czwartku 5 lutego", "з четверга, 6 лютого,"): the
# practice's news, whoever works or moves then ([guard] general)
START_AFTER_WEEKDAY = [
    ("pl", "Od czwartku 5 lutego w poradni dziecięcej przyjmuje także dr Olga Michalska."),
    ("pl", "Od piątku, 20 marca, gabinet zabiegowy przenosimy na drugie piętro."),
    ("pl", "Od wtorku 7 kwietnia laboratorium wydłuża godziny pobrań do 12:00."),
    ("uk", "З четверга, 6 лютого, у нашій клініці веде прийом ендокринолог Марія Гнатюк."),
    ("uk", "Із вівторка 8 квітня маніпуляційний кабінет переїжджає на другий поверх."),
    ("uk", "З п'ятниці 21 березня лабораторія приймає аналізи до 12:00."),
    ("ru", "С четверга, 6 февраля, в клинике принимает эндокринолог Мария Гнатюк."),
    ("ru", "Со вторника 8 апреля процедурный кабинет переезжает на второй этаж."),
]
# ... and the same dates said of the reader's relative: their case
START_OF_THEIR_CASE = [
    ("pl", "Od czwartku 5 lutego Pana syn może wrócić do szkoły po anginie."),
    ("uk", "З четверга, 6 лютого, ваш син може повертатися до школи після ангіни."),
    ("ru", "С четверга, 6 февраля, ваш сын может вернуться в школу после ангины."),
]


@pytest.mark.parametrize("probe", probes(START_AFTER_WEEKDAY, "language good"))
def test_a_start_date_after_its_weekday_is_the_practices_news(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(START_OF_THEIR_CASE, "language bad", rule="date"))
def test_a_start_date_of_the_readers_case_stays_a_date(probe: Probe) -> None:
    check(probe)


# A refusal of rewards, an emoji, then "but" and warm words: no offer ([guard] clause_breaks)
REFUSED_THEN_WARM = [
    ("pl", "Rabatów za recenzje nie stosujemy 🙂 ale każda uwaga bardzo nam pomaga!"),
    ("uk", "Подарунків за відгуки не робимо 😊 але щиро дякуємо за добре слово!"),
    ("ru", "Подарков за отзывы не делаем 😊 но искренне благодарим за доброе слово!"),
    ("en", "No freebies for reviews here 😊 but we truly appreciate the kind words!"),
]
# ... the same refusal with a gift after "but" (or "зато"/"зате"): the refusal covers its own
# clause only, the gift is a reward
REFUSED_THEN_GIVEN = [
    (
        "pl",
        "Rabatów za recenzje nie stosujemy 🙂 ale w podziękowaniu kolejna higienizacja "
        "będzie dla Pana gratis.",
    ),
    (
        "uk",
        "Грошей за відгуки не беремо 🙂 але на знак вдячності наступне відбілювання "
        "для вас буде безкоштовним.",
    ),
    (
        "ru",
        "Подарков за отзывы не делаем 😊 но в знак благодарности следующее отбеливание "
        "для вас бесплатно.",
    ),
    ("en", "No freebies for reviews here 😊 but as a thank-you, your next polish is free."),
    ("ru", "Денег за отзывы не платим, зато дарим вам бесплатную чистку."),
    ("uk", "Грошей за відгуки не платимо, зате даруємо вам безкоштовну чистку."),
    ("pl", "W podziękowaniu za opinię kolejną wizytę zrobimy Pani za połowę ceny."),
]


@pytest.mark.parametrize("probe", probes(REFUSED_THEN_WARM, "language good"))
def test_a_refused_reward_with_an_emoji_and_warm_words_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(REFUSED_THEN_GIVEN, "language bad", rule="reward"))
def test_a_gift_after_a_refusal_and_but_stays_a_reward(probe: Probe) -> None:
    check(probe)


# The reader's smile as the team's reward, the smile itself with no word on it ([guard] idiom)
SMILE_AS_REWARD = [
    "Pani uśmiech jest dla nas najpiękniejszym podziękowaniem!",
    "Pana uśmiech to dla całego zespołu największa radość.",
    "Twój uśmiech dla nas to najlepsza motywacja.",
]
# ... a smile told of the work on it
SMILE_OF_THE_WORK = [
    "Pani nowy uśmiech jest dla nas najpiękniejszym podziękowaniem!",
    "Pani uśmiech po wybielaniu jest dla nas nagrodą.",
]


@pytest.mark.parametrize("probe", probes(SMILE_AS_REWARD, "good", language="pl"))
def test_the_readers_smile_as_our_reward_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(SMILE_OF_THE_WORK, "bad", language="pl", rule=ANY_RULE))
def test_a_smile_told_of_the_work_stays_blocked(probe: Probe) -> None:
    check(probe)


# A thanks for the review, then in another part an offer to a named group or the first visit of
# anyone: no gift for the review
GROUP_OFFER_AFTER_THANKS = [
    "谢谢您的点评，另外所有新顾客首次检查都免费。",
    "谢谢您！欢迎来咨询：头一次面诊不收费，拍片八十元。",
    "感谢您的评价，另外新患者第一次咨询免费。",
]
# ... the review as the condition in the offer's part, a part that thanks for nothing, or the
# reader's own next visit
GIFT_FOR_THE_REVIEW = [
    "谢谢您的点评，凭点评截图新顾客首次检查免费。",
    "谢谢您的点评，您下次来检查免费。",
    "在小红书每发一条评价，会员就能领一次免费洁牙。",
]


@pytest.mark.parametrize("probe", probes(GROUP_OFFER_AFTER_THANKS, "good", language="zh"))
def test_a_groups_offer_after_a_thanks_for_the_review_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GIFT_FOR_THE_REVIEW, "bad", language="zh", rule="reward"))
def test_a_gift_for_the_review_stays_a_reward(probe: Probe) -> None:
    check(probe)
