"""A Ukrainian practice manager answers a review (guard round twelve, the two things a user's walk
saw the guard let through, as she sees them in the editor): a discount on the next visit offered
in the reply turns Publish off with a reward finding, a full name written surname first in the
genitive ("Бондаря Олега") with a full-name finding; a closing "Чекаємо на вас знову!" alone
leaves Publish on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode
from ui.conftest import one_google_review_window

DISCOUNT = (
    "Вітаємо, Андрію! Дякуємо за ваш відгук. "
    "Пропонуємо знижку 200 грн на наступний прийом. — Ірина, адміністратор"
)
SURNAME_FIRST = (
    "Вітаємо, Андрію! Дякуємо за теплі слова. "
    "Бондаря Олега ми завжди раді бачити. — Ірина, адміністратор"
)
COURTESY = "Вітаємо, Андрію! Дякуємо за теплі слова. Чекаємо на вас знову! — Ірина, адміністратор"


@pytest.fixture
def ukrainian_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Клініка Здоров'я",
        signer="Ірина, адміністратор",
        star="FIVE",
        comment="Дуже уважний персонал, все пояснили, приємна атмосфера. Рекомендую!",
        display_name="Андрій",
    ) as window:
        yield window


def test_a_discount_and_a_surname_first_block_publish_and_a_closing_invitation_does_not(
    ukrainian_review_window, qtbot
):
    editor = ukrainian_review_window.editor
    editor.text.setPlainText(DISCOUNT)
    qtbot.waitUntil(lambda: any(f.code == FindingCode.REWARD for f in editor.findings))
    assert not editor.publish_button.isEnabled()
    reward = next(f for f in editor.findings if f.code == FindingCode.REWARD)
    assert DISCOUNT[reward.start : reward.end] == "знижку"

    editor.text.setPlainText(SURNAME_FIRST)
    qtbot.waitUntil(lambda: any(f.code == FindingCode.FULL_NAME for f in editor.findings))
    name = next(f for f in editor.findings if f.code == FindingCode.FULL_NAME)
    assert SURNAME_FIRST[name.start : name.end] == "Бондаря Олега"
    assert not editor.publish_button.isEnabled()

    editor.text.setPlainText(COURTESY)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()
