"""A receptionist answers a Russian review thanking the clinic for how it treated the
reviewer's father: a warm reply that greets the father through the reviewer can be published;
the same reply that goes on "and that his gout will settle now that he is off the diuretic"
(said of "him" after "ваш папа") turns Publish off with a health finding on that clause (issue
16, round 16b: the relative, then the third person)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import one_google_review_window

REVIEW = "Очень бережно отнеслись к моему папе, спасибо всей клинике."
WARM = "Яков, ваш папа — золото! Передайте ему привет от всей команды. Рады были видеть вас обоих."
LEAKING = (
    "Яков, ваш папа — золото! Передайте ему привет от всей команды и что подагра утихнет, "
    "раз он больше не пьёт мочегонное. Рады были видеть вас обоих."
)


@pytest.fixture
def father_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Клиника «Ривьера»",
        signer="Анна, администратор",
        star="FIVE",
        comment=REVIEW,
        display_name="Яков В.",
    ) as window:
        yield window


def test_greeting_the_father_can_be_published_until_his_gout_is_mentioned(
    father_review_window, qtbot
):
    editor = father_review_window.editor
    editor.text.setPlainText(WARM)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
    assert not editor.findings

    editor.text.setPlainText(LEAKING)
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
    assert not editor.publish_button.isEnabled()
    health = [f for f in editor.findings if LEAKING[f.start : f.end] in ("подагра", "мочегонное")]
    assert health, [(f.rule_label, LEAKING[f.start : f.end]) for f in editor.findings]
