"""Round 22b (en, ru, uk): a "you" of a rule for whoever does something, "we understand you"
before the review's own words, and a name that only greets before a general fact, as
look-alike pairs: each good reply passes and its bad twin, the same situation with a leak in
it, is still blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, good reply, bad twin)
PAIRS = [
    # a condition of the present with a rule of the practice's after it: anyone's booking and bill
    (
        "en",
        "Why do I have to pay before my appointment?",
        "Sarah",
        "Hi Sarah, we take a £40 deposit when you book a new-patient exam, and it comes off your "
        "bill on the day.",
        "Hi Sarah, when you booked on 3 May we took a £40 deposit, and it came off your bill on "
        "the day.",
    ),
    (
        "ru",
        "Почему нужно платить заранее?",
        "Ольга",
        "Ольга, когда вы записываетесь на имплантацию, мы берём предоплату 3000 рублей, она "
        "засчитывается в стоимость лечения.",
        "Ольга, когда вы записались на имплантацию 5 марта, вы внесли предоплату 3000 рублей, "
        "она засчитана в ваш счёт.",
    ),
    (
        "uk",
        "Чому треба платити наперед?",
        "Оксана",
        "Оксано, коли ви записуєтесь на імплантацію, ми беремо передоплату 1000 гривень, вона "
        "зараховується у вартість лікування.",
        "Оксано, коли ви записалися на імплантацію 5 березня, ви внесли передоплату 1000 "
        "гривень, її зараховано у ваш рахунок.",
    ),
    (
        "ru",
        "Как записаться к ортодонту?",
        "Ирина",
        "Ирина, когда вы записываетесь к ортодонту впервые, консультация бесплатная.",
        "Ирина, когда вы записались к ортодонту, брекеты вам поставили через неделю.",
    ),
    (
        "en",
        "Does my insurance cover implants?",
        "Omar",
        "Omar, if you have private cover, we send the estimate to your insurer before treatment "
        "so you know what you'll pay.",
        "Omar, if you have private cover, we send the estimate to your insurer, and your implant "
        "is booked for Friday.",
    ),
    # "we understand you" and the review's own words: an echo; a treatment added is a leak
    (
        "en",
        "Waited 40 minutes past my slot. Unacceptable.",
        "Helen",
        "Helen, we understand you were kept waiting, and we're sorry. We are adding a buffer "
        "between appointments so delays don't build up.",
        "Helen, we understand you were kept waiting before your root canal with Dr Shah, and "
        "we're sorry.",
    ),
    # a name that only greets before a general fact: the fact is nobody's
    (
        "ru",
        "Зачем столько говорить про чистку?",
        "Павел",
        "Павел, кариес — самое распространённое заболевание в мире.",
        "Павел, у вас кариес на трёх зубах.",
    ),
    (
        "ru",
        "Болит зуб мудрости, что делать?",
        "Татьяна",
        "Татьяна, зубы мудрости часто прорезываются с воспалением десны; при боли лучше не "
        "откладывать осмотр у хирурга.",
        "Татьяна, ваш зуб мудрости мы удалили в прошлый раз не полностью, приходите на "
        "повторный осмотр.",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer good _"))
def test_good_reply_passes(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(("language", "review", "reviewer", "good", "bad"), PAIRS)
def test_bad_twin_is_blocked(
    language: str, review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(bad, language, review, reviewer)


def test_a_greeting_name_before_news_of_theirs_still_names_them() -> None:
    """Not counting the name at all let a leak through: it only greets before a general fact."""
    found = rules_broken(
        "Павел, кариес — самое распространённое заболевание, и ваш зуб мы вылечили.",
        "ru",
        "Зачем?",
        "Павел",
    )
    assert found


def test_a_day_in_the_echo_is_no_echo() -> None:
    found = rules_broken(
        "Helen, we know you were kept waiting on Tuesday.",
        "en",
        "Waited 40 minutes past my slot.",
        "Helen",
    )
    assert "date" in found
