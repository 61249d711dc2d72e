"""Every combo box's open list shows its choices whole, however narrow the closed box.

Stop 39 fixed one list ("Connect a platform" in Polish, cut by 3 px on a CI run); the others
took the closed box's width, so a narrow window or a longer translation cut their longest
choices. Every combo box of the window is now a ``ChoiceBox``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from clinicrep.ui.choice_box import ChoiceBox
from ui.clipping import clipped_texts


def _squeezed_lists_cut(qtbot, root: QWidget) -> list[str]:
    """What the open lists of ``root``'s combo boxes cut once every closed box is 80 px."""
    for combo in root.findChildren(QComboBox):
        combo.setFixedWidth(80)
    qtbot.waitUntil(lambda: all(c.width() == 80 for c in root.findChildren(QComboBox)))
    return [problem for problem in clipped_texts(root) if "QListView" in problem]


def test_a_choice_box_list_follows_added_renamed_and_removed_choices(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    box = ChoiceBox(holder)
    box.addItems(["Wszystkie", "Tylko z odpowiedzią"])
    holder.show()
    qtbot.waitExposed(holder)
    assert _squeezed_lists_cut(qtbot, holder) == []
    box.setItemText(
        1, "Tylko opinie czekające na zatwierdzenie właściciela praktyki"
    )  # a new language
    assert _squeezed_lists_cut(qtbot, holder) == []
    wide = box.view().minimumWidth()
    box.removeItem(1)  # the long choice gone: the list may be narrow again
    assert box.view().minimumWidth() < wide
    assert _squeezed_lists_cut(qtbot, holder) == []


def test_every_dialogs_lists_show_their_choices_whole_in_polish(qtbot, db, in_polish):
    from clinicrep.settings import load_settings
    from clinicrep.ui.manual_dialog import ManualEntryDialog
    from clinicrep.ui.report_dialogs import MonthlyReportDialog, RequestCardDialog
    from clinicrep.ui.settings_dialog import SettingsDialog
    from clinicrep.ui.sources_dialog import SourceForm
    from clinicrep.ui.templates_dialog import TemplatesDialog

    for dialog in (
        SettingsDialog(load_settings(db), None, db_path=db.path),
        SourceForm(None),
        ManualEntryDialog(db, None),
        TemplatesDialog(db, None),
        MonthlyReportDialog(None),
        RequestCardDialog(None, "Family Clinic"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.findChildren(QComboBox), type(dialog).__name__
        assert _squeezed_lists_cut(qtbot, dialog) == [], type(dialog).__name__
        dialog.close()


def test_a_choice_longer_than_the_screen_opens_a_list_no_wider_than_the_screen(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    box = ChoiceBox(holder)
    box.addItems(["Downtown", "Клиника " * 2500])  # a location or platform name gone wrong
    holder.show()
    qtbot.waitExposed(holder)
    screen = box.screen().availableGeometry().width()
    assert 0 < box.view().minimumWidth() < screen
    box.showPopup()
    qtbot.waitUntil(lambda: box.view().window().isVisible())
    assert box.view().window().width() <= screen
    box.hidePopup()
