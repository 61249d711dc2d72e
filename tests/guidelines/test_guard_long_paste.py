"""A long paste of reward or care words, with no sentence break, costs the guard work in
proportion to its length: the reply editor checks it while the user waits ("Checking the long
reply...", Publish off). Round gquad: "discount voucher gift " over 32 KB took 7 s of CPU, each
reward reading its whole clause again; a Chinese list of rewards ran past Python's recursion
limit. The work is counted, not timed: the characters handed to the phrase searches, and the
Python steps taken."""

import pytest
from tests.step_count import python_steps

from clinicrep.guidelines import clause_reading, engine
from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems

REWARDS = {
    "en": "discount voucher gift ",
    "ru": "скидка подарок сертификат ",
    "uk": "знижка подарунок сертифікат ",
    "pl": "rabat prezent voucher ",
    "zh": "折扣礼品代金券",
}
CARE = {
    "en": "your doctor booked you a check-up and a blood test ",
    "ru": "ваш врач записал вас на осмотр и анализ крови ",
    "uk": "ваш лікар записав вас на огляд і аналіз крові ",
    "pl": "pani lekarz zapisał panią na badanie i morfologię ",
    "zh": "您的医生为您预约了复查和验血",
}


def _paste(unit: str, kilobytes: int) -> str:
    return unit * (kilobytes * 1024 // len(unit.encode()) + 1)


def _check(text: str, language: str) -> list:
    return find_confidentiality_problems(
        text, review_text="", language=language, reviewer_name="", country="other"
    )


def _characters_searched(monkeypatch: pytest.MonkeyPatch, text: str, language: str) -> int:
    """How many characters the guard's phrase searches and clause readings are asked to
    read while checking ``text``."""
    read = [0]
    finditer_in = engine.PhraseSet.finditer_in
    said_of_anyone = clause_reading.said_of_anyone
    said_as_a_rule = clause_reading.said_as_a_rule

    def counted_finditer_in(self, text, low, start, end):  # type: ignore[no-untyped-def]
        read[0] += end - start
        return finditer_in(self, text, low, start, end)

    def counted_said_of_anyone(low, language, start, end, *, health):  # type: ignore[no-untyped-def]
        read[0] += end - start
        return said_of_anyone(low, language, start, end, health=health)

    def counted_said_as_a_rule(low, language, start, end):  # type: ignore[no-untyped-def]
        read[0] += end - start
        return said_as_a_rule(low, language, start, end)

    with monkeypatch.context() as patch:
        patch.setattr(engine.PhraseSet, "finditer_in", counted_finditer_in)
        patch.setattr(clause_reading, "said_of_anyone", counted_said_of_anyone)
        patch.setattr(clause_reading, "said_as_a_rule", counted_said_as_a_rule)
        _check(text, language)
    return read[0]


def _python_steps(text: str, language: str) -> int:
    """How many Python calls and lines (a loop's every turn) checking ``text`` takes."""
    return python_steps(lambda: _check(text, language))


@pytest.mark.parametrize("language", sorted(REWARDS))
def test_a_long_paste_of_reward_words_is_read_in_time_that_grows_with_its_length(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """8 times the paste is at most about 8 times the reading (was 30-60 times: every reward
    read its whole clause again for a review and for people in general)."""
    unit = REWARDS[language]
    _check(unit, language)  # the language's tables, read once
    small = _characters_searched(monkeypatch, _paste(unit, 4), language)
    large = _characters_searched(monkeypatch, _paste(unit, 32), language)
    assert large <= 10 * small, (small, large)


@pytest.mark.parametrize("language", sorted(CARE))
def test_a_long_paste_of_care_words_is_read_in_steps_that_grow_with_its_length(
    language: str,
) -> None:
    """Each care word owned by "your" was matched against every pronoun of its clause, and
    against every addressee before it."""
    unit = CARE[language]
    _check(unit, language)
    small = _python_steps(_paste(unit, 4), language)
    large = _python_steps(_paste(unit, 32), language)
    assert large <= 10 * small, (small, large)


# Session 24: offers made for a review (round 21a's reading: a review as the condition of
# what is given), pasted with no sentence break. Each read its whole sentence again for a rule
# ("usually", [reading] usual), and in Chinese for where the sentence speaks to the reviewer:
# 74 KB took 2.6 s in English and 168 KB 22 s in Chinese.
OFFERS = {
    "en": "Leave a review and mention this review at the desk: the whitening is free ",
    "ru": "Оставьте отзыв и получите бесплатную чистку за отзыв ",
    "uk": "За відгук ви отримаєте безкоштовну чистку ",
    "pl": "Za opinię dostanie Pani darmowy przegląd ",
    "zh": "写好评送洁牙一次，凭评价截图到店免费领取 ",
}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_a_long_paste_of_offers_for_a_review_is_read_in_time_that_grows_with_its_length(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """8 times the paste is at most about 8 times the reading, and every offer is found."""
    unit = OFFERS[language]
    _check(unit, language)
    small = _characters_searched(monkeypatch, _paste(unit, 4), language)
    large = _characters_searched(monkeypatch, _paste(unit, 32), language)
    assert large <= 10 * small, (small, large)
    assert FindingCode.REWARD in {f.code for f in _check(_paste(unit, 4), language)}


def test_a_pasted_chinese_list_of_rewards_offered_for_a_review_is_still_found() -> None:
    """Two thousand rewards with no joint between them were read by recursion, one reward
    deeper each: RecursionError, and the editor's check failed. Now the offer is found."""
    text = "写好评即送" + "折扣礼品代金券" * 700
    codes = {finding.code for finding in _check(text, "zh")}
    assert FindingCode.REWARD in codes


# Round gquad2: pastes of dates, full names and sums of money, with and without sentence
# breaks. None of them grew faster than its length (CPU seconds at 8/16/32/128 KB, every
# language, in the commit message); these cases keep it so.
DATES = {
    "en": "on 12 March at 10:30, ",
    "ru": "12 марта в 10:30, ",
    "uk": "12 березня о 10:30, ",
    "pl": "12 marca o 10:30, ",
    "zh": "3月12日上午10点，",
}
NAMES = {
    "en": "Anna Kowalska, John Smith, ",
    "ru": "Иванов Иван Петрович, ",
    "uk": "Шевченко Тарас Григорович, ",
    "pl": "Anna Kowalska, Jan Nowak, ",
    "zh": "王小明、李医生、",
}
MONEY = {
    "en": "$120, £50 deposit, 300 zł, 2000 грн, 800元 ",
    "ru": "2000 руб. предоплата, $120, 2000 грн, ",
    "uk": "2000 грн завдаток, $120, 300 zł, ",
    "pl": "300 zł zaliczki, 50 €, $120, ",
    "zh": "800元定金，$120，£50，",
}
SWEEP = [
    pytest.param(units[language], language, id=f"{kind}-{language}")
    for kind, units in (("dates", DATES), ("names", NAMES), ("money", MONEY))
    for language in sorted(units)
]


def _sentences(unit: str, language: str) -> str:
    """The same unit ending a sentence each time."""
    return unit.rstrip(" ,，、") + ("。" if language == "zh" else ". ")


@pytest.mark.parametrize("breaks", [False, True], ids=["one-sentence", "sentences"])
@pytest.mark.parametrize(("unit", "language"), SWEEP)
def test_a_long_paste_of_dates_names_or_money_is_checked_in_steps_that_grow_with_its_length(
    monkeypatch: pytest.MonkeyPatch, unit: str, language: str, breaks: bool
) -> None:
    """8 times the paste is at most about 8 times the Python steps and the characters
    searched, as one run-on sentence and as a sentence per unit."""
    if breaks:
        unit = _sentences(unit, language)
    _check(unit, language)
    small, large = _paste(unit, 4), _paste(unit, 32)
    steps = _python_steps(small, language), _python_steps(large, language)
    assert steps[1] <= 10 * steps[0], steps
    read = (
        _characters_searched(monkeypatch, small, language),
        _characters_searched(monkeypatch, large, language),
    )
    assert read[1] <= 10 * read[0], read


REVIEWER_NAMES = {
    "en": ("Anna Kowalska, John Smith, ", "Anna Kowalska"),
    "ru": ("Иванов Иван Петрович, ", "Иван Иванов"),
    "uk": ("Шевченко Тарас Григорович, ", "Тарас Шевченко"),
    "pl": ("Anna Kowalska, Jan Nowak, ", "Anna Kowalska"),
    "zh": ("王小明、李医生、", "王小明"),
}


@pytest.mark.parametrize("language", sorted(REVIEWER_NAMES))
def test_a_long_paste_of_names_with_the_reviewers_own_is_checked_in_steps_that_grow_with_it(
    language: str,
) -> None:
    """With the reviewer's published name in it, every word of the paste was held against
    every mention of that name, and every full name against every place it is published
    (round gquad2: 128 KB took 3.7 s in English, 2.1 s in Chinese; now 1.1 s and 0.14 s)."""
    unit, reviewer = REVIEWER_NAMES[language]

    def steps(kilobytes: int) -> int:
        text = _paste(unit, kilobytes)
        return python_steps(
            lambda: find_confidentiality_problems(
                text, review_text="", language=language, reviewer_name=reviewer, country="other"
            )
        )

    steps(0)
    small, large = steps(4), steps(32)
    assert large <= 10 * small, (small, large)


# Session 27 (gconf27): an event of care ([reading] cared) counts with the person within a few
# words of it. Pasted far from the one "вас" of its clause, every care word counted the words
# back to it: 140 KB took 47 s. Counted here: the words the clause reading takes from its word
# search (the nearest person before and after a care word are found by halving, and the words
# between them counted only up to one too many).
CARED_FAR = {
    "en": ("Dr Kim examined you, and ", "later we nursed and discussed things "),
    "ru": ("Доктор Ким видел вас и ", "потом ещё лечим и обсуждаем разное "),
    "uk": ("Лікар Кім бачив вас і ", "потім ще лікуємо й обговорюємо різне "),
    "pl": ("Dr Kim widział Pana i ", "potem jeszcze leczymy i omawiamy różne sprawy "),
}


class _CountedWords:
    """clause_reading.WORD, counting the words its searches hand over."""

    def __init__(self, real):  # type: ignore[no-untyped-def]
        self.real, self.words = real, 0

    def finditer(self, *args):  # type: ignore[no-untyped-def]
        for m in self.real.finditer(*args):
            self.words += 1
            yield m

    def findall(self, *args):  # type: ignore[no-untyped-def]
        found = self.real.findall(*args)
        self.words += len(found)
        return found

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.real, name)


@pytest.mark.parametrize("language", sorted(CARED_FAR))
def test_a_long_paste_of_care_events_far_from_the_reviewer_is_read_in_words_that_grow_with_it(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    opening, unit = CARED_FAR[language]
    _check(opening + unit, language)

    def words_read(kilobytes: int) -> int:
        counted = _CountedWords(clause_reading.WORD)
        with monkeypatch.context() as patch:
            patch.setattr(clause_reading, "WORD", counted)
            _check(opening + _paste(unit, kilobytes), language)
        return counted.words

    small, large = words_read(4), words_read(32)
    assert large <= 10 * small, (small, large)


# Session 32: a relative sent home and a bill, pasted with markup and emoji between, so that a
# clause runs on: each finding's echo check read its clause from the start for a report of the
# review ("як ви пишете, що"), n squared: 237k characters of Ukrainian took 16 s.
def test_a_long_paste_of_findings_in_one_clause_is_read_in_characters_that_grow_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unit = "Вашу маму вже виписали, рахунок 600 грн. <b>дякуємо</b> 😀 "
    assert _check(unit, "uk")
    small, large = _paste(unit, 4), _paste(unit, 32)
    read = (
        _characters_searched(monkeypatch, small, "uk"),
        _characters_searched(monkeypatch, large, "uk"),
    )
    assert read[1] <= 10 * read[0], read
