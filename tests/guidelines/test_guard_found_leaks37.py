"""Session 37 (gfix37, issue 16): leaks the engineers of this session found. A refusal covers
its own statement, not the reviewer's results told after its comma; the degree of one
condition ("кариес глубокий") tells a case; a separable visit verb with its result inside
("才看上诊") is a visit; pl "ale za tę ... podarujemy" gives for the review named by a pronoun;
a free amenity is anyone's only where no review is named. The same replies without the leak
pass the editor's check."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings

# (language, review, reply, the rule the editor must show)
BLOCK = [
    # a refusal, then after a comma the reviewer's results (the same with a full stop blocked)
    ("zh", "很好", "我们从不为好评返现，您3月3日的复查结果已经出来了。", "date"),
    ("en", "Great.", "We never pay for reviews, your results from 3 March are ready.", "date"),
    (
        "ru",
        "Отлично.",
        "Мы никогда не платим за отзывы, ваши анализы от 3 марта готовы.",
        "health_detail",
    ),
    (
        "uk",
        "Чудово.",
        "Ми ніколи не платимо за відгуки, ваші аналізи від 3 березня готові.",
        "health_detail",
    ),
    ("pl", "Super.", "Nigdy nie płacimy za opinie, Pani wyniki z 3 marca są gotowe.", "date"),
    # the degree of one condition said as its state: their case
    (
        "ru",
        "Отлично.",
        "Олег, спасибо. Кариес глубокий, поэтому мы ставим коронку в четверг.",
        "health_detail",
    ),
    (
        "uk",
        "Чудово.",
        "Олеже, дякуємо. Карієс глибокий, тому ми ставимо коронку в четвер.",
        "health_detail",
    ),
    (
        "en",
        "Great.",
        "Thanks, Oleg. The decay is deep, so we are fitting a crown.",
        "health_detail",
    ),
    (
        "pl",
        "Super.",
        "Dziękujemy. Próchnica jest głęboka, więc zakładamy koronę.",
        "health_detail",
    ),
    ("zh", "很好", "谢谢。龋齿很深，所以我们周四给做牙冠。", "health_detail"),
    # a separable visit verb with its result between its parts: they were seen that day
    ("zh", "排队太久", "很抱歉，那天让您排在其他患者后面才看上诊", "confirms_patient"),
    # the review named by a pronoun after a refusal: a gift for it
    (
        "pl",
        "Miła recepcja.",
        "Dziękujemy, Pani Ewo. Za opinie nie dajemy prezentów, ale za tę z radością "
        "podarujemy bezpłatny przegląd.",
        "reward",
    ),
]

# (language, review, reply): good replies the practice may publish
PASS = [
    # the refusal and what follows it without a fact of the reviewer
    ("en", "Do you pay for reviews?", "We never pay for reviews, and we never will."),
    (
        "en",
        "Great team.",
        "We never discuss anyone's care online, your privacy matters to us.",
    ),
    (
        "ru",
        "Вы платите за отзывы?",
        "Мы никогда не платим за отзывы, ваше мнение для нас важнее.",
    ),
    (
        "uk",
        "Ви платите за відгуки?",
        "Ми ніколи не платимо за відгуки, ваша чесна думка нам важливіша.",
    ),
    (
        "pl",
        "Płacicie za opinie?",
        "Nigdy nie płacimy za opinie, Pani szczera opinia jest dla nas ważniejsza.",
    ),
    ("zh", "你们好评返现吗？", "我们从不为好评返现，您的真实评价对我们最重要。"),
    # a condition's degree said of the kind: anyone's
    ("ru", "Кариес — это больно?", "Кариес бывает глубоким, тогда нужна коронка."),
    ("en", "Is decay painful?", "Decay can be deep, and then a crown is needed."),
    # the separable visit verb of anyone
    ("zh", "周末能看吗？", "周末也能看上诊，欢迎提前预约。"),
    # a refusal and a thanks for every review
    ("pl", "Płacicie za opinie?", "Za opinie nie płacimy, ale za każdą bardzo dziękujemy."),
    # a free amenity with no review named
    ("en", "Nice place.", "Thanks Anna! Free parking is right behind the building."),
    ("ru", "Удобно.", "Спасибо, Анна! Бесплатная парковка прямо за зданием."),
    ("uk", "Зручно.", "Дякуємо, Анно! Безкоштовна парковка одразу за будівлею."),
    ("pl", "Wygodnie.", "Dziękujemy! Bezpłatny parking jest tuż za budynkiem."),
]


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad rule"))
def test_a_reply_telling_the_reviewers_care_is_blocked_in_the_editor(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_the_same_words_without_the_reviewers_care_pass_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize(
    ("language", "reply", "free"),
    [
        ("en", "Leave a review and get free coffee.", "free"),
        ("ru", "Оставьте отзыв и получите бесплатный кофе.", "бесплатный"),
        ("zh", "写好评就送免费停车一次。", "免费"),
    ],
)
def test_an_amenity_bought_with_a_review_is_shown_as_a_reward(
    language: str, reply: str, free: str
) -> None:
    """The editor marks the free amenity itself as the reward, not only the review phrase."""
    review = Review(
        source_id=1,
        external_id="amenity",
        created_at=utc_now(),
        author="",
        text="ok",
        analysis=Analysis(language=language),
    )
    found = guard_reply(reply, review, Settings())
    assert any(f.rule == "reward" and free in f.text for f in found)
