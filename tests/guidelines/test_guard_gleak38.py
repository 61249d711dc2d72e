"""Session 38 (gleak38, issue 16): two mechanisms that let a leak through. A denial covers its
own statement, not one after its comma whose subject is a member of staff, a relative or a
third person ("We never share records, our doctor will call you about your scan"), and the
denial's own words are no finding then; a feeling in the future ("the team will be thrilled")
is no passive statement for anyone, so the outcome it is glad about stays someone's. The same
words without the reviewer's care pass the editor's check."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings

# (language, review, reply, the rule the editor must show)
BLOCK = [
    # a denial, then after a comma a member of staff who tells the reviewer's care
    (
        "en",
        "Great.",
        "We never share records, our doctor will call you about your scan.",
        "confirms_patient",
    ),
    (
        "ru",
        "Отлично.",
        "Мы никогда не разглашаем данные пациентов, наш врач позвонит вам насчёт снимка.",
        "health_detail",
    ),
    (
        "uk",
        "Чудово.",
        "Ми ніколи не розголошуємо дані пацієнтів, наш лікар зателефонує вам щодо знімка.",
        "health_detail",
    ),
    (
        "pl",
        "Super.",
        "Nigdy nie udostępniamy dokumentacji, nasz lekarz zadzwoni do Pana w sprawie wyników.",
        "health_detail",
    ),
    ("zh", "很好", "我们从不泄露患者信息，我们的医生会就您的检查结果给您打电话。", "health_detail"),
    # ... or a third person whose recovery it tells
    (
        "en",
        "Great.",
        "We don't share anyone's details, she is healing well after the surgery.",
        "health_detail",
    ),
    # the practice's feeling in the future about a relative's outcome
    (
        "en",
        "Lovely team!",
        "Thanks for the kind words, and the home physio team will be thrilled his hip "
        "replacement has healed.",
        "health_detail",
    ),
    (
        "en",
        "Lovely team!",
        "Thank you! Dr Patel will be delighted her stitches have healed.",
        "health_detail",
    ),
]

# (language, review, reply): good replies the practice may publish
PASS = [
    # the denial and a member of staff after it who tells no one's care
    ("en", "Great.", "We never share records, our doctor is happy to talk to anyone by phone."),
    (
        "ru",
        "Отлично.",
        "Мы никогда не разглашаем данные пациентов, наш врач всегда рад ответить на вопросы "
        "по телефону.",
    ),
    (
        "uk",
        "Чудово.",
        "Ми ніколи не розголошуємо дані пацієнтів, наш лікар завжди радий відповісти на "
        "запитання телефоном.",
    ),
    (
        "pl",
        "Super.",
        "Nigdy nie udostępniamy dokumentacji, nasz lekarz chętnie odpowie na pytania "
        "telefonicznie.",
    ),
    ("zh", "很好", "我们从不泄露患者信息，我们的医生很乐意通过电话解答问题。"),
    # what anyone's first appointment holds is no denial: its comma cuts nothing
    (
        "en",
        "What happens at a first physio appointment?",
        "At your first appointment, the physiotherapist will ask about your symptoms, check "
        "how you move and agree a plan with you.",
    ),
    # the feeling in the future about the review itself
    (
        "en",
        "Lovely team!",
        "Thanks for the kind words, and the whole team will be thrilled to read them.",
    ),
    (
        "en",
        "Lovely team!",
        "Thank you! Dr Patel will be delighted to hear the new booking system works for you.",
    ),
]


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad rule"))
def test_care_told_after_a_denial_or_a_feeling_is_blocked_in_the_editor(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(PASS, "language review good"))
def test_the_same_words_without_anyones_care_pass_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize(
    ("language", "reply", "denied", "told"),
    [
        (
            "en",
            "We never share records, our doctor will call you about your scan.",
            "records",
            "your scan",
        ),
        (
            "pl",
            "Nigdy nie udostępniamy dokumentacji, nasz lekarz zadzwoni do Pana w sprawie wyników.",
            "dokumentacji",
            "wyników",
        ),
        ("zh", "我们从不泄露患者信息，我们的医生会就您的检查结果给您打电话。", "患者", "检查结果"),
    ],
)
def test_the_editor_underlines_what_is_told_not_the_denial_before_it(
    language: str, reply: str, denied: str, told: str
) -> None:
    """The user sees the finding on the care told after the comma, and none on the words the
    denial refuses to share (the "new information" finding marks the whole sentence)."""
    review = Review(
        source_id=1,
        external_id="denial",
        created_at=utc_now(),
        author="",
        text="ok",
        analysis=Analysis(language=language),
    )
    found = guard_reply(reply, review, Settings())
    assert any(told in f.text for f in found)
    assert not any(denied in f.text for f in found if f.rule != "new_information")
