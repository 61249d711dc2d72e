"""Settings -> This PC: who uses this PC (a name the other PCs see, and a role), and the
practice's approval of replies written at the desk (issue 20).

The name and role belong to this PC (``clinicrep.workstation``, its config folder); the
approval is the practice's setting, in the store, and only an owner's PC changes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinicrep import workstation
from clinicrep.settings import Settings
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.monitoring_settings import explained_row
from clinicrep.ui.placeholder_fit import keep_placeholder_whole
from clinicrep.workstation import Role, Workstation


class ThisPcForm(QWidget):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        station: Workstation | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("thisPc")
        self._station = station or workstation.current()
        self.name = QLineEdit(self._station.name if self._station.chosen else "")
        self.name.setObjectName("workstationName")
        self.name.setMaxLength(workstation.MAX_NAME)
        self.name.setAccessibleName(self.tr("Name of this PC"))
        keep_placeholder_whole(self.name, self.tr("e.g. Anna (reception)"))
        self.role = ChoiceBox()
        self.role.setObjectName("workstationRole")
        self.role.setAccessibleName(self.tr("Who uses this PC"))
        self.role.addItem(self.tr("The owner (approves replies)"), Role.OWNER.value)
        self.role.addItem(self.tr("A receptionist"), Role.STAFF.value)
        self.role.setCurrentIndex(max(0, self.role.findData(self._station.role.value)))
        self.approval = QCheckBox(
            self.tr("Replies written on a receptionist's PC wait for the owner's approval")
        )
        self.approval.setObjectName("approvalRequired")
        self.approval.setChecked(settings.approval_required)
        self._approval_was = settings.approval_required
        form = QFormLayout(self)
        explained_row(
            form,
            self.tr("Name of this PC:"),
            self.name,
            self.tr(
                "Shown to the other PCs and kept in the log beside what was done here: "
                "who asked for approval, who approved."
            ),
        )
        explained_row(
            form,
            self.tr("Used by:"),
            self.role,
            self.tr("This is who uses this PC, not a password: anyone at it acts in this role."),
        )
        self.approval_note = explained_row(
            form,
            None,
            self.approval,
            self.tr(
                "For the whole practice. A receptionist asks for approval; the owner's PC "
                "shows the reply waiting, and the owner edits, approves and publishes it, or "
                "sends it back with a comment."
            ),
        )
        self.role.currentIndexChanged.connect(lambda _i: self._owner_decides())
        self._owner_decides()

    def _owner_decides(self) -> None:
        """Only an owner's PC switches approval (a receptionist's cannot turn it off)."""
        owner = self.role.currentData() == Role.OWNER.value
        self.approval.setEnabled(owner)
        if not owner:
            self.approval.setChecked(self._approval_was)

    def approval_required(self) -> bool:
        """The practice's approval as this form leaves it: only an owner's PC changes it."""
        if self.role.currentData() != Role.OWNER.value:
            return self._approval_was
        return self.approval.isChecked()

    def result_workstation(self) -> Workstation:
        """The name and role chosen here (``chosen`` False when no name was typed)."""
        name = workstation.clean_name(self.name.text())
        role = Role(self.role.currentData())
        if not name:
            return Workstation(self._station.name, role, self._station.chosen)
        return Workstation(name, role, True)


class NameThisPcDialog(QDialog):
    """Asked once, when this PC first opens a store shared with other PCs: who uses it.
    "Later" keeps the login name; Settings -> This PC changes it any time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nameThisPc")
        self.setWindowTitle(self.tr("Who uses this PC?"))
        intro = QLabel(
            self.tr(
                "This review database is shared with other PCs. Give this PC a name the "
                "others will see, such as “Anna (reception)”."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("nameThisPcIntro")
        self.form = ThisPcForm(Settings(), self)
        # the practice's approval setting is not asked here: Settings -> This PC has it
        self.form.approval.hide()
        self.form.approval_note.hide()
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        chosen = self.form.result_workstation()
        if chosen.chosen:
            workstation.choose(chosen.name, chosen.role)
        super().accept()


def ask_name_on_shared_store(shared: bool, parent: QWidget | None = None) -> None:
    """A shared store (PostgreSQL) and no name chosen on this PC yet: ask, once."""
    if shared and not workstation.current().chosen:
        NameThisPcDialog(parent).exec()
