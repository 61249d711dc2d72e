"""The confidentiality guard on replies in all five languages.

The blocked replies are modelled on replies that regulators fined practices for: naming the
treatment and the insurance, "we reviewed your chart", "after your colonoscopy", a visit date.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import (
    FindingCode,
    find_confidentiality_problems,
    guard_reply,
)
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings

GOOD_REPLIES = [
    (
        "en",
        "Thank you for your kind words! We have shared them with the whole team. We are always "
        "glad to help. Kind regards, the practice team",
    ),
    (
        "en",
        "We are sorry to read this. We cannot discuss any details in public, because we protect "
        "everyone's privacy. Please call us at +1 555 0100 so that we can look into it.",
    ),
    (
        "ru",
        "Большое спасибо за тёплые слова! Мы передали их всей нашей команде. Мы всегда рады "
        "помочь вам и вашим близким.",
    ),
    (
        "ru",
        "Нам очень жаль, что у вас остались такие впечатления. Мы не можем обсуждать подробности "
        "публично, но хотим разобраться лично. Пожалуйста, позвоните нам.",
    ),
    (
        "uk",
        "Щиро дякуємо за теплі слова! Ми передали їх усій команді. Завжди раді допомогти вам.",
    ),
    (
        "uk",
        "Нам дуже прикро це читати. Ми не можемо обговорювати подробиці публічно, але хочемо "
        "розібратися особисто. Будь ласка, зателефонуйте нам.",
    ),
    (
        "pl",
        "Serdecznie dziękujemy za miłe słowa! Przekazaliśmy je całemu zespołowi. Zawsze służymy "
        "pomocą.",
    ),
    (
        "pl",
        "Bardzo nam przykro. Nie możemy omawiać szczegółów publicznie, ale chcemy wyjaśnić "
        "sprawę osobiście. Prosimy o kontakt telefoniczny.",
    ),
    ("zh", "非常感谢您的好评！我们已经转达给整个团队。我们随时欢迎您。"),
    ("zh", "很抱歉给您带来不好的感受。我们无法公开讨论细节，请致电与我们联系。"),
]


@pytest.mark.parametrize(("language", "reply"), GOOD_REPLIES)
def test_a_careful_reply_in_any_language_can_be_published(language: str, reply: str) -> None:
    assert find_confidentiality_problems(reply, review_text="", language=language) == []


# (language, reply, review text, the words that must be found, why)
BLOCKED_REPLIES = [
    (
        "en",
        "Thank you for visiting us! We're glad your root canal went well and that Delta Dental "
        "insurance covered it.",
        "The root canal was painless.",
        ["Thank you for visiting", "root canal", "insurance"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.ECHOED_HEALTH_DETAIL, FindingCode.INSURANCE],
    ),
    (
        "en",
        "We reviewed your chart and there is no record of the problem you describe.",
        "",
        ["We reviewed your chart"],
        [FindingCode.RECORDS],
    ),
    (
        "en",
        "As your records show, you missed two appointments before this one.",
        "",
        ["As your records show", "you missed two appointments"],
        [FindingCode.RECORDS, FindingCode.CONFIRMS_PATIENT],
    ),
    (
        "en",
        "We hope you are feeling better after your colonoscopy.",
        "Worst colonoscopy of my life.",
        ["colonoscopy"],
        [FindingCode.ECHOED_HEALTH_DETAIL],
    ),
    (
        "en",
        "We're sorry you waited at your visit on March 3.",
        "",
        ["your visit", "March 3"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.DATE],
    ),
    (
        "en",
        "Mrs. Anna Smith, the $450 you were charged was correct.",
        "",
        ["Mrs. Anna Smith", "$450", "you were charged"],
        [FindingCode.FULL_NAME, FindingCode.PRICE, FindingCode.PRICE],
    ),
    (
        "ru",
        "Нам жаль, что во время вашего лечения возникли трудности с вашим полисом ДМС.",
        "",
        ["вашего лечения", "полисом", "ДМС"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.INSURANCE, FindingCode.INSURANCE],
    ),
    (
        "ru",
        "Мы изучили вашу медицинскую карту: после удаления зуба 3 марта всё было в норме.",
        "Удаление зуба было ужасным",
        ["изучили вашу медицинскую карту", "удаления зуба", "3 марта"],
        [FindingCode.RECORDS, FindingCode.ECHOED_HEALTH_DETAIL, FindingCode.DATE],
    ),
    (
        "ru",
        "Иван Петров, спасибо, что посетили нас! Вы заплатили 5 000 рублей по прайсу.",
        "",
        ["Иван Петров", "спасибо, что посетили", "Вы заплатили", "5 000 рублей"],
        [
            FindingCode.FULL_NAME,
            FindingCode.CONFIRMS_PATIENT,
            FindingCode.PRICE,
            FindingCode.PRICE,
        ],
    ),
    (
        "uk",
        # round twelve: a closing "чекаємо вас знову." alone is a courtesy; for a check-up it is not
        "Сподіваємося, що вашому лікуванню ніщо не завадить, і чекаємо вас знову на огляд.",
        "",
        ["вашому лікуванню", "чекаємо вас знову"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.CONFIRMS_PATIENT],
    ),
    (
        "uk",
        "Ми переглянули вашу картку: МРТ від 12 березня показала, що ліки не потрібні.",
        "Мені зробили МРТ",
        ["переглянули вашу картку", "МРТ", "12 березня", "ліки"],
        [
            FindingCode.RECORDS,
            FindingCode.ECHOED_HEALTH_DETAIL,
            FindingCode.DATE,
            FindingCode.HEALTH_DETAIL,
        ],
    ),
    (
        "pl",
        "Przykro nam, że podczas Pana wizyty 3 marca musiał Pan czekać.",
        "",
        ["podczas Pana wizyty", "3 marca"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.DATE],
    ),
    (
        "pl",
        "Zgodnie z dokumentacją leczenie kanałowe Pani Nowak było refundowane przez NFZ.",
        "Leczenie kanałowe bolało",
        ["Zgodnie z dokumentacją", "leczenie kanałowe", "NFZ"],
        [FindingCode.RECORDS, FindingCode.ECHOED_HEALTH_DETAIL, FindingCode.INSURANCE],
    ),
    (
        "zh",
        "感谢您的光临！您的根管治疗很成功，医保已经报销。",
        "根管治疗很疼",
        ["感谢您的光临", "根管", "医保"],
        [FindingCode.CONFIRMS_PATIENT, FindingCode.ECHOED_HEALTH_DETAIL, FindingCode.INSURANCE],
    ),
    (
        "zh",
        "我们查阅了您的病历，3月3日王小明先生的诊断没有问题。",
        "",
        ["查阅了您的病历", "3月3日", "王小明", "诊断"],
        [
            FindingCode.RECORDS,
            FindingCode.DATE,
            FindingCode.FULL_NAME,
            FindingCode.HEALTH_DETAIL,
        ],
    ),
]


@pytest.mark.parametrize(
    ("language", "reply", "review_text", "words", "codes"),
    BLOCKED_REPLIES,
    ids=[f"{b[0]}-{i}" for i, b in enumerate(BLOCKED_REPLIES)],
)
def test_a_reply_that_reveals_a_patient_is_blocked_with_each_problem_underlined(
    language: str, reply: str, review_text: str, words: list[str], codes: list[FindingCode]
) -> None:
    findings = find_confidentiality_problems(reply, review_text=review_text, language=language)
    found = {(reply[f.start : f.end], f.code) for f in findings}
    for word, code in zip(words, codes, strict=True):
        assert (word, code) in found, f"{word!r} ({code}) not found in {sorted(found)}"
    for finding in findings:
        assert finding.text == reply[finding.start : finding.end]
        assert finding.reason  # a sentence the editor shows beside the underline


def test_russian_ukrainian_and_polish_forms_of_the_same_words_are_all_found() -> None:
    inflected = [
        ("ru", "вашего лечения"),
        ("ru", "вашему лечению"),
        ("ru", "вашем лечении"),
        ("ru", "вашей операции"),
        ("uk", "вашого лікування"),
        ("uk", "вашому лікуванню"),
        ("uk", "вашої процедури"),
        ("pl", "Pana wizyty"),
        ("pl", "Pani leczenia"),
        ("pl", "Państwa zabiegu"),
    ]
    for language, words in inflected:
        reply = f"Мы / We / My: {words}."
        findings = find_confidentiality_problems(reply, review_text="", language=language)
        assert any(f.code == FindingCode.CONFIRMS_PATIENT for f in findings), words


def test_a_health_word_the_reviewer_used_is_reported_as_repeated_from_the_review() -> None:
    reply = "Мы рады, что колоноскопия прошла спокойно."
    with_review = find_confidentiality_problems(
        reply, review_text="Делал колоноскопию, всё хорошо", language="ru"
    )
    without_review = find_confidentiality_problems(reply, review_text="", language="ru")
    assert [f.code for f in with_review] == [FindingCode.ECHOED_HEALTH_DETAIL]
    assert [f.code for f in without_review] == [FindingCode.HEALTH_DETAIL]
    assert "repeats" in with_review[0].reason


def test_the_same_reply_checked_against_another_review_is_judged_by_that_review() -> None:
    # the editor checks the reply again at each pause with the review unchanged, so the
    # review's facts are remembered: a check against another review must read that one
    reply = "Мы рады, что колоноскопия прошла спокойно."
    names_it = "Делал колоноскопию, всё хорошо"
    another = "Всё хорошо, спасибо врачу за внимание"
    codes = [
        [f.code for f in find_confidentiality_problems(reply, review_text=review, language="ru")]
        for review in (names_it, another, names_it, another)
    ]
    echoed, own = [FindingCode.ECHOED_HEALTH_DETAIL], [FindingCode.HEALTH_DETAIL]
    assert codes == [echoed, own, echoed, own]


def test_the_reviewers_surname_is_a_finding_but_their_first_name_is_not() -> None:
    reply = "Dear Maria, thank you. We hope Ms Gonzalez will let us know how we can help."
    findings = find_confidentiality_problems(
        reply, review_text="", language="en", reviewer_name="Maria Gonzalez"
    )
    assert [(f.text, f.code) for f in findings] == [("Gonzalez", FindingCode.FULL_NAME)]


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Dr. Anna Smith sees patients on Tuesdays."),
        ("pl", "Dr Anna Wiśniewska przyjmuje we wtorki."),
        ("ru", "Врач Анна Смирнова передаёт вам привет."),
        ("zh", "王小明医生向您问好。"),
    ],
)
def test_the_practices_own_doctor_may_be_named_in_full(language: str, reply: str) -> None:
    findings = find_confidentiality_problems(reply, review_text="", language=language)
    assert FindingCode.FULL_NAME not in {f.code for f in findings}


def test_a_first_name_with_patronymic_is_a_polite_address_not_a_full_name() -> None:
    reply = "Уважаемая Анна Сергеевна, спасибо за отзыв!"
    assert find_confidentiality_problems(reply, review_text="", language="ru") == []


def test_the_practice_name_and_signer_may_contain_words_the_guard_would_flag() -> None:
    review = Review(
        source_id=1,
        external_id="r1",
        created_at=utc_now(),
        author="Ann",
        text="Great",
        analysis=Analysis(language="en"),
    )
    settings = Settings(practice_name="Smile Implant Centre", signer="Dr. Anna Smith, owner")
    reply = "Thank you! Everyone at Smile Implant Centre is delighted. Dr. Anna Smith, owner"
    assert guard_reply(reply, review, settings) == []
    # The same words outside the practice's own name are still found.
    assert guard_reply("We hope your implants feel great.", review, settings)


def test_a_findings_key_survives_edits_elsewhere_in_the_reply() -> None:
    first = find_confidentiality_problems("Your visit was short.", review_text="", language="en")
    second = find_confidentiality_problems(
        "Hello! Sorry that your  Visit was short.", review_text="", language="en"
    )
    assert [f.key for f in first] == [f.key for f in second]
    assert first[0].start != second[0].start


@pytest.mark.parametrize(
    ("language", "harmless", "revealing"),
    [
        ("ru", "Мы передали ваши слова врачу.", "после вашего последнего визита"),
        ("uk", "Ми передали ваші слова лікарю.", "під час вашого останнього візиту"),
        ("pl", "Przekazaliśmy Pani słowa lekarzowi.", "od Pani ostatniej wizyty"),
    ],
)
def test_passing_praise_on_to_the_doctor_is_fine_but_your_last_visit_is_not(
    language: str, harmless: str, revealing: str
) -> None:
    assert find_confidentiality_problems(harmless, review_text="", language=language) == []
    findings = find_confidentiality_problems(revealing, review_text="", language=language)
    assert [f.code for f in findings] == [FindingCode.CONFIRMS_PATIENT]
