"""Session 37 (greward37, issue 16): a reward read by what it is given FOR and TO WHOM. A gift
given as thanks for the review, or the reader's next visit made free right after a thanks, is
blocked in the editor even where "everyone gets it" is added; an offer of the season said of no
one, the review itself called the team's gift or bonus, and a free amenity of the premises pass,
in the same words of each language."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reply): good replies the practice may publish
PASS = [
    # an offer of the season, said of no one, after a thanks ([reward] season)
    ("en", "Great cleaning.", "Thank you for the kind words! This month whitening is 20% off."),
    ("ru", "Отлично.", "Спасибо за тёплые слова! Весь март отбеливание со скидкой 20%."),
    ("uk", "Чудово.", "Дякуємо за теплі слова! Увесь березень відбілювання зі знижкою 20%."),
    ("pl", "Super.", "Dziękujemy za miłe słowa! Przez cały marzec rabat 20% na wybielanie."),
    ("zh", "医生很耐心", "谢谢您的好评！本月洗牙八折。"),
    # a thanks to all our patients is no thanks for this review ([reward] thanks_to_all)
    ("zh", "医生很耐心", "谢谢您的好评！为感谢广大患者的支持，本月洗牙八折。"),
    # the review, or their words, is the team's reward (reward_denied)
    ("en", "Great team.", "Thank you! A review like yours is its own reward for the team."),
    ("ru", "Отлично.", "Спасибо, Анна! Ваш отзыв стал для нас настоящим подарком."),
    ("uk", "Чудово.", "Дякуємо, Анно! Такі слова — приємний бонус до нашої роботи."),
    ("pl", "Super.", "Dziękujemy! Takie słowa to miły bonus do naszej pracy."),
    # a free amenity anyone has, even beside the reader's next visit (reward_not_offered)
    ("zh", "很好", "感谢您的认可！诊所门口有免费停车位，下次来更方便。"),
    # a review that cannot be exchanged for anything (reward_denied)
    ("zh", "很好", "感谢评价。回答您的问题：写评价在我们这里不能换免费洁牙，这是我们的原则。"),
]

# (language, review, reply): rewards to this reader for this review
BLOCK = [
    # the two leaks of the blind sets' kind: a gift as thanks, whoever else gets it, and the
    # reader's next visit made free right after a thanks
    ("en", "Great cleaning, lovely staff.", "Thanks Anna! Next cleaning is free."),
    ("zh", "医生很耐心，环境很好。", "谢谢您的好评！为表感谢，首次洗牙免费，所有顾客都一样。"),
    (
        "en",
        "Great cleaning.",
        "Thanks for the review! As a thank-you, the first cleaning is free for every patient.",
    ),
    (
        "ru",
        "Отлично.",
        "Спасибо за отзыв! В знак благодарности следующая чистка бесплатно, как и для всех "
        "пациентов.",
    ),
    ("uk", "Чудово.", "Дякуємо, Анно! Наступна чистка безкоштовна."),
    ("pl", "Super.", "Dziękujemy, Pani Anno! Następna higienizacja gratis."),
    # the season's offer said to this reader stays theirs
    ("en", "Great cleaning.", "Thanks for the review! This month you get 20% off whitening."),
    ("ru", "Отлично.", "Спасибо за отзыв! В этом месяце дарим вам скидку 20% на отбеливание."),
    ("zh", "医生很耐心", "谢谢您的好评！本月您洗牙可享八折。"),
    # ... and one that can
    ("zh", "很好", "谢谢您的好评！写评价就能换免费洁牙一次。"),
    # a thanks to all does not hide a gift to the reader
    (
        "en",
        "Great cleaning.",
        "Thanks for the review! As a thank-you to all our patients, your next polish is free.",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_a_seasons_offer_or_the_teams_gift_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad", rule="reward"))
def test_a_gift_for_this_review_or_this_reader_is_blocked_as_a_reward(probe: Probe) -> None:
    check(probe, editor=True)
