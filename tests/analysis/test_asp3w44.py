"""Session 44 (asp3w44, issue 19): aspect readings this session's engineers found wrong, each
read as a family: a negation told through an appearance or an adverb ("did not seem to be
listening", "Не похоже, чтобы ...", "Nie wyglądało, żeby ..."), a titled surname that is an
aspect's word ("Dr Price"), the improvement wished for ("two things I would like to see
improved", "有待改进") and a wait denied longer than a short time ("ни разу не ждала дольше
пяти минут"). The sentences are new, not rows of the probe or tuning sets.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, aspect): the deed denied through "seem", "appear", "really", "even" or an
# impression denied before a comma
DENIED_THROUGH_APPEARANCE = [
    ("en", "The GP did not seem to be listening to a word I said.", "communication"),
    ("en", "The consultant didn't really appear to listen to my mum.", "communication"),
    ("en", "Dr Lee did not even seem to be listening.", "communication"),
    ("ru", "Не похоже было, что терапевт меня слушает.", "communication"),
    ("ru", "Не было ощущения, что врач меня слушает.", "communication"),
    ("uk", "Не схоже, що терапевтка мене слухала.", "communication"),
    ("uk", "Не було відчуття, що лікар мене слухає.", "communication"),
    ("pl", "Nie wyglądało na to, żeby internista mnie słuchał.", "communication"),
    ("pl", "Nie wydawało się, żeby lekarka mnie słuchała.", "communication"),
    ("zh", "那个大夫压根没在听我讲话。", "communication"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), DENIED_THROUGH_APPEARANCE)
def test_a_deed_denied_through_an_appearance_blames(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found


def test_a_plain_appearance_still_praises() -> None:
    assert ("communication", "positive") in read("The GP seemed to be listening carefully.", "en")


# (text, the aspect a surname would otherwise name): a capitalised surname after a title
TITLED_SURNAMES = [
    ("Dr Price was wonderful with my daughter.", "price"),
    ("Dr. Price explained the results very patiently.", "price"),
    ("Nurse Hall was so gentle with the injection.", "facilities"),
    ("Mrs Bill at the surgery was lovely.", "price"),
]


@pytest.mark.parametrize(("text", "aspect"), TITLED_SURNAMES)
def test_a_titled_surname_names_no_aspect(text: str, aspect: str) -> None:
    found = read(text, "en")
    assert not {(a, p) for a, p in found if a == aspect}
    assert found  # the person is still read


def test_the_aspect_word_beside_a_titled_surname_is_still_read() -> None:
    found = read("Dr Price was lovely but the price of the scan was far too high.", "en")
    assert ("doctor", "positive") in found
    assert ("price", "negative") in found
    assert ("price", "positive") not in found


def test_a_lower_case_word_after_a_title_word_is_no_surname() -> None:
    found = read("Lovely nurse. Care was excellent, but the price was steep.", "en")
    assert ("price", "negative") in found


# (language, text, the aspect blamed after the praise): the improvement wished for is a
# complaint to come, never an outcome praised
IMPROVEMENT_WISHED = [
    (
        "en",
        "The dentist was brilliant. A few things I would like to see improved: the parking "
        "and the waiting room.",
        "access",
    ),
    (
        "en",
        "Nurses were kind and quick. The phone system could be improved though.",
        "reception",
    ),
    ("zh", "护士态度很好。预约挂号还有待改进。", "scheduling"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), IMPROVEMENT_WISHED)
def test_the_improvement_wished_for_is_no_praise(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert ("outcome", "positive") not in found
    assert (aspect, "negative") in found
    assert verdict(text, lang) == "mixed"


def test_an_improvement_had_still_praises_the_outcome() -> None:
    assert ("outcome", "positive") in read("My knee has improved a lot since the injection.", "en")


# (language, text): a wait denied longer than a short time praises it
WAIT_DENIED_LONGER = [
    ("ru", "За полгода ни разу не ждала приёма дольше десяти минут."),
    ("ru", "В регистратуру дольше пяти минут в очереди никогда не стояли."),
    ("uk", "Ніколи не чекали довше десяти хвилин у черзі."),
    ("pl", "Ani razu nie czekałem dłużej niż dziesięć minut."),
    ("en", "I have never waited longer than ten minutes here."),
]


@pytest.mark.parametrize(("lang", "text"), WAIT_DENIED_LONGER)
def test_a_wait_denied_longer_than_a_short_time_praises(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("waiting", "positive") in found
    assert ("waiting", "negative") not in found


# (language, text): a wait said plainly longer than a long time blames it
WAIT_LONGER = [
    ("ru", "В коридоре ждали дольше сорока минут."),
    ("uk", "Під кабінетом чекали більше сорока хвилин."),
    ("pl", "Na korytarzu czekaliśmy dłużej niż 40 minut."),
]


@pytest.mark.parametrize(("lang", "text"), WAIT_LONGER)
def test_a_wait_longer_than_a_long_time_blames(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("waiting", "negative") in found
    assert ("waiting", "positive") not in found
