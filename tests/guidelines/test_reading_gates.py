"""The whole-reply [reading] scans tried only where their few beginnings are (gspeed28):
``_windowed`` finds what the pattern's own scan finds, and a pattern of few beginnings has a
gate ("у нас", "для вас", "dla pana"), one of many has none."""

from __future__ import annotations

import pytest

from clinicrep.guidelines import clause_reading
from clinicrep.guidelines.clause_reading import _gate_of, _windowed, reading
from clinicrep.guidelines.engine import lowered

KINDS = ["with_us", "for_you", "care", "owned", "news", "files", "register", "cared"]
TEXTS = {
    "ru": "Рады, что у нас вам понравилось! Для вас мы подготовили медицинскую документацию и "
    "амбулаторную карту; бу нас, задлявас, у\tнас. Историю болезни передали за вами.",
    "uk": "Раді, що в нас вам сподобалось, у нас усе готово для вас: медичну документацію, "
    "амбулаторну картку й історію хвороби ми передали. Зав нас, у  нас.",
    "pl": "Dla pana mamy wyniki, a u nas dokumentację i historię choroby; kartę pacjenta "
    "wysłaliśmy. Todla pana, u\u00a0nas, dla pani.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_gated_scans_find_what_the_pattern_finds(language: str) -> None:
    data = reading(language)
    assert data is not None
    text = TEXTS[language]
    low = lowered(text)
    assert low is not None
    gated = 0
    for kind in KINDS:
        pattern = getattr(data, kind)
        if pattern is None:
            continue
        gated += _gate_of(pattern) is not None
        for start, end in [(0, len(low)), (5, len(low) - 3), (17, 60)]:
            expected = [m.span() for m in pattern.finditer(low, start, end)]
            assert [m.span() for m in _windowed(pattern, low, start, end)] == expected
    assert gated >= 2  # "у нас" / "в нас", "для вас", "dla pana"


def test_gated_scans_agree_across_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pasted text read in windows: each match once, none lost at a window's edge
    monkeypatch.setattr(clause_reading, "_WINDOW", 64)
    data = reading("ru")
    assert data is not None and data.with_us is not None
    low = lowered(" ".join([TEXTS["ru"]] * 30))
    assert low is not None
    expected = [m.span() for m in data.with_us.finditer(low)]
    assert len(expected) >= 30
    assert [m.span() for m in _windowed(data.with_us, low, 0, len(low))] == expected


def test_few_beginnings_have_a_gate_and_many_none() -> None:
    data = reading("pl")
    assert data is not None and data.for_you is not None
    gate = _gate_of(data.for_you)  # "dla pana|pani|państwa|ciebie|was": "dl"
    assert gate is not None
    assert gate.search("wyniki dla pani") is not None
    assert gate.search("wyniki od pani") is None
    english = reading("en")
    assert english is not None and english.care is not None
    assert _gate_of(english.care) is None  # 25 beginnings: most words would be places
