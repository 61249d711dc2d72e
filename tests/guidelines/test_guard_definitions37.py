"""Session 36 (gdef36): a definition or judgement of a kind that says it holds for everyone
("кариес — самое распространённое заболевание в мире", "próchnica to najczęstsza choroba na
świecie", "龋齿是世界上最常见的疾病") names no one's health: its health word is the kind's even
where the review never named it. The same definition tied to the reviewer (a "your" in its
sentence, their care in the sentence before) or with no scope of everyone ("Лапароскопическая
холецистэктомия — операция несложная" after a review of the atmosphere) stays a finding.

Session 37 (ghealth37) narrows it: a vocative or a greeting by name in the definition's sentence
("Олеся, холецистэктомия — самая распространённая операция в мире, ..."), a sentence of the
reply about their care anywhere before it, or more said of the condition after it in its
sentence ("..., восстановление обычно быстрое") keeps the finding."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

GOOD = [
    (
        "ru",
        "Жаль, что на осмотр долго ждать.",
        "Павел",
        "Спасибо, Павел. Кариес — самое распространённое заболевание в мире, поэтому мы "
        "стараемся, чтобы каждый мог прийти на осмотр раз в полгода, и добавили приём по субботам.",
    ),
    (
        "uk",
        "Шкода, що на огляд довго чекати.",
        "Павло",
        "Дякуємо, Павле. Карієс — найпоширеніша хвороба у світі, тому ми намагаємося, щоб "
        "кожен міг прийти на огляд раз на пів року, і додали прийом у суботу.",
    ),
    (
        "pl",
        "Długo się czeka na wizytę.",
        "Paweł",
        "Dziękujemy, Panie Pawle. Próchnica to najczęstsza choroba na świecie, dlatego "
        "staramy się, żeby każdy mógł przyjść na przegląd co pół roku.",
    ),
    (
        "en",
        "Long wait for an appointment.",
        "Sam",
        "Thanks, Sam. Tooth decay is the most common disease in the world, so we keep "
        "Saturday slots for check-ups.",
    ),
    (
        "zh",
        "排队太久了。",
        "王先生",
        "王先生您好！龋齿是世界上最常见的疾病，所以我们周六也开放检查预约。",
    ),
]

BAD = [
    # session 37 (ghealth37): the leak gdef36 let through, a named reviewer told of her operation
    (
        "ru",
        "Уютная клиника.",
        "Олеся",
        "Олеся, холецистэктомия — самая распространённая операция в мире, восстановление "
        "обычно быстрое.",
    ),
    # ... and the same greeted in a sentence of its own: the sentence goes on to her recovery
    (
        "ru",
        "Уютная клиника.",
        "Олеся",
        "Здравствуйте, Олеся! Холецистэктомия — самая распространённая операция в мире, "
        "восстановление обычно быстрое.",
    ),
    # ... and a definition said to the reviewer by name (a vocative in its sentence)
    (
        "ru",
        "Жаль, что на осмотр долго ждать.",
        "Павел",
        "Павел, кариес — самое распространённое заболевание в мире, поэтому мы стараемся, "
        "чтобы каждый мог прийти на осмотр раз в полгода.",
    ),
    (
        "uk",
        "Затишна клініка.",
        "Олеся",
        "Олесю, холецистектомія — найпоширеніша операція у світі, відновлення зазвичай швидке.",
    ),
    (
        "uk",
        "Затишна клініка.",
        "Олеся",
        "Олесю, дякуємо. Вашу операцію провели вчасно. А загалом холецистектомія — "
        "найпоширеніша операція у світі, тому ми оперуємо щодня.",
    ),
    (
        "ru",
        "Уютная клиника.",
        "Олеся",
        "Здравствуйте, Олеся! Мы рады, что вам понравилась атмосфера. Лапароскопическая "
        "холецистэктомия — операция несложная, и восстановление обычно быстрое.",
    ),
    (
        "ru",
        "Уютная клиника.",
        "Олеся",
        "Олеся, лапароскопическая холецистэктомия — самая распространённая операция в мире, "
        "и ваша прошла без осложнений.",
    ),
    (
        "uk",
        "Затишна клініка.",
        "Олеся",
        "Олесю, ваша операція пройшла добре. Холецистектомія — найпоширеніша операція у "
        "світі, відновлення зазвичай швидке.",
    ),
    (
        "pl",
        "Przytulna przychodnia.",
        "Olga",
        "Pani Olgo, Pani zabieg przebiegł bez problemów. Cholecystektomia to najczęstsza "
        "operacja na świecie.",
    ),
    (
        "en",
        "Lovely clinic.",
        "Olga",
        "Thanks, Olga. Your gallbladder removal went well. A cholecystectomy is the most "
        "common operation in the world.",
    ),
    (
        "zh",
        "诊所很温馨。",
        "李女士",
        "李女士您好，您的胆囊切除手术很顺利。胆囊切除是世界上最常见的手术。",
    ),
]


@pytest.mark.parametrize("probe", probes(GOOD, "language review reviewer good"))
def test_a_kind_defined_for_everyone_is_no_finding(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(("lang", "review", "name", "reply"), BAD)
def test_a_definition_tied_to_the_reviewer_stays_a_finding(
    lang: str, review: str, name: str, reply: str
) -> None:
    assert rules_broken(reply, lang, review, name) & {"health_detail", "confirms_patient"}
