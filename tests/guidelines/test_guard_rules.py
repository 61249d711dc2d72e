"""The second-generation guard, rule by rule and language by language, with cases of our own.

Each rule has a reply that must be blocked and, beside it, a reply with the same dangerous
word said harmlessly (about the practice, about people in general, or a privacy statement):
the guard reads whom a clause is about, not just which words it holds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from clinicrep.guidelines.confidentiality import (
    RULES,
    FindingCode,
    find_confidentiality_problems,
    finding_reason,
    law_citation,
    rewrite_span,
    rule_label,
)
from clinicrep.guidelines.engine import (
    PhraseSet,
    PhraseTable,
    WordFamilies,
    first_characters,
    prefixes,
    split_clauses,
)
from clinicrep.guidelines.languages import morphology
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.guidelines.rulepack import REWRITE_RULES, language_pack
from clinicrep.i18n import install_translators
from clinicrep.i18n_build import project_root, release
from clinicrep.settings import PRACTICE_COUNTRIES


def rules_found(reply: str, language: str, review: str = "", reviewer: str = "") -> set[str]:
    findings = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in findings}


# (language, rule, a reply that breaks it, the same words said harmlessly)
CASES = [
    # confirms_patient
    (
        "en",
        "confirms_patient",
        "Helen, it was a real pleasure treating you!",
        "We are always glad to welcome new patients.",
    ),
    (
        "ru",
        "confirms_patient",
        "Ждём вас снова на следующий приём!",
        "Мы принимаем новых пациентов каждый день.",
    ),
    (
        "uk",
        "confirms_patient",
        "Дякуємо, що завітали до нас! Чекаємо вас знову.",
        "Ми приймаємо нових пацієнтів щодня.",
    ),
    (
        "pl",
        "confirms_patient",
        "Dziękujemy za wizytę i zapraszamy ponownie!",
        "Przyjmujemy nowych pacjentów każdego dnia.",
    ),
    ("zh", "confirms_patient", "感谢您的光临，期待您下次复诊！", "我们每天都欢迎新患者。"),
    # health_detail
    (
        "en",
        "health_detail",
        "We're so glad your root canal went smoothly.",
        "We have a modern X-ray room and offer root canal treatment.",
    ),
    (
        "ru",
        "health_detail",
        "Рады, что пломба больше не беспокоит.",
        "В нашей клинике есть рентген-кабинет, мы ставим пломбы.",
    ),
    (
        "uk",
        "health_detail",
        "Раді, що пломба більше не турбує.",
        "У нашій клініці є рентген-кабінет, ми ставимо пломби.",
    ),
    (
        "pl",
        "health_detail",
        "Cieszymy się, że plomba już nie boli.",
        "Oferujemy leczenie kanałowe i wykonujemy zdjęcia RTG na miejscu.",
    ),
    ("zh", "health_detail", "很高兴您的根管治疗很顺利。", "本院提供根管治疗和种植牙服务。"),
    # date
    (
        "en",
        "date",
        "Sorry about the wait last Tuesday afternoon.",
        "We are open Monday to Saturday from 8 am.",
    ),
    (
        "ru",
        "date",
        "Нам жаль, что 12 марта вам пришлось ждать.",
        "Мы работаем с понедельника по субботу.",
    ),
    (
        "uk",
        "date",
        "Нам шкода, що 12 березня вам довелося чекати.",
        "Ми працюємо з понеділка по суботу.",
    ),
    (
        "pl",
        "date",
        "Przykro nam, że 12 marca musiała Pani czekać.",
        "Przyjmujemy od poniedziałku do soboty.",
    ),
    ("zh", "date", "很抱歉3月12日让您久等了。", "我们周一至周六营业。"),
    # billing
    (
        "en",
        "billing",
        "We have refunded the $80 you were charged.",
        "We accept most insurance plans; prices are on our website.",
    ),
    (
        "ru",
        "billing",
        "Вы заплатили 5 000 рублей по прайсу.",
        "Мы принимаем полисы ДМС, цены указаны на сайте.",
    ),
    (
        "uk",
        "billing",
        "Ви заплатили 800 грн згідно з прайсом.",
        "Ми пропонуємо консультації, ціни вказані на сайті.",
    ),
    (
        "pl",
        "billing",
        "Zapłaciła Pani 200 zł zgodnie z cennikiem.",
        "Oferujemy wizyty prywatne, cennik jest na naszej stronie.",
    ),
    ("zh", "billing", "您支付的300元已经全部退还。", "我们接受医保，收费标准在官网公示。"),
    # full_name
    (
        "en",
        "full_name",
        "Dr. Lee has spoken to Margaret Henderson about it.",
        "Dr. Lee and the whole team thank you.",
    ),
    ("ru", "full_name", "Иван Петров, спасибо за отзыв.", "Анна Сергеевна, спасибо за отзыв."),
    ("uk", "full_name", "Олена Коваленко, дякуємо за відгук.", "Дякуємо за відгук, пані Олено."),
    (
        "pl",
        "full_name",
        "Pani Anna Nowak, dziękujemy za opinię.",
        "Pani Anno, dziękujemy za opinię.",
    ),
    # the practice's own doctor by surname and title is no one's private name
    ("zh", "full_name", "王小明先生，感谢您的评价。", "王医生，感谢您的评价。"),
    # reward
    (
        "en",
        "reward",
        "Leave us a review and get a free whitening session!",
        "We never offer rewards for reviews.",
    ),
    (
        "ru",
        "reward",
        "За отзыв дарим скидку 10% на следующий визит.",
        "Мы не предлагаем скидок за отзывы.",
    ),
    (
        "uk",
        "reward",
        "За відгук даруємо знижку 10% на наступний візит.",
        "Ми не пропонуємо знижок за відгуки.",
    ),
    (
        "pl",
        "reward",
        "Za opinię dajemy 10% rabatu na kolejną wizytę.",
        "Nie oferujemy rabatów za opinie.",
    ),
    ("zh", "reward", "写好评即送洗牙优惠券！", "我们不提供任何好评返现。"),
]


@pytest.mark.parametrize(
    ("language", "rule", "bad", "good"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_each_rule_blocks_its_reply_and_passes_the_same_words_said_harmlessly(
    language: str, rule: str, bad: str, good: str
) -> None:
    assert rule in rules_found(bad, language), bad
    assert rules_found(good, language) == set(), good


def test_a_preposition_before_a_chinese_name_is_not_read_as_its_surname() -> None:
    findings = find_confidentiality_problems("请代我们向李建国先生问好。", language="zh")
    assert [f.text for f in findings if f.rule == "full_name"] == ["李建国"]


@pytest.mark.parametrize(
    ("reviewer", "reply", "named"),
    [
        ("小雨", "黄女士上次提的问题我们已经解决了。", True),  # surname and title name her
        ("小雨", "欢迎李先生下次再来。", True),
        ("王先生", "王先生，感谢您的评价。", False),  # the reviewer's own public name
    ],
)
def test_a_chinese_surname_with_a_civil_title_names_someone_unless_it_is_the_public_name(
    reviewer: str, reply: str, named: bool
) -> None:
    assert ("full_name" in rules_found(reply, "zh", reviewer=reviewer)) is named


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        ("en", "Long wait, nice staff.", "We're glad your blood pressure is under control now."),
        ("ru", "Долго ждал.", "Рады, что ваше давление теперь в норме."),
        ("pl", "Długo czekałam.", "Cieszymy się, że Pani ciśnienie jest już w normie."),
        ("zh", "排队太久了。", "很高兴您的血压已经恢复正常。"),
    ],
)
def test_a_health_fact_the_review_never_mentioned_is_new_information(
    language: str, review: str, reply: str
) -> None:
    assert "new_information" in rules_found(reply, language, review=review)


def test_repeating_the_reviews_own_health_detail_is_an_echo_not_new_information() -> None:
    review = "The extraction of my wisdom tooth was painless."
    reply = "We're glad your extraction was painless."
    # where the regulator forbids repeating what the patient posted (US: HHS OCR), the echo is
    # still a finding of its own, and never new information
    findings = find_confidentiality_problems(reply, review_text=review, language="en", country="US")
    codes = {f.code for f in findings}
    assert FindingCode.ECHOED_HEALTH_DETAIL in codes
    assert FindingCode.NEW_INFORMATION not in codes
    # elsewhere a reply that only repeats the review adds nothing (session 26, echoes by
    # meaning): no finding
    assert find_confidentiality_problems(reply, review_text=review, language="en") == []


def test_a_personal_circumstance_the_practice_knows_is_new_information() -> None:
    reply = "We were sorry to hear you've lost your job; we can spread the payments."
    assert "new_information" in rules_found(reply, "en", review="Friendly staff.")


def test_a_reviewers_surname_is_found_in_any_form() -> None:
    assert "full_name" in rules_found("Передайте привет Петровой!", "ru", reviewer="Анна Петрова")


def test_three_part_russian_names_are_full_names_but_name_and_patronymic_are_polite() -> None:
    assert "full_name" in rules_found("Уважаемый Пётр Алексеевич Кузнецов, спасибо!", "ru")
    assert rules_found("Уважаемая Елене Николаевне передадим привет.", "ru") == set()


def test_word_families_find_every_form_of_a_dictionary_word() -> None:
    families = WordFamilies(morphology("ru"), {"health": ["пломба", "удаление зуба"]})
    text = "Пломбой, пломбами и пломбу; после удаления зуба."
    found = [text[h.start : h.end] for h in families.find(text)]
    assert found == ["Пломбой", "пломбами", "пломбу", "удаления зуба"]
    polish = WordFamilies(morphology("pl"), {"health": ["recepta"]})
    assert [h.kind for h in polish.find("Recepty są gotowe, recepcja czynna.")] == ["health"]


def test_english_words_with_a_medical_ending_are_health_words() -> None:
    assert "health_detail" in rules_found("Glad the tonsillitis has cleared.", "en")


def test_chinese_terms_are_found_without_spaces() -> None:
    families = WordFamilies(morphology("zh"), {"health": ["根管", "拔牙"]})
    text = "您的根管治疗和拔牙都很顺利"
    assert [text[h.start : h.end] for h in families.find(text)] == ["根管", "拔牙"]


def test_a_reply_is_cut_into_clauses_at_sentence_ends_and_at_but() -> None:
    breaks = PhraseSet([r"[,;]\s+(?=but\b)"], anchored=False)
    text = "Dr. Smith says hello. We offer implants, but your crown is fine!"
    clauses = [text[s:e] for s, e in split_clauses(text, breaks, frozenset({"dr"}))]
    assert clauses == ["Dr. Smith says hello.", "We offer implants", "but your crown is fine!"]


def test_a_privacy_statement_in_one_clause_does_not_excuse_a_leak_in_the_next() -> None:
    reply = "We never discuss treatment online, but your X-ray was clear."
    assert "health_detail" in rules_found(reply, "en")


def test_a_reply_in_russian_to_a_review_detected_as_english_is_read_as_russian() -> None:
    assert "confirms_patient" in rules_found("Ждём вас снова на следующий приём!", "en")


def test_every_language_offers_a_safe_rewrite_for_every_rule() -> None:
    for language in LANGUAGES:
        rewrites = language_pack(language).rewrites
        assert set(rewrites) == set(REWRITE_RULES), language
        for rule, text in rewrites.items():
            assert rules_found(text, language) == set(), (language, rule, text)


def test_the_offered_rewrite_replaces_the_sentence_that_holds_the_finding() -> None:
    reply = "Thank you! We're glad your crown fits well now. Please call us."
    finding = next(
        f for f in find_confidentiality_problems(reply, language="en") if f.rule == "health_detail"
    )
    start, end, rewrite = rewrite_span(reply, finding) or (0, 0, "")
    fixed = reply[:start] + rewrite + reply[end:]
    assert fixed.startswith("Thank you! We'd like to hear more")
    assert fixed.endswith(" Please call us.")
    assert find_confidentiality_problems(fixed, language="en") == []


def _take_rewrite(reply: str, rule: str, language: str) -> str:
    finding = next(
        f for f in find_confidentiality_problems(reply, language=language) if f.rule == rule
    )
    start, end, rewrite = rewrite_span(reply, finding) or (0, 0, "")
    return reply[:start] + rewrite + reply[end:]


def test_the_rewrite_of_a_date_keeps_the_apology_it_was_said_with() -> None:
    # the whole sentence went: the apology went with the date
    cases = [
        (
            "We apologise for the long wait on 3 March. Please call us.",
            "en",
            "We apologise for the long wait. Please call us.",
        ),
        (
            "Przepraszamy za długie czekanie w dniu 3 marca.",
            "pl",
            "Przepraszamy za długie czekanie.",
        ),
        ("Вибачте за довге очікування 3 березня.", "uk", "Вибачте за довге очікування."),
        (
            "Простите за долгое ожидание 3 марта, мы исправимся.",
            "ru",
            "Простите за долгое ожидание, мы исправимся.",
        ),
    ]
    for reply, language, fixed in cases:
        assert _take_rewrite(reply, "date", language) == fixed
        assert find_confidentiality_problems(fixed, language=language) == []


def test_a_finding_in_one_clause_takes_that_clause_out_and_the_rewrite_follows() -> None:
    reply = "We are sorry for the long wait, and we are glad your crown fits well now."
    fixed = _take_rewrite(reply, "health_detail", "en")
    assert fixed.startswith("We are sorry for the long wait. We'd like to hear more")
    assert "crown" not in fixed
    assert find_confidentiality_problems(fixed, language="en") == []


def test_the_country_decides_which_law_a_finding_cites() -> None:
    reply = "Thank you for visiting us on March 3."
    laws = {
        country: {f.law for f in find_confidentiality_problems(reply, country=country)}
        for country in PRACTICE_COUNTRIES
    }
    assert laws["US"] == {"HIPAA Privacy Rule (45 CFR 164.502)"}
    assert any("323-FZ" in law for law in laws["RU"])
    assert any("art. 40" in law for law in laws["UA"])
    assert any("patient rights" in law for law in laws["PL"])
    assert any("Physicians Law" in law for law in laws["CN"])
    assert len({frozenset(v) for v in laws.values()}) == len(PRACTICE_COUNTRIES)


def test_a_country_pack_adds_its_own_words() -> None:
    reply = "Your Medicare covered it."
    us = find_confidentiality_problems(reply, language="en", country="US")
    assert any(f.text == "Medicare" and f.rule == "billing" for f in us)


def test_a_megabyte_paste_is_checked_to_its_end() -> None:
    filler = "Thank you for your kind words, we shared them with the team. " * 17_000
    reply = filler + "Your biopsy was clear."
    findings = find_confidentiality_problems(reply, language="en")
    assert len(reply) > 1_000_000
    assert any("biopsy" in f.text and f.rule == "health_detail" for f in findings)


@pytest.fixture(scope="module")
def compiled_translations():
    release(project_root())
    yield
    install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("ui_language", ["ru", "uk", "pl", "zh_CN"])
def test_every_finding_says_why_in_the_users_language(compiled_translations, ui_language):
    install_translators(QApplication.instance(), ui_language)
    try:
        english = {}
        install_translators(QApplication.instance(), "en")
        for code in FindingCode:
            english[code] = finding_reason(code)
        english_labels = {rule: rule_label(rule) for rule in RULES}
        english_laws = {c: law_citation(c, "health_detail") for c in PRACTICE_COUNTRIES}
        install_translators(QApplication.instance(), ui_language)
        for code in FindingCode:
            assert finding_reason(code) != english[code], (ui_language, code)
        for rule in RULES:
            assert rule_label(rule) != english_labels[rule], (ui_language, rule)
        for country in PRACTICE_COUNTRIES:
            assert law_citation(country, "health_detail") != english_laws[country]
            assert law_citation(country, "reward")
    finally:
        install_translators(QApplication.instance(), "en")
    assert QCoreApplication.translate("Confidentiality", "Full name") == "Full name"


def test_every_english_reply_of_our_own_sets_is_judged_as_labelled() -> None:
    """Seven sets written while tuning English, each first measured before it was tuned on
    (73-90 % blocked, 0-35 % flagged): kept as a regression set."""
    path = Path(__file__).parent / "data" / "own_en.jsonl"
    wrong = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        blocked = bool(
            find_confidentiality_problems(item["reply"], review_text=item["review"], language="en")
        )
        if blocked != (item["label"] == "block"):
            wrong.append((item["id"], item["reply"]))
    assert len(path.read_text(encoding="utf-8").splitlines()) >= 200
    assert wrong == []


def test_the_phrase_table_tries_at_each_word_only_the_phrases_that_can_start_there() -> None:
    assert prefixes(r"your\b") == {"yo"}
    assert prefixes(r"(?:when|while)\s+you") == {"wh"}
    assert prefixes(r"x-?rays?") == {"x-", "xr"}
    assert prefixes(r"\w+ed") is None  # could start with anything
    assert first_characters(r"\d+\s*%") == frozenset("0123456789")
    table = PhraseTable(
        {
            "confirms_patient": [r"your\s+(?:next|last)\s+visit"],
            "reward": [r"\d+\s*%\s*off", r"(?:free|complimentary)\s+\w+"],
            "dates": [r"(?:\w+\s+)?days?\s+ago"],  # no known first letters: scanned in full
        },
        anchored=True,
    )
    text = "Two days ago? Enjoy 10% OFF and a Free polish at Your next visit."
    found = [(kind, text[m.start() : m.end()]) for kind, m in table.finditer(text, text.lower())]
    assert sorted(found) == sorted(
        [
            ("dates", "Two days ago"),
            ("reward", "10% OFF"),
            ("reward", "Free polish"),
            ("confirms_patient", "Your next visit"),
        ]
    )
