"""Session 45 (gvocab45, issue 16): health words a vocabulary probe (benchmarks/health_terms.py)
found the Ukrainian and Polish lists lacking, checked here in sentences written for this file,
not the probe's carriers: conditions, children's illnesses, devices and lay names said of the
reader in other cases and word orders (uk 'кашлем', 'хребтом', 'через цукор'; pl the -ość
nouns in every case, 'koronawirusie', 'dną moczanową'). The same words said in general, and
their everyday senses ('кава з цукром', 'лишаю вам номер', 'w wysokiej temperaturze'), pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.languages.pl import MORPHOLOGY as PL

LEAKS = [
    ("uk", "Дякуємо, пане Тарасе! Радіємо, що гіпертензію у вас нарешті приборкали."),
    ("uk", "Дякуємо! Сподіваємося, що після сепсису ви вже повернулися до звичних справ."),
    ("uk", "Дякуємо, Ірино! Нехай ваш синочок і не згадує, що колись мав рахіт."),
    ("uk", "Дякуємо! Радіємо, що з кашлем у вас тепер покінчено."),
    ("uk", "Дякуємо! Сподіваємося, що неприємності з хребтом у вас позаду."),
    ("uk", "Дякуємо! Із пластинкою ваша донечка вже звиклася?"),
    ("uk", "Дякуємо, що поділилися! З інсуліновою помпою вам тепер, мабуть, значно простіше."),
    ("uk", "Дякуємо! Через цукор ви так хвилювалися, а тепер усе спокійно."),
    ("uk", "Дякуємо! Сподіваємося, ваші проблеми по-жіночому вже вирішено."),
    ("uk", "Дякуємо! Після тієї підвищеної температури ви вже оговталися?"),
    ("uk", "Дякуємо! Вашу простуду, сподіваємося, як рукою зняло."),
    ("uk", "Дякуємо! Після вигорання минулої осені ви, видно, знову повні сил."),
    ("uk", "Дякуємо! Радіємо, що з грудним вигодовуванням у вас усе вийшло."),
    ("uk", "Дякуємо! Ваш кіт від лишаю вже чистенький?"),
    ("pl", "Dziękujemy! Cieszymy się, że z niepłodnością udało się Pani wygrać."),
    ("pl", "Dziękujemy, Panie Marku! Mamy nadzieję, że o otyłości może Pan już zapomnieć."),
    ("pl", "Dziękujemy! Po tylu latach bezsenności wreszcie Pani wypoczywa."),
    ("pl", "Dziękujemy! Czy po koronawirusie wróciła Pani już do formy?"),
    ("pl", "Dziękujemy! Z dną moczanową na szczęście już Pan sobie radzi."),
    ("pl", "Dziękujemy! Jak się sprawuje Pani łokieć tenisisty po zimie?"),
    ("pl", "Dziękujemy, Pani Ewo! Pani synek po trzydniówce chyba już szaleje na placu zabaw."),
    ("pl", "Dziękujemy! Mamy nadzieję, że kobiece dolegliwości są już u Pani przeszłością."),
    ("pl", "Dziękujemy! Z brzuchem u Pani już spokojnie, prawda?"),
    ("pl", "Dziękujemy! Pani mąż po wstrząśnieniu mózgu wrócił już do pracy?"),
    ("pl", "Dziękujemy! W gorsecie na pewno jest Pani niewygodnie, ale to minie."),
    ("pl", "Dziękujemy! Po półpaścu została Panu jeszcze jakaś pamiątka?"),
]

GENERAL = [
    ("uk", "Дякуємо! Каву вам запропонують і з цукром, і без. Гарного дня!"),
    ("uk", "Дякуємо! Я лишаю вам свій номер, телефонуйте будь-коли."),
    ("uk", "Дякуємо! Запевняємо вас: інструменти стерилізуємо при високій температурі."),
    ("uk", "Дякуємо! Консультантка з грудного вигодовування приймає щосереди. Гарного дня!"),
    ("uk", "Дякуємо! Небулайзери й тонометри в нашій аптеці є завжди. Гарного дня!"),
    ("pl", "Dziękujemy! Zapewniamy Panią, że narzędzia sterylizujemy w wysokiej temperaturze."),
    ("pl", "Dziękujemy za dobrą wolę i cierpliwość! Pozdrawiamy serdecznie."),
    ("pl", "Dziękujemy! Nasza poradnia leczenia niepłodności przyjmuje także w soboty."),
    ("pl", "Dziękujemy! Szczepienia przeciw rotawirusom prowadzimy dla wszystkich niemowląt."),
]


@pytest.mark.parametrize("probe", probes(LEAKS, "language bad", rule="health_detail"))
def test_a_health_word_of_these_families_said_of_the_reader_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GENERAL, "language good"))
def test_the_same_words_in_general_or_in_their_everyday_sense_pass(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("otyłość", ("otyłość", "otyłości", "otyłością", "otyłościach")),
        ("niewydolność", ("niewydolność", "niewydolności", "niewydolnościami")),
    ],
)
def test_a_polish_noun_in_osc_shares_its_stem_with_every_case(
    lemma: str, forms: tuple[str, ...]
) -> None:
    stem = PL.stem(lemma)
    assert all(stem in PL.candidate_stems(form) for form in forms), stem
