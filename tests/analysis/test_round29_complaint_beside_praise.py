"""Round twenty-nine (issue 19, branch asp29): the complaint beside the praise.

1. after praise of the whole visit, what an exception names is the complaint, not the praise
   ("Всё понравилось, кроме парковки", "Wszystko w porządku, poza parkingiem", "整体都挺满意的，
   除了停车"), also where the exception opens the sentence ("Кроме парковки, всё отлично");
2. praise hedged as an appearance ("Niby miły pan doktor, ale ...", "Врач вроде бы и вежливый,
   но ...", "医生看起来很专业，但是 ...") and then blamed by the "but" blames the person, and the
   review is a complaint; a "but" that blames another person or aspect leaves the praise;
3. praise only granted in a concession ("Although the doctor was friendly enough, she never
   examined my ankle") is not the review's verdict.

Each review is written for the test; the "must stay" look-alikes read as before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, REC, WAIT, ACCESS = "doctor", "reception", "waiting", "access"

ALL_GOOD_EXCEPT = [
    ("Всё понравилось, кроме парковки: её просто нет.", "ru", {(ACCESS, NEG)}),
    ("Кроме парковки, всё отлично.", "ru", {(ACCESS, NEG)}),
    ("Wszystko w porządku, poza parkingiem – trzeba krążyć po osiedlu.", "pl", {(ACCESS, NEG)}),
    (
        "Ogólnie wszystko super, oprócz rejestracji, gdzie nikt nie odbiera telefonu.",
        "pl",
        {(REC, NEG)},
    ),
    ("整体都挺满意的，除了停车，附近根本找不到车位。", "zh", {(ACCESS, NEG)}),
    # read so before round twenty-nine too ("except", "крім", "但"): they stay
    ("Everything was great except the parking, which is a nightmare.", "en", {(ACCESS, NEG)}),
    ("Great visit overall, but the wait was long.", "en", {(WAIT, NEG)}),
    ("В целом всё хорошо, кроме регистратуры: там вечно хамят.", "ru", {(REC, NEG)}),
    ("Усе чудово, окрім того, що довелося довго чекати.", "uk", {(WAIT, NEG)}),
    ("Все сподобалось, крім того, що поруч ніде припаркуватись.", "uk", {(ACCESS, NEG)}),
    ("总的来说还不错，除了排队时间太长。", "zh", {(WAIT, NEG)}),
]


@pytest.mark.parametrize("reading", readings(ALL_GOOD_EXCEPT))
def test_what_an_exception_after_praise_names_is_the_complaint(reading: Reading) -> None:
    # the chip the review pane shows blames what the exception names
    check_reading(reading)


EXCEPT_STAY = [
    # praise of others' reviews is not the writer's: a complaint
    ("看了好评才来的，结果医生很敷衍，五分钟就打发了。", "zh", {(DOC, NEG)}, "negative"),
    # a fear that names nothing is the patient's, and the nurse is praised
    ("I was terrified, but the nurse was lovely.", "en", {("nurse", POS)}, "positive"),
    # a "but" opening a sentence after praise of the premises: the bill is still blamed
    (
        "Чисто, затишно. Проте з рахунком намудрили: провели повторний прийом як первинний, "
        "довелося доводити.",
        "uk",
        {("facilities", POS), ("price", NEG)},
        "mixed",
    ),
]


@pytest.mark.parametrize(("text", "lang", "aspects", "expected"), EXCEPT_STAY)
def test_praise_that_is_not_of_the_visit_reads_as_before(
    text: str, lang: str, aspects: set[tuple[str, str]], expected: str
) -> None:
    assert read(text, lang) == aspects
    assert verdict(text, lang) == expected


HEDGED_THEN_BLAMED = [
    ("Lekarz niby sympatyczny, ale leczenie nic nie dało.", "pl"),
    ("Niby miły pan doktor, ale po jego leczeniu wysypka tylko się nasiliła.", "pl"),
    ("Врач вроде бы и вежливый, но лечение не помогло, стало только хуже.", "ru"),
    ("Лікарка наче й приємна, але після її лікування стало тільки гірше.", "uk"),
    ("医生看起来很专业，但是药吃了一周一点用都没有。", "zh"),
    ("医生看着挺和气，但吃了他开的药反而更严重了。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), HEDGED_THEN_BLAMED)
def test_hedged_praise_then_a_failed_treatment_blames_the_doctor(text: str, lang: str) -> None:
    assert read(text, lang) == {(DOC, NEG), ("outcome", NEG)}
    assert verdict(text, lang) == "negative"


HEDGED_STAY = [
    # the "but" blames another person: the hedged praise stands, the review is mixed
    ("Lekarz niby miły, ale w rejestracji pani była niegrzeczna.", "pl", {(DOC, POS), (REC, NEG)}),
    ("医生看起来很专业，但是前台态度很差。", "zh", {(DOC, POS), (REC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(HEDGED_STAY))
def test_hedged_praise_beside_a_complaint_of_someone_else_stays_praise(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Although the doctor was friendly enough, she never actually examined my ankle and "
            "it still hurts a month later.",
            "en",
        ),
    ],
)
def test_praise_only_granted_in_a_concession_is_not_the_verdict(text: str, lang: str) -> None:
    assert read(text, lang) == {(DOC, NEG), ("outcome", NEG)}
    assert verdict(text, lang) == "negative"


MILD_RESERVATIONS = [
    (
        "Dr Lee was lovely. The only thing I would say is the toilets could be cleaner.",
        {(DOC, POS), ("facilities", NEG)},
    ),
    (
        "Great physio. Only thing I'd change is the parking, could be bigger.",
        {(DOC, POS), (ACCESS, NEG)},
    ),
    (
        "Friendly nurse. Bit of a wait for the scan results, nearly two weeks.",
        {("nurse", POS), ("communication", NEG)},
    ),
    # read so before too ("though" opens the complaint): it stays
    ("Lovely GP. Bit of a wait to be seen though.", {(DOC, POS), (WAIT, NEG)}),
]


@pytest.mark.parametrize(("text", "expected"), MILD_RESERVATIONS)
def test_a_mild_reservation_after_praise_is_a_complaint_and_the_review_mixed(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "en") == expected
    assert verdict(text, "en") == "mixed"
