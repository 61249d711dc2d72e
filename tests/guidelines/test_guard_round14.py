"""Round 14 (issue 16): the clause reading decides whom a health word, a date or an amount is
about. In a clause of general information ("a standard clean costs", "каждого месяца",
"możemy pobrać opłatę", "每月第") whose sentence neither speaks to nor names the reviewer it is the
practice's or anyone's; its twin said to the reviewer ("your", "Pani", "ваш", 您) is a finding."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, language: str, reviewer: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text="", language=language, reviewer_name=reviewer, learned=False
    )
    return {f.rule for f in found}


OPENING = {
    "en": "Thank you, Lucy! We're glad the new waiting room feels calm. ",
    "ru": "Юлия, спасибо! Мы рады, что новый холл вам понравился. ",
    "uk": "Юліє, дякуємо! Ми раді, що новий хол вам сподобався. ",
    "pl": "Pani Julio, dziękujemy! Cieszymy się, że nowa poczekalnia się podoba. ",
    "zh": "谢谢您的好评！很高兴新的候诊区让您觉得舒适。",
}
REVIEWER = {"en": "Lucy", "ru": "Юлия", "uk": "Юлія", "pl": "Julia", "zh": "蒋女士"}

# (language, rule, said of anyone, said of the reviewer)
PAIRS = [
    (
        "en",
        "billing",
        "A standard scale and polish costs 65 dollars, and a deep clean for gum disease is "
        "120 dollars per quarter of the mouth.",
        "Your scale and polish cost 65 dollars, and your deep clean for gum disease was "
        "120 dollars per quarter of the mouth.",
    ),
    (
        "ru",
        "date",
        "В последнюю среду каждого месяца в 18:30 у нас проходит семинар о здоровом сне, а "
        "недосып связан с повышенным давлением.",
        "Вы были у нас в последнюю среду в 18:30 на семинаре о здоровом сне.",
    ),
    (
        "pl",
        "billing",
        "Za odwołanie wizyty później niż dobę wcześniej możemy pobrać opłatę 50 zł, ale w "
        "nagłych sytuacjach z niej rezygnujemy.",
        "Za odwołanie wizyty później niż dobę wcześniej pobraliśmy od Pani opłatę 50 zł.",
    ),
    (
        "zh",
        "date",
        "每月第一个周四上午10点到下午1点，我们的护士会为所有居民免费测量血压。",
        "您上周四上午10点来测的血压。",
    ),
]


@pytest.mark.parametrize(("language", "rule", "general", "theirs"), PAIRS)
def test_a_fact_said_of_anyone_passes_and_its_twin_said_to_the_reviewer_is_found(
    language, rule, general, theirs
):
    opening, reviewer = OPENING[language], REVIEWER[language]
    assert rule not in _rules(opening + general, language, reviewer)
    assert rule in _rules(opening + theirs, language, reviewer)
