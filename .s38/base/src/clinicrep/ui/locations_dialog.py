"""File -> Locations: the practice's locations named once, and which source belongs to which
(issue 20). Changes are kept as they are made; nothing here removes a review.

A practice with one place needs none: with no location named, the window shows no location
filter anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicrep.errors import ClinicrepError
from clinicrep.labels import platform_label
from clinicrep.messages import user_message
from clinicrep.store.db import Database
from clinicrep.store.locations import (
    add_location,
    list_locations,
    remove_location,
    rename_location,
    set_source_location,
    source_locations,
)
from clinicrep.store.sources import list_sources
from clinicrep.ui.choice_box import ChoiceBox

_ID = Qt.ItemDataRole.UserRole


class LocationsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationsDialog")
        self.setWindowTitle(self.tr("Locations"))
        self.db = db
        intro = QLabel(
            self.tr(
                "A practice with several locations names them here and says where each source's "
                "reviews come from. The inbox, the charts and the monthly report can then show "
                "one location or the whole practice."
            )
        )
        intro.setWordWrap(True)

        self.names = QListWidget()
        self.names.setObjectName("locations")
        self.names.setAccessibleName(self.tr("Locations (double-click a name to rename it)"))
        self.names.setToolTip(self.tr("Double-click a name to rename it"))
        self.names.itemChanged.connect(self._renamed)
        self.names.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newLocation")
        self.new_name.setAccessibleName(self.tr("Name of a new location"))
        self.new_name.setPlaceholderText(self.tr("e.g. Riverside"))
        self.new_name.returnPressed.connect(self.add)
        self.new_name.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addLocation")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeLocation")
        self.remove_button.setToolTip(
            self.tr("The location's sources and reviews stay; they count for the whole practice")
        )
        self.remove_button.clicked.connect(self.remove)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)

        self.sources_label = QLabel(self.tr("Where each source's reviews come from:"))
        self.sources = QTableWidget(0, 2)
        self.sources.setObjectName("sourceLocations")
        self.sources.setAccessibleName(self.tr("Location of each source"))
        self.sources.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Location")])
        self.sources.verticalHeader().setVisible(False)
        self.sources.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sources.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.sources.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.message = QLabel()
        self.message.setObjectName("locationsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addLayout(adding)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self._load()

    # -- showing ---------------------------------------------------------------------------
    def _load(self) -> None:
        places = list_locations(self.db)
        self.names.blockSignals(True)
        self.names.clear()
        for place in places:
            item = QListWidgetItem(place.name, self.names)
            item.setData(_ID, place.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.names.blockSignals(False)
        assigned = source_locations(self.db)
        sources = [s for s in list_sources(self.db) if s.id is not None]
        self.sources.setRowCount(len(sources))
        for row, source in enumerate(sources):
            label = self.tr("{name} ({platform})").format(
                name=source.name, platform=platform_label(source.platform)
            )
            self.sources.setItem(row, 0, QTableWidgetItem(label))
            choice = ChoiceBox()
            choice.setAccessibleName(self.tr("Location of {source}").format(source=label))
            choice.addItem(self.tr("Whole practice only"), None)
            for place in places:
                choice.addItem(place.name, place.id)
            choice.setCurrentIndex(max(0, choice.findData(assigned.get(source.id or 0))))
            choice.currentIndexChanged.connect(
                lambda _i, c=choice, sid=source.id: self._assign(sid, c.currentData())
            )
            self.sources.setCellWidget(row, 1, choice)
        shown = bool(places) and bool(sources)
        self.sources_label.setVisible(shown)
        self.sources.setVisible(shown)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.new_name.text().strip()))
        self.remove_button.setEnabled(self.names.currentItem() is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- changing ----------------------------------------------------------------------------
    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        try:
            place = add_location(self.db, name)
        except ClinicrepError as e:
            self._say(user_message(e))
            return
        self.new_name.clear()
        self._load()
        self._say(self.tr("Location “{name}” added.").format(name=place.name))

    def _renamed(self, item: QListWidgetItem) -> None:
        location_id = item.data(_ID)
        try:
            place = rename_location(self.db, int(location_id), item.text())
        except ValueError:
            self._load()  # an empty name: the old one stays
            return
        except ClinicrepError as e:
            self._say(user_message(e))
            self._load()
            return
        self._load()
        self._say(self.tr("Renamed to “{name}”.").format(name=place.name))

    def remove(self) -> None:
        item = self.names.currentItem()
        if item is None:
            return
        name = item.text()
        remove_location(self.db, int(item.data(_ID)))
        self._load()
        self._say(
            self.tr("“{name}” removed; its sources now count for the whole practice.").format(
                name=name
            )
        )

    def _assign(self, source_id: int | None, location_id: object) -> None:
        if source_id is None:
            return
        chosen = location_id if isinstance(location_id, int) else None
        set_source_location(self.db, source_id, chosen)
        self._say(self.tr("Saved."))
