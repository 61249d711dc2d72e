"""Settings -> This PC (issue 20): the name other PCs see and who uses the PC; the practice's
approval switch, which only the owner's PC can change; a shared store asks the name once."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from clinicrep import workstation
from clinicrep.settings import load_settings
from clinicrep.ui.settings_dialog import SettingsDialog
from clinicrep.ui.this_pc_settings import ask_name_on_shared_store
from clinicrep.workstation import Role


def test_the_owner_turns_approval_on_and_this_pc_becomes_the_desk(window, qtbot, seeded_db):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    page = dialog.this_pc
    assert page.approval.isEnabled() and not page.approval.isChecked()  # off by default
    page.approval.setChecked(True)
    window.apply_workstation(page.result_workstation())
    window.apply_settings(dialog.result_settings())
    assert load_settings(seeded_db).approval_required
    assert window.filters.view.findData("waiting_for_approval") >= 0
    qtbot.waitUntil(window.waiting_button.isVisible)  # the owner's count, in the status bar

    # the same PC handed to the receptionist: she cannot switch approval off from here
    desk = SettingsDialog(window.settings, window)
    qtbot.addWidget(desk)
    desk.this_pc.name.setText("  Anna (reception) ")
    desk.this_pc.role.setCurrentIndex(desk.this_pc.role.findData(Role.STAFF.value))
    assert not desk.this_pc.approval.isEnabled()
    desk.show()
    desk.tabs.setCurrentIndex(desk.tabs.count() - 1)  # "This PC"
    assert desk.tabs.tabText(desk.tabs.currentIndex()) == "This PC"
    qtbot.mouseClick(desk.this_pc.approval, Qt.MouseButton.LeftButton)  # disabled: no change
    window.apply_workstation(desk.this_pc.result_workstation())
    window.apply_settings(desk.result_settings())
    assert load_settings(seeded_db).approval_required
    assert workstation.current() == workstation.Workstation("Anna (reception)", Role.STAFF, True)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    assert window.editor.ask_button.isVisible() and not window.editor.publish_button.isVisible()
    qtbot.waitUntil(lambda: not window.waiting_button.isVisible())
    desk.hide()  # applied above by hand: closing it would ask about unsaved changes


def test_a_shared_store_asks_this_pcs_name_once_and_a_single_pc_never(qtbot):
    ask_name_on_shared_store(False)  # SQLite on this PC: no question at all
    assert not workstation.current().chosen

    answered = {"done": False}
    deadline = time.monotonic() + 10

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "nameThisPc":
            if time.monotonic() < deadline:
                QTimer.singleShot(20, answer)
            return
        dialog.findChild(QLineEdit, "workstationName").setText("Dr Nowak")
        role = dialog.findChild(QComboBox, "workstationRole")
        role.setCurrentIndex(role.findData(Role.OWNER.value))
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        answered["done"] = True

    QTimer.singleShot(0, answer)
    ask_name_on_shared_store(True)
    assert answered["done"]
    assert workstation.current() == workstation.Workstation("Dr Nowak", Role.OWNER, True)
    ask_name_on_shared_store(True)  # chosen: not asked again (it would wait here otherwise)
