"""The clause reading (guidelines/clause_reading.py): whom a clause is about, read from pronouns,
verb endings and polite forms, with their look-alikes ("you can always call us", "Pani doktor
Nowak", "если вы когда-нибудь ..."), and what it asserts of them (word stems)."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.clause_reading import CARE, NEWS, read_clauses, reading
from clinicrep.guidelines.engine import lowered


def _whole(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def _about_reviewer(text: str, language: str, reviewer: str = "") -> bool:
    data = reading(language)
    assert data is not None
    return bool(data.person_spans(text, lowered(text) or text, 0, len(text), reviewer))


def _what(text: str, language: str, review: str = "", reviewer: str = "") -> set[str]:
    low = lowered(text) or text
    found = read_clauses(
        text, low, language, _whole(text), [0], review_text=review, reviewer_name=reviewer
    )
    return {r.what for r in found}


@pytest.mark.parametrize(
    ("language", "text", "reviewer", "about"),
    [
        ("en", "Your file has been moved over from your old practice.", "", True),
        ("en", "You can always call us about anything.", "", False),
        ("en", "If you ever need an appointment at short notice, ring reception.", "", False),
        ("en", "Thank you for the kind words.", "", False),
        ("ru", "Вы ходите к нам так давно.", "", True),
        ("ru", "Приезжаете к нам так давно, что стали почти родным человеком.", "", True),
        ("ru", "Если вам когда-нибудь понадобится срочный приём, звоните.", "", False),
        ("ru", "Вы всегда можете записаться онлайн.", "", False),
        ("ru", "Все формы есть в анкете на сайте.", "", False),  # "анкете": no verb of "вы"
        ("uk", "Ходите до нас так давно.", "", True),  # -ите: the present tense of "ви"
        ("uk", "Зателефонуйте нам будь-коли.", "", False),  # an imperative
        ("uk", "Якщо Вам колись знадобиться прийом, телефонуйте.", "", False),
        ("pl", "Pani doktor Nowak przyjmuje we wtorki.", "Maria", False),
        ("pl", "Pani Anna przekazuje pozdrowienia.", "Maria", False),
        ("pl", "Pani Anna, która się Panią zajmowała, bardzo się ucieszyła.", "Maria", True),
        ("pl", "Zawsze miło znów Panią gościć.", "Maria", True),
        ("pl", "Dziękujemy Pani za opinię.", "Maria", False),
        ("pl", "Jeśli kiedyś Pani będzie potrzebować wizyty, prosimy dzwonić.", "Maria", False),
        ("pl", "Najlepsza opieka w mieście.", "", False),  # "mieście" is no verb of "wy"
        # an offer to anyone, in either order; not "maybe you were ..." (a past tense)
        ("pl", "Może Pani umówić wizytę online lub telefonicznie.", "Maria", False),
        ("pl", "Pani może umówić wizytę online lub telefonicznie.", "Maria", False),
        ("pl", "Może Pani była u nas w zeszłym roku.", "Maria", True),
        ("zh", "您的资料已经转过来了。", "", True),
        ("zh", "如果您需要临时看诊，可以打电话。", "", False),
        ("zh", "谢谢您的好评。", "", False),
    ],
)
def test_whom_a_clause_is_about(language, text, reviewer, about):
    assert _about_reviewer(text, language, reviewer) is about


@pytest.mark.parametrize(
    ("language", "text", "review", "what"),
    [
        # a care relationship told of them, in no medical word
        ("en", "We look forward to continuing to look after you and your mum.", "", {CARE}),
        ("en", "Your file has been moved over.", "", {CARE}),
        ("en", "Please send a message through the portal and we'll answer you.", "", set()),
        ("en", "Our team treats everyone in the order they arrive.", "", set()),
        ("ru", "Вы ходите к нам так давно, что стали почти родным.", "", {CARE}),
        ("ru", "Ваши документы уже переданы к нам из прежней клиники.", "", {CARE}),
        ("ru", "Врачи принимают пациентов как обычно.", "", set()),
        ("pl", "Przychodzi Pan do nas od tak dawna.", "", {CARE}),
        ("pl", "Pani doktor Nowak przyjmuje w każdy wtorek wizyty kontrolne.", "", set()),
        # a visit is theirs only right after "Pani"/"Pana": not the topic of a call to them
        ("pl", "Pani wizyty u nas odbywały się co miesiąc.", "", {CARE}),
        ("pl", "Rozmowa w sprawie wizyty była dla Pani nieprzyjemna.", "", set()),
        ("pl", "Może Pani umówić wizytę online.", "", set()),
        ("zh", "期待未来继续照顾您和您的母亲。", "", {CARE}),
        ("zh", "我们为能照顾全城的家庭而自豪。", "", set()),
        # news: what the review did not say, said of them; not when the review says it
        ("en", "The last two slots under your name were cancelled on the day.", "", {NEWS}),
        ("en", "We're sorry the slots you booked were cancelled.", "They cancelled twice!", set()),
        ("ru", "Вы пришли на двадцать минут позже назначенного.", "", {NEWS}),
        ("uk", "Ви пішли на пів дорозі, а телефон був вимкнений.", "", {NEWS}),
        ("pl", "Na zarezerwowany termin Pan nie przyszedł.", "", {NEWS}),
        ("zh", "您比约定时间晚到了二十分钟。", "", {NEWS}),
        ("zh", "很抱歉您晚到了。", "我晚到了五分钟就被取消了", set()),
    ],
)
def test_what_a_clause_asserts_of_the_reviewer(language, text, review, what):
    assert _what(text, language, review) == what


@pytest.mark.parametrize("shift", range(34, 50, 2))
def test_a_long_paste_is_read_in_windows_without_losing_a_clause_on_their_seams(shift):
    """The stems are searched in windows of a few thousand characters (a pasted megabyte
    holds no single long regex call); a care word lying across a seam is still found once."""
    filler = "Our waiting room is bright. " * 400
    sentence = ". We look forward to continuing to look after you."
    assert sentence.index("look after you") == 35
    at = 2 * 8192 - len(filler) - shift  # the seam falls ``shift`` characters into it
    text = filler + "x" * at + sentence
    low = lowered(text) or text
    clauses = [(0, len(filler) + at + 1), (len(filler) + at + 1, len(text))]
    found = read_clauses(text, low, "en", clauses, [0, 1])
    assert [(r.start, r.what) for r in found] == [(clauses[1][0], CARE)]
