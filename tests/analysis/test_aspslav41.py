"""Session 41 (aspslav41, issue 19, probe55): Russian, Ukrainian and Polish families the
readings missed. Faint praise hedged by "ничего особенного" / "нічого особливого" / "nic
specjalnego" is mild praise, not a complaint (alone, the hedge still blames). The sentences are
new, not probe55's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import assert_mixed_beside, read, verdict

WAIT = {
    "ru": " Но ждать в коридоре пришлось больше часа.",
    "uk": " Але чекати під кабінетом довелося понад годину.",
    "pl": " Ale na korytarzu czekałam ponad godzinę.",
}

# (language, text): a mild praise of the doctor hedged, beside a wait blamed
FAINT = [
    ("ru", "Терапевт нормальный, ничего сверхъестественного."),
    ("ru", "Педиатр норм, ничего особенного."),
    ("uk", "Стоматолог нормальний, нічого надзвичайного."),
    ("uk", "Лікарка нормальна, нічого такого."),
    ("pl", "Okulistka ok, nic nadzwyczajnego."),
    ("pl", "Pan doktor w porządku, nic szczególnego."),
]


@pytest.mark.parametrize(("lang", "text"), FAINT)
def test_faint_praise_is_still_praise_beside_a_complaint(lang: str, text: str) -> None:
    assert_mixed_beside(text, lang, WAIT[lang], ("doctor", "positive"))


# (language, text): the hedge alone still blames the doctor (controls)
UNREMARKABLE = [
    ("ru", "Врач — ничего особенного, посмотрел и отпустил."),
    ("uk", "Лікарка — нічого особливого, глянула і відпустила."),
    ("pl", "Lekarz – nic specjalnego, obejrzał i odesłał."),
]


@pytest.mark.parametrize(("lang", "text"), UNREMARKABLE)
def test_the_hedge_alone_still_blames(lang: str, text: str) -> None:
    assert ("doctor", "negative") in read(text, lang)
    assert verdict(text, lang) == "negative"
