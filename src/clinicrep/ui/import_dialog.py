"""Import a file of reviews saved from a website: choose the columns, then import.

The columns are guessed (and remembered per source by the importer); the user sees
the first rows and can correct any guess before anything is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicrep.errors import ClinicrepError
from clinicrep.importing import import_csv
from clinicrep.labels import language_label, platform_label
from clinicrep.messages import user_message
from clinicrep.model import Platform
from clinicrep.sources.csv_mapping import FIELDS, ColumnMapping, guess_mapping
from clinicrep.sources.csvfile import CsvTable, ImportReport, read_table
from clinicrep.store import open_database
from clinicrep.store.db import Database
from clinicrep.ui.sources_dialog import SOURCE_LANGUAGES
from clinicrep.ui.workers import Op, Progress

PREVIEW_ROWS = 6
FILE_PLATFORMS = (
    Platform.ZNANYLEKARZ, Platform.PRODOCTOROV, Platform.TWOGIS, Platform.DIANPING,
    Platform.RATEMDS, Platform.GOOGLE, Platform.FACEBOOK, Platform.OTHER,
)  # fmt: skip


class ImportDialog(QDialog):
    def __init__(self, path: Path, table: CsvTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import reviews from {file}").format(file=path.name))
        self.resize(860, 520)
        self.path = path
        self.table = table
        samples = [cells for _line, cells in table.rows[:50] if cells is not None]
        guess = guess_mapping(table.header, samples)

        self.source_name = QLineEdit(path.stem)
        self.source_name.setAccessibleName(self.tr("Name of the source"))
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Website the file comes from"))
        for platform in FILE_PLATFORMS:
            self.platform.addItem(platform_label(platform), platform.value)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the reviews"))
        self.language.addItem(self.tr("Detect from the text"), "")
        for code in SOURCE_LANGUAGES:
            self.language.addItem(language_label(code), code)

        names = {
            "date": self.tr("Date"), "author": self.tr("Author"), "rating": self.tr("Rating"),
            "text": self.tr("Review text"), "url": self.tr("Link"), "id": self.tr("Review ID"),
            "title": self.tr("Title"), "reply": self.tr("Practice's reply"),
        }  # fmt: skip
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Source name:"), self.source_name)
        form.addRow(self.tr("Website:"), self.platform)
        form.addRow(self.tr("Language:"), self.language)
        for field in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(names.get(field, field))
            combo.addItem(self.tr("(none)"), None)
            for header in table.header:
                combo.addItem(header, header)
            current = getattr(guess, field)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(lambda _i: self._check())
            form.addRow(names.get(field, field) + ":", combo)
            self.columns[field] = combo

        self.preview = QTableWidget(min(PREVIEW_ROWS, len(samples)), len(table.header))
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        self.preview.setHorizontalHeaderLabels(table.header)
        for r, cells in enumerate(samples[:PREVIEW_ROWS]):
            for c, value in enumerate(cells[: len(table.header)]):
                item = QTableWidgetItem(value[:200])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.preview.setItem(r, c, item)
        self.info = QLabel(
            self.tr("{rows} rows · encoding {encoding}").format(
                rows=len(table.rows), encoding=table.encoding
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self._check()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(**{f: c.currentData() for f, c in self.columns.items()})

    def _check(self) -> None:
        mapping = self.mapping()
        ok = bool(mapping.text or mapping.rating)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.info.setToolTip("" if ok else self.tr("Choose at least the text or the rating."))


def run_import(
    parent: QWidget, db: Database, path: Path | None = None, *, platform: Platform | None = None
) -> bool:
    """Ask for a file, let the user check the columns, import it in the background.

    Returns True once the import has been started (the inbox refreshes when it ends).
    """
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Import reviews"),
            "",
            QCoreApplication.translate("ImportDialog", "Tables (*.csv *.tsv *.txt);;All files (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        table = read_table(path)
    except ClinicrepError as e:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportDialog", "Import reviews"), user_message(e)
        )
        return False
    dialog = ImportDialog(path, table, parent)
    if platform is not None:  # chosen in the Sources dialog
        if dialog.platform.findData(platform.value) < 0:
            dialog.platform.addItem(platform_label(platform), platform.value)
        dialog.platform.setCurrentIndex(dialog.platform.findData(platform.value))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    start_import(
        parent,
        db.path,
        path,
        source_name=dialog.source_name.text().strip() or path.stem,
        platform=Platform(dialog.platform.currentData()),
        language=dialog.language.currentData() or "",
        mapping=dialog.mapping(),
    )
    return True


def start_import(
    parent: QWidget,
    db_path: Path,
    path: Path,
    *,
    source_name: str,
    platform: Platform,
    language: str,
    mapping: ColumnMapping,
) -> None:
    progress = QProgressDialog(
        QCoreApplication.translate("ImportDialog", "Importing reviews…"),
        QCoreApplication.translate("ImportDialog", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setMinimumDuration(600)

    def work(report_progress: Progress) -> ImportReport:
        with open_database(db_path) as db:
            return import_csv(
                db,
                path,
                source_name=source_name,
                platform=platform,
                mapping=mapping,
                language=language,
                progress=lambda done, total: report_progress((done, total)),
            )

    def on_progress(value: object) -> None:
        done, total = value  # type: ignore[misc]
        progress.setMaximum(total)
        progress.setValue(done)

    def on_success(report: ImportReport) -> None:
        progress.close()
        lines = [report.summary()]
        lines += [
            QCoreApplication.translate("ImportDialog", "Line {line}: {reason}").format(
                line=p.line, reason=p.reason
            )
            for p in report.problems[:10]
        ]
        if len(report.problems) > 10:
            lines.append(
                QCoreApplication.translate("ImportDialog", "… and {n} more.").format(
                    n=len(report.problems) - 10
                )
            )
        QMessageBox.information(
            parent, QCoreApplication.translate("ImportDialog", "Import finished"), "\n".join(lines)
        )
        finished = getattr(parent, "sources_changed", None)
        if callable(finished):
            finished()

    def on_failure(error: BaseException) -> None:
        progress.close()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportDialog", "Import reviews"),
            user_message(error),
        )

    Op(parent, work).on_progress(on_progress).on_success(on_success).on_failure(on_failure).start()
