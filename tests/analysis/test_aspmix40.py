"""Session 40 (aspmix40, issue 19, probe52): a review that praises one aspect and blames another
is mixed however many of its clauses judge, where it is a review's length and not a story (and,
in a short one, the praise weighs at least as much as the blame).

Before, a short review (at most 45 words) judging in more than four clauses needed its weaker
side at 0.7 of the stronger one, so a praise-heavy review with two mild complaints read
positive; and a review of 46 to 90 words needed the same. The sentences below are new: not
probe52's rows nor any tuning row.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

from clinicrep.analysis.aspects import AspectReading, read_aspects
from clinicrep.model import Sentiment

_BOTH = frozenset((Sentiment.POSITIVE, Sentiment.NEGATIVE))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Warm welcome, spotless rooms, kind nurses. Bit annoyed the parking is tiny and the"
            " bill was steep, but Dr Mills was wonderful.",
        ),
        (
            "uk",
            "Привітна реєстратура, чисті кабінети, уважні медсестри. Трохи засмутило, що паркінг"
            " крихітний і рахунок великий, але лікарка Коваль чудова.",
        ),
    ],
)
def test_a_short_review_judging_in_many_clauses_is_mixed(lang: str, text: str) -> None:
    reading = read_aspects(text, lang)
    assert reading.firm == _BOTH
    assert not reading.long
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Warm welcome, spotless rooms, kind nurses, and Dr Mills was wonderful."),
        ("uk", "Привітна реєстратура, чисті кабінети, уважні медсестри, лікарка Коваль чудова."),
    ],
)
def test_the_same_review_without_its_complaint_stays_praise(lang: str, text: str) -> None:
    assert verdict(text, lang) == "positive"


def _reading(praise: float, blame: float, *, long: bool, story: bool) -> AspectReading:
    # eight judged clauses, both sides firm, the weaker side under _EVIDENT and not set apart
    return AspectReading((), praise, blame, 8, _BOTH, long, 4.0, weaker=2.0, story=story)


def test_a_long_review_that_is_no_story_weighs_its_sides_by_the_few_clause_balance() -> None:
    # the weaker side at 0.6 of the stronger: enough in a review, not in a story
    assert _reading(10.0, 6.0, long=True, story=False).mixed
    assert not _reading(10.0, 6.0, long=True, story=True).mixed
    # under half: not mixed in either
    assert not _reading(10.0, 4.0, long=True, story=False).mixed


def test_a_short_praising_review_is_mixed_whatever_the_balance_of_its_sides() -> None:
    assert _reading(10.0, 2.0, long=False, story=False).mixed
    # a list of complaints with one praise beside it still weighs its sides (round 38)
    assert not _reading(2.0, 10.0, long=False, story=False).mixed


def test_story_is_read_past_twice_the_short_length() -> None:
    review = " ".join(["The nurse was kind and the doctor was thorough."] * 6)  # 54 words
    story = " ".join(["The nurse was kind and the doctor was thorough."] * 12)  # 108 words
    assert read_aspects(review, "en").long
    assert not read_aspects(review, "en").story
    assert read_aspects(story, "en").story
    zh_review = "护士很温柔，医生很专业。" * 9  # 108 characters: long, no story
    zh_story = "护士很温柔，医生很专业。" * 16  # 192 characters
    assert read_aspects(zh_review, "zh").long
    assert not read_aspects(zh_review, "zh").story
    assert read_aspects(zh_story, "zh").story


# An amount paid, then praise of other things set against it by a contrast after it ("...
# though", "Зато ...", "Зате ..."): the amount is the complaint the praise is set against, as a
# "but" before the amount makes it; with no contrast the amount is a fee stated.
@pytest.mark.parametrize(
    ("lang", "turned", "stated"),
    [
        (
            "en",
            "Paid $260 out of pocket for the follow-up. Really felt the value there. The clinic"
            " is lovely though, and the nurse was kind.",
            "Paid $260 out of pocket for the follow-up. The clinic is lovely, and the nurse was"
            " kind.",
        ),
        (
            "ru",
            "Отдала 4000 за повторный приём. Деньги потрачены с пользой, конечно. Зато ремонт"
            " красивый и медсестра внимательная.",
            "Отдала 4000 за повторный приём. Ремонт красивый и медсестра внимательная.",
        ),
        (
            "uk",
            "Віддала 1200 гривень за повторний прийом. Гроші витрачені з користю, звісно. Зате"
            " ремонт гарний і медсестра уважна.",
            "Віддала 1200 гривень за повторний прийом. Ремонт гарний і медсестра уважна.",
        ),
    ],
)
def test_an_amount_with_praise_set_against_it_after_is_blamed(
    lang: str, turned: str, stated: str
) -> None:
    check_reading(Reading(turned, lang, {("price", "negative")}), sentiment="mixed", among=True)
    assert ("price", "negative") not in read(stated, lang)
    assert verdict(stated, lang) == "positive"


# An hour told with its half of the day ("a 10am slot", "my 2 pm appointment", "11.20am") is a
# time wherever it stands: a later one, half an hour to five hours on, blames the wait.
WAITS_BY_MERIDIEM = [
    (
        "Had a 10am slot and didn't get called through until 11.20am. The physio was excellent"
        " though.",
        "en",
        {("waiting", "negative")},
    ),
    (
        "My 2 pm appointment started at 3.40 pm. The nurse was very kind.",
        "en",
        {("waiting", "negative")},
    ),
]


@pytest.mark.parametrize("reading", readings(WAITS_BY_MERIDIEM))
def test_a_wait_told_by_hours_with_am_or_pm_is_blamed(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", among=True)


@pytest.mark.parametrize(
    "text",
    [
        "Open 9am to 1pm on Saturdays. Dr Lee was lovely.",  # opening hours
        "Walk-ins between 9am and 11am only. Dr Lee was lovely.",
        "Called at 9am, they squeezed me in at 11am.",  # a call: the booking's story
    ],
)
def test_hours_with_am_or_pm_that_tell_no_wait_blame_none(text: str) -> None:
    assert ("waiting", "negative") not in read(text, "en")


# A blood draw or an injection told by how many needles it took, a bare count (Chinese): the
# nurse blamed; acupuncture's needles are not a draw.
def test_a_draw_told_by_its_count_of_needles_blames_the_nurse() -> None:
    text = "抽个血扎了三针，胳膊青一块紫一块。前台很热情。"
    check_reading(Reading(text, "zh", {("nurse", "negative")}), sentiment="mixed", among=True)
    assert ("nurse", "negative") not in read("针灸扎了三针就不疼了，医生很耐心。", "zh")
