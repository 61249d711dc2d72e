"""Session 42 (aspslav42, issue 19, probe57): Russian, Ukrainian and Polish families the readings
missed in long reviews. A negated verb of being able or willing ("не стала", "не может", "не
змогли") turns the infinitive it governs even where that infinitive stands before it
("Объяснять ничего не стала", "пояснити толком ніхто нічого не може"): the explanation is
withheld, not given; a comparative there is the best there is ("Лучше врача найти не могла"),
and the subject before the verb is not turned. Polish nobody able to explain, with words between
("Nikt nie potrafi nic sensownie wyjaśnić"), is the information withheld. The sentences are new,
not probe57's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import SLAVIC_PRAISE, assert_mixed_beside, read, verdict

# (language, text): the explanation withheld, the infinitive before the negated verb
WITHHELD = [
    ("ru", "Рассказывать про результаты анализов она толком ничего не стала."),
    ("ru", "Объяснить мне толком никто так и не смог."),
    ("ru", "Пояснять схему лечения ничего не захотели."),
    ("uk", "Пояснювати результати аналізів вона так і не стала."),
    ("uk", "Пояснити толком ніхто з лікарів не може, всі відсилають до завідувачки."),
    ("pl", "Nikt w tej przychodni nie potrafi nic konkretnie wyjaśnić."),
    ("pl", "Pani doktor nie umiała mi niczego wytłumaczyć."),
]


@pytest.mark.parametrize(("lang", "text"), WITHHELD)
def test_an_explanation_withheld_before_the_negated_verb_is_blamed(lang: str, text: str) -> None:
    assert ("communication", "positive") not in read(text, lang)
    assert_mixed_beside(text, lang, SLAVIC_PRAISE[lang], ("communication", "negative"))


# (language, text, what it must not read; last, what it must keep): the negated verb of being
# able that praises, and one whose subject is not turned
NOT_TURNED = [
    ("ru", "Лучше врача для мамы найти не могла.", ("doctor", "negative")),
    ("ru", "Сказать ничего плохого про этот центр не могу.", ("communication", "negative")),
    ("uk", "Кращого лікаря для сина знайти не могла.", ("doctor", "negative")),
    ("ru", "Вежливая медсестра в процедурном не смогла найти вену.", ("nurse", "positive")),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_TURNED[:3])
def test_what_the_negated_verb_does_not_turn(lang: str, text: str, absent: tuple[str, str]) -> None:
    assert absent not in read(text, lang)


@pytest.mark.parametrize(("lang", "text", "kept"), NOT_TURNED[3:])
def test_the_subject_before_the_negated_verb_keeps_its_praise(
    lang: str, text: str, kept: tuple[str, str]
) -> None:
    assert kept in read(text, lang)


def test_a_comparative_before_the_negated_verb_is_no_complaint() -> None:
    assert verdict("Лучше педиатра найти не могли, спасибо.", "ru") != "negative"
