"""Session 37 (ghealth37): words that told a particular case out of their context. A health
word is someone's where its sentence tells of a past event or an outcome ([guard] specific,
outcome); these words were read as one though they are none: Polish nouns whose stem ends in
"ł" read as a verb's past ("ból gardła", "szkoła cukrzycy", "kanały"), Ukrainian adverbs of time
in "-коли" read as a past in "-ли" ("інколи"), English "normally" read as "normal" and a present
passive "are made" read as a past, Chinese 结果 as what a test gives anyone ("当场就能出结果"),
and a Russian or Ukrainian "therefore" opening the practice's standing habit after what is said
of a kind ("Лечение каналов иногда требует двух-трёх визитов, поэтому мы оставляем окна").
Each pass has its twin that still tells one case and still blocks."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

GOOD = [
    # a "therefore" opening the practice's standing habit after what is said of a kind
    (
        "ru",
        "Неудобная запись.",
        "Олег",
        "Спасибо за отзыв. Лечение каналов иногда требует двух-трёх визитов, поэтому мы "
        "оставляем окна в расписании.",
    ),
    (
        "ru",
        "Зачем сдавать кровь натощак?",
        "Тимур",
        "Простите, что не объяснили. Некоторые анализы, например холестерин и глюкоза, точнее "
        "после 10–12 часов без еды, поэтому пациентов просят не завтракать.",
    ),
    (
        "uk",
        "Незручний запис.",
        "Олег",
        "Дякуємо. Лікування каналів інколи потребує двох-трьох візитів, тому ми залишаємо вікна "
        "в розкладі.",
    ),
    (
        "pl",
        "Super przychodnia.",
        "Bogdan",
        "Dziękujemy! Leczenie kanałowe często wymaga dwóch wizyt, bo kanały trzeba dokładnie "
        "oczyścić.",
    ),
    (
        "uk",
        "Незручний запис.",
        "Олег",
        "Перепрошуємо. Пломба інколи випадає в перший тиждень.",
    ),
    (
        "en",
        "A deposit for whitening??",
        "J.T.",
        "We hear you. For whitening, custom trays are made before the first appointment, so we "
        "take a deposit to cover the lab cost.",
    ),
    (
        "en",
        "Do you do kids' teeth?",
        "Dana",
        "Yes - our school check runs all August: check-up, clean and fluoride for under-16s at "
        "$49, whichever dentist they normally see.",
    ),
    (
        "zh",
        "看病很快",
        "",
        "感谢评价！我们新的B超设备当场就能出结果，不用等待。",
    ),
    (
        "zh",
        "复诊还要挂号吗？",
        "问问",
        "您好，三天内复诊不需要重新挂号。化验单出来后回来给医生看结果，也属于复诊。",
    ),
]

BAD = [
    (
        "ru",
        "Лечили зуб.",
        "Олег",
        "Кариес глубокий, поэтому мы рекомендуем коронку.",
    ),
    (
        "ru",
        "Неудобная запись.",
        "Олег",
        "Спасибо за отзыв. Пульпит у ребёнка запущенный, поэтому мы оставляем окна в расписании.",
    ),
    (
        "uk",
        "Лікували зуб.",
        "Олег",
        "Карієс глибокий, тому ми рекомендуємо коронку.",
    ),
    (
        "uk",
        "Незручний запис.",
        "Олег",
        "Дякуємо. Лікування каналів затягнулося на три візити, тому ми залишаємо вікна в розкладі.",
    ),
    (
        "pl",
        "Super przychodnia.",
        "Bogdan",
        "Dziękujemy! Ból gardła minął po antybiotyku, który przepisała doktor Nowak.",
    ),
    (
        "pl",
        "Super przychodnia.",
        "Bogdan",
        "Dziękujemy! Stan zapalny dziąsła zagoił się po tygodniu.",
    ),
    (
        "uk",
        "Незручний запис.",
        "Олег",
        "Перепрошуємо. Пломба випала в перший тиждень.",
    ),
    (
        "en",
        "A deposit for whitening??",
        "J.T.",
        "We hear you. Your whitening trays were made before the first appointment, so we took "
        "a deposit to cover the lab cost.",
    ),
    (
        "en",
        "A deposit for whitening??",
        "J.T.",
        "We hear you. The whitening trays made for you came back too small.",
    ),
    (
        "en",
        "Do you do kids' teeth?",
        "Dana",
        "Yes - the fluoride went well and his check-up was normal.",
    ),
    (
        "zh",
        "看病很快",
        "",
        "感谢评价！B超结果显示肝脏有个小囊肿，不用担心。",
    ),
]


@pytest.mark.parametrize(("lang", "review", "name", "reply"), GOOD)
def test_a_word_read_in_its_own_sense_tells_no_case(
    lang: str, review: str, name: str, reply: str
) -> None:
    assert "health_detail" not in rules_broken(reply, lang, review, name)


@pytest.mark.parametrize("probe", probes(BAD, "language review reviewer bad", rule="health_detail"))
def test_the_same_words_telling_one_case_still_block(probe: Probe) -> None:
    check(probe)
