"""Session 29 (issue 19, branch amix29, probe42a): the one complaint of a praising review told
in a frame the reading took as nothing, so the review read as positive.

- A star taken off and why ("Four stars rather than five because ...", "Поставлю четыре
  звезды, а не пять, ...", "Odejmuję gwiazdkę za ..."), advice to the practice ("They should
  put ...", "Порада клініці: ..."), a rhetorical question ("Would it kill them to ...",
  "Неужели так сложно ...", "Почему никто ...") and a warning to others ("Предупреждаю всех:
  ...", "Don't bother with ...") are read as a wish: what the frame's clauses name is blamed.
- "On the other hand" sets its sentence against the praise before it, as an aside does.
- Praise in the same frames stays praise ("They should hire more doctors like her").

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"

FRAMED = [
    (
        "The GP was kind and thorough. Four stars rather than five because the car park has "
        "two spaces.",
        "en",
        "access",
        "doctor",
    ),
    (
        "Our midwife was a star. They should really put a few more chairs in the waiting room.",
        "en",
        "facilities",
        "nurse",
    ),
    (
        "Lovely dentist, explained everything. Don't bother with the online booking, just ring.",
        "en",
        "scheduling",
        "doctor",
    ),
    (
        "The physio is excellent. The receptionist, on the other hand, finished her phone call "
        "first.",
        "en",
        "reception",
        "doctor",
    ),
    (
        "Поставлю четыре звезды, а не пять, потому что заключение УЗИ прислали через неделю. "
        "Врач очень внимательная.",
        "ru",
        "communication",
        "doctor",
    ),
    (
        "Медсестра молодец, всё сделала аккуратно. Неужели так сложно поставить в коридоре "
        "кондиционер?",
        "ru",
        "facilities",
        "nurse",
    ),
    (
        "Предупреждаю всех: берите с собой сменную обувь, в гардеробе её не выдают. Врачи "
        "грамотные.",
        "ru",
        "facilities",
        "doctor",
    ),
    (
        "Лікар уважний і спокійний. Порада клініці: зробіть нормальну парковку біля входу.",
        "uk",
        "access",
        "doctor",
    ),
    ("Lovely nurses, gentle with my son. One star off for the car park.", "en", "access", "nurse"),
    (
        "Врач отличный, всё объяснила. Снижаю оценку за регистратуру: карту искали полчаса.",
        "ru",
        "reception",
        "doctor",
    ),
    ("Stomatolog bardzo delikatny. Gwiazdka mniej za parking.", "pl", "access", "doctor"),
    (
        "Pani doktor cudowna i cierpliwa. Odejmuję jedną gwiazdkę za parking, którego nie ma.",
        "pl",
        "access",
        "doctor",
    ),
    (
        "医生人很好，讲得很细。建议诊所把候诊区的空调换一换，夏天太热。",
        "zh",
        "facilities",
        "doctor",
    ),
]


@pytest.mark.parametrize(("text", "lang", "blamed", "praised"), FRAMED)
def test_a_framed_complaint_after_praise_blames_what_it_names_and_the_review_is_mixed(
    text: str, lang: str, blamed: str, praised: str
) -> None:
    # the chips the review pane shows: the framed aspect blamed, the person praised, and the
    # verdict mixed (before session 29: the framed aspect not found or praised, the review
    # positive)
    chips = read(text, lang)
    assert (blamed, NEG) in chips
    assert (blamed, POS) not in chips
    assert (praised, POS) in chips
    assert verdict(text, lang) == "mixed"


PRAISE_IN_THE_FRAMES = [
    ("Brilliant GP. They should hire more doctors like her.", "en"),
    ("Dr Cole was thorough. Word of warning: you will never want another dentist.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PRAISE_IN_THE_FRAMES)
def test_praise_in_the_frames_stays_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"
    assert ("doctor", POS) in read(text, lang)
