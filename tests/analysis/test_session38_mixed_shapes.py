"""Session 38 (aspmix38, issue 19, probe50): mixed reviews whose complaint is a fact of a kind.
A promise against what happened, told by counts ("They told us two weeks. It was six."), the
way in searched for ("Drove past the building three times"), effort the patient spent counted
by occasions or a morning of redialling, and praise told as a fact of manner ("with a smile")
or amazement with a negator ("Couldn't believe how rude"). The sentences are not probe50's
rows; each mixed one below was read positive or negative on the code before the session (but
the quote against an invoice and the Ukrainian and Polish promises, read mixed already, kept
as checks of the promise's reading); the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the aspect the broken promise blames, the one praised)
BROKEN_PROMISES = [
    ("en", "The receptionist said a week for the blood results. It took four.", "communication"),
    ("en", "They said I'd get an appointment within a fortnight. It was two months.", "scheduling"),
    ("en", "Quoted £300 for the extraction. The invoice said £450.", "price"),
    ("ru", "Анализы обещали через два дня, прошло уже девять.", "communication"),
    ("uk", "Результати обіцяли за тиждень, минуло вже чотири.", "communication"),
    ("pl", "Wyniki obiecali za tydzień, minęły już cztery.", "communication"),
    ("zh", "护士说两天出化验结果，结果等了八天。", "communication"),
    ("zh", "说好一周内安排手术，结果等了六周。", "scheduling"),
    ("zh", "事先说拔牙大概五百，最后结账一千二。", "price"),
]
PRAISE = {
    "en": " Dr Moore was kind and patient though.",
    "ru": " Врач хороший, внимательный.",
    "uk": " Лікар хороший, уважний.",
    "pl": " Lekarz bardzo miły i dokładny.",
    "zh": "不过孙医生很耐心，讲得也清楚。",
}


@pytest.mark.parametrize(("lang", "text", "blamed"), BROKEN_PROMISES)
def test_a_promise_far_from_what_happened_blames_its_aspect(
    lang: str, text: str, blamed: str
) -> None:
    assert (blamed, "negative") in read(text + PRAISE[lang], lang)
    assert verdict(text + PRAISE[lang], lang) == "mixed"


# (language, text): a promise kept or bettered, beside the same praise
KEPT_PROMISES = [
    ("en", "The receptionist said a week for the blood results. They came in three days."),
    ("en", "They promised a ten-minute wait and it was ten minutes."),
    ("ru", "Анализы обещали через пять дней, пришли через два."),
    ("zh", "护士说五天出化验结果，结果第三天就出来了。"),
]


@pytest.mark.parametrize(("lang", "text"), KEPT_PROMISES)
def test_a_promise_kept_is_no_complaint(lang: str, text: str) -> None:
    reading = read(text + PRAISE[lang], lang)
    assert not any(polarity == "negative" for _, polarity in reading)
    assert verdict(text + PRAISE[lang], lang) == "positive"


def test_a_promised_short_wait_is_no_praise_of_the_wait_had() -> None:
    text = "说最多等五分钟，结果坐了五十分钟。护士扎针很轻，一点不疼。"
    assert ("waiting", "negative") in read(text, "zh")
    assert ("waiting", "positive") not in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


# (language, text): the way in searched for, told as a fact, beside a doctor praised
WAY_IN = [
    ("en", "Drove past the building three times before I saw the sign. The GP was excellent."),
    ("en", "Spent ages looking for the entrance. Once in, the dentist was brilliant."),
    ("ru", "Минут двадцать искали вход. Врач отличный."),
    ("uk", "Двічі пройшла повз вхід, поки знайшла. Лікар чудовий."),
    ("pl", "Dwa razy przeszłam obok wejścia. Lekarz świetny."),
    ("zh", "找门诊找了半天。不过医生很专业。"),
]


@pytest.mark.parametrize(("lang", "text"), WAY_IN)
def test_the_way_in_searched_for_blames_the_access(lang: str, text: str) -> None:
    assert read(text, lang) == {("access", "negative"), ("doctor", "positive")}
    assert verdict(text, lang) == "mixed"


def test_the_way_in_found_easily_stays_praise() -> None:
    text = "Easy to find, right by the station. The GP was excellent."
    assert read(text, "en") == {("access", "positive"), ("doctor", "positive")}
    assert verdict(text, "en") == "positive"


def test_effort_counted_by_occasions_blames_the_booking() -> None:
    text = "Getting a slot meant phoning on four separate mornings. The nurse was lovely."
    assert read(text, "en") == {("scheduling", "negative"), ("nurse", "positive")}
    assert verdict(text, "en") == "mixed"


def test_a_morning_of_redialling_blames_the_front_desk() -> None:
    text = (
        "My hip replacement went perfectly. Reaching anyone after took a whole morning of"
        " redialling."
    )
    assert read(text, "en") == {("outcome", "positive"), ("reception", "negative")}
    assert verdict(text, "en") == "mixed"


def test_care_given_with_a_smile_is_praise_beside_a_long_wait() -> None:
    text = "Waited an hour past my slot. The nurse took my bloods with a big smile."
    assert read(text, "en") == {("waiting", "negative"), ("nurse", "positive")}
    assert verdict(text, "en") == "mixed"


def test_amazement_with_a_negator_is_praise() -> None:
    text = "Can't believe how quick it was, in and out in ten minutes. Thanks Dr Ali."
    assert verdict(text, "en") == "positive"
    assert ("waiting", "negative") not in read(text, "en")


def test_amazement_at_rudeness_stays_a_complaint() -> None:
    text = "Couldn't believe how rude the receptionist was. The doctor was lovely."
    assert read(text, "en") == {("reception", "negative"), ("doctor", "positive")}
    assert verdict(text, "en") == "mixed"


def test_a_contrast_word_between_commas_leaves_the_subject_to_its_predicate() -> None:
    text = "The nurses are lovely. Getting a GP appointment the same week, though, is a lottery."
    assert read(text, "en") == {("nurse", "positive"), ("scheduling", "negative")}
    assert verdict(text, "en") == "mixed"


def test_a_contrast_word_between_commas_after_praise_still_cuts() -> None:
    text = "The doctor was great, but, sadly, the nurse was rude."
    assert read(text, "en") == {("doctor", "positive"), ("nurse", "negative")}
    assert verdict(text, "en") == "mixed"


# (text, the one blamed or praised beside): who did the cleaning or the jab is the nurse
ZH_BY_THEIR_WORK = [
    (
        "洗牙的小姑娘特别温柔，就是前台态度很差。",
        {("nurse", "positive"), ("reception", "negative")},
    ),
    ("洁牙的那个大姐手很重，医生倒是挺好的。", {("nurse", "negative"), ("doctor", "positive")}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_BY_THEIR_WORK)
def test_the_one_named_by_their_work_is_the_nurse(text: str, expected: set) -> None:
    assert read(text, "zh") == expected
    assert verdict(text, "zh") == "mixed"


# (text, the complaint): praise of the whole said by "every side" or by the practice as one
ZH_WHOLE = [
    ("各方面都还不错，只是停车太难了。", ("access", "negative")),
    ("挺好的一家牙科，就是价格太贵了。", ("price", "negative")),
]


@pytest.mark.parametrize(("text", "complaint"), ZH_WHOLE)
def test_praise_of_the_whole_beside_one_complaint_is_mixed(
    text: str, complaint: tuple[str, str]
) -> None:
    assert read(text, "zh") == {complaint}
    assert verdict(text, "zh") == "mixed"


def test_blame_of_the_practice_as_one_stays_negative() -> None:
    assert verdict("这家诊所真的很差，医生态度也不好。", "zh") == "negative"


# (language, text, what is blamed): a needle tried again and again, the opening hours, no lift
FACTS_BLAMED = [
    (
        "en",
        "It took three goes to find a vein, my arm is black and blue. The GP was lovely.",
        "nurse",
    ),
    ("ru", "В процедурной кололи трижды, рука вся синяя. Врач отличный.", "nurse"),
    ("pl", "Kłuła mnie trzy razy, cała ręka sina. Lekarz świetny.", "nurse"),
    ("pl", "Szkoda, że godziny otwarcia tylko do 15. Lekarz świetny.", "scheduling"),
    ("ru", "Лифта нет, а рентген на пятом этаже. Врач отличный.", "facilities"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), FACTS_BLAMED)
def test_a_fact_of_the_visit_blames_its_aspect(lang: str, text: str, blamed: str) -> None:
    assert {(blamed, "negative"), ("doctor", "positive")} <= read(text, lang)
    assert verdict(text, lang) == "mixed"
