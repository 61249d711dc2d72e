"""Import a file of reviews saved from a website: choose the columns, then import.

The columns are guessed (and remembered per source by the importer); the user sees
the first rows and can correct any guess before anything is stored.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
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
from clinicrep.labels import SOURCE_LANGUAGES, field_label, language_label, platform_label
from clinicrep.messages import user_message
from clinicrep.model import Platform, SourceKind
from clinicrep.sources.csv_mapping import (
    FIELDS,
    PRESETS,
    ColumnMapping,
    guess_mapping,
    recognise_preset,
)
from clinicrep.sources.csvfile import ImportReport, TableFile, read_table
from clinicrep.sources.text_encoding import ENCODINGS, encoding_name
from clinicrep.store import open_database
from clinicrep.store.db import Database
from clinicrep.store.sources import list_sources
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.workers import Op, Progress

PREVIEW_ROWS = 6
# the columns a person looks for first come first
SHOWN_ORDER = ("text", "rating", "date", "author", "reply", "title", "url", "id", "language")
assert sorted(SHOWN_ORDER) == sorted(FIELDS)
FILE_PLATFORMS = (
    Platform.ZNANYLEKARZ, Platform.PRODOCTOROV, Platform.YANDEX, Platform.TWOGIS,
    Platform.DOCUA, Platform.HELSI, Platform.DIANPING, Platform.RATEMDS, Platform.GOOGLE,
    Platform.FACEBOOK, Platform.OTHER,
)  # fmt: skip
assert {p.platform for p in PRESETS} <= set(FILE_PLATFORMS)


class ImportDialog(QDialog):
    """The file's first rows, the guessed meaning of each column with its reason, and the
    encoding: changing it reads the file again and shows the rows as they will be stored."""

    def __init__(
        self,
        path: Path,
        table: TableFile,
        parent: QWidget | None = None,
        *,
        source_names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import reviews from {file}").format(file=path.name))
        self.resize(980, 700)
        self.path = path
        self.table = table
        self.detected_encoding = table.encoding

        self.source_name = QLineEdit(path.stem)
        self.source_name.setAccessibleName(self.tr("Name of the source"))
        # the file source already holding this site's reviews, by platform: next month's
        # export goes into it (its reviews are known there), not into a new source named
        # after the file, where every review already imported came in a second time
        self.source_names = source_names or {}
        self._name_edited = False
        self.source_name.textEdited.connect(lambda _t: setattr(self, "_name_edited", True))
        self.platform = ChoiceBox()
        self.platform.setAccessibleName(self.tr("Website the file comes from"))
        for platform in FILE_PLATFORMS:
            self.platform.addItem(platform_label(platform), platform.value)
        self._platform_chosen = False  # by the person, or by the Sources dialog
        self.platform.activated.connect(lambda _i: setattr(self, "_platform_chosen", True))
        self.platform.currentIndexChanged.connect(lambda _i: self._name_for_platform())
        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language of the reviews"))
        self.language.addItem(self.tr("Detect from the text"), "")
        for code in SOURCE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.encoding = ChoiceBox()
        self.encoding.setAccessibleName(self.tr("Encoding of the file's text"))
        self.encoding.setToolTip(
            self.tr(
                "How the file's letters are stored. If the preview shows strange characters, "
                "try another one: “{polish}” for Polish, “{cyrillic}” for Russian or "
                "Ukrainian files, “{chinese}” for Chinese."
            ).format(
                polish=encoding_name("cp1250"),
                cyrillic=encoding_name("cp1251"),
                chinese=encoding_name("gbk"),
            )
        )
        if table.kind in ("csv", "jsonl", "html"):
            # plain names ("Cyrillic (Windows)"); the technical one ("cp1251") in a tooltip
            self.encoding.addItem(
                self.tr("Detected: {encoding}").format(encoding=encoding_name(table.encoding)),
                table.encoding,
            )
            for name in ENCODINGS:
                if name != table.encoding:
                    self.encoding.addItem(encoding_name(name), name)
            for index in range(self.encoding.count()):
                self.encoding.setItemData(
                    index, self.encoding.itemData(index), Qt.ItemDataRole.ToolTipRole
                )
        else:  # JSON and .xlsx say their encoding themselves
            self.encoding.addItem(table.kind.upper(), table.encoding)
            self.encoding.setEnabled(False)
        self.recognised = QLabel()
        self.recognised.setWordWrap(True)
        self.saved_on = QDateEdit()
        self.saved_on.setCalendarPopup(True)
        self.saved_on.setAccessibleName(self.tr("Day the file was saved"))
        self.saved_on.setToolTip(
            self.tr("Dates such as “3 days ago” in the file are counted back from this day.")
        )
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime).date()
        except OSError:
            saved = datetime.now().date()
        self.saved_on.setDate(QDate(saved.year, saved.month, saved.day))
        self.unknown_dates = QCheckBox(
            self.tr("Import rows whose date cannot be read, with the day the file was saved")
        )

        names = {
            "date": self.tr("Date"), "author": self.tr("Author"), "rating": self.tr("Rating"),
            "text": self.tr("Review text"), "url": self.tr("Link"), "id": self.tr("Review ID"),
            "title": self.tr("Title"), "reply": self.tr("Practice's reply"),
            "language": self.tr("Language code"),
        }  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Source name:"), self.source_name)
        form.addRow(self.tr("Website:"), self.platform)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("File saved on:"), self.saved_on)
        form.addRow("", self.unknown_dates)
        columns = QGridLayout()
        columns.setColumnStretch(2, 1)
        self.columns: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLabel] = {}
        for row, field in enumerate(SHOWN_ORDER):
            combo = ChoiceBox()
            combo.setAccessibleName(names.get(field, field))
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._chosen_by_user(f))
            reason = QLabel()
            reason.setWordWrap(True)
            reason.setAccessibleName(self.tr("Why this column"))
            columns.addWidget(QLabel(field_label(names.get(field, field))), row, 0)
            columns.addWidget(combo, row, 1)
            columns.addWidget(reason, row, 2)
            self.columns[field] = combo
            self.reasons[field] = reason
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        # the last column (often the review's text) takes the free width, not "Świetna…"
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recognised)
        layout.addLayout(columns)
        layout.addWidget(self.notes)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self._filling = False
        self._show_table(table)
        self.encoding.currentIndexChanged.connect(lambda _i: self._encoding_changed())
        self._name_for_platform()

    def _name_for_platform(self) -> None:
        """The existing file source of the chosen site, unless the name was typed."""
        if self._name_edited:
            return
        name = self.source_names.get(str(self.platform.currentData()), self.path.stem)
        if self.source_name.text() != name:
            self.source_name.setText(name)

    # -- reading the file in the chosen encoding -------------------------------------
    def _encoding_changed(self) -> None:
        """Read the file again in the chosen encoding and show it (a live preview)."""
        try:
            table = read_table(self.path, self.encoding.currentData())
        except ClinicrepError as e:
            if e.params.get("reason") == "garbled":  # said with the encoding's plain name
                self.info.setText(self._garbled(str(self.encoding.currentData())))
            else:
                self.info.setText(user_message(e))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._show_table(table)

    def _show_table(self, table: TableFile) -> None:
        self.table = table
        samples = [cells for _line, cells in table.sample if cells is not None]
        preset = recognise_preset(table.header, samples)
        self.preset = preset
        guess = guess_mapping(table.header, samples, preset=preset)
        self.guess = guess
        if preset is not None:
            self.recognised.setText(self.tr("Recognised: {export}.").format(export=preset.label()))
            self.platform.setCurrentIndex(max(0, self.platform.findData(preset.platform.value)))
        elif not self._platform_chosen:
            # not the first site in the list: a Yelp file was stored as ZnanyLekarz reviews
            self.platform.setCurrentIndex(max(0, self.platform.findData(Platform.OTHER.value)))
            self.recognised.setText(
                self.tr(
                    "clinicrep did not recognise the website this file comes from: choose it "
                    "in “Website” above."
                )
            )
        else:
            self.recognised.setText("")
        self.recognised.setVisible(bool(self.recognised.text()))
        self._filling = True
        headers = table.header if guess.has_header else [str(i + 1) for i in range(
            max([len(table.header)] + [len(c) for c in samples]))]  # fmt: skip
        for field, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for header in headers:
                combo.addItem(header or self.tr("(unnamed)"), header)
            current = getattr(guess, field)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            reason = next((r for r in guess.reasons if r.chosen and r.field == field), None)
            self.reasons[field].setText(reason.text() if reason and current else "")
        self._filling = False
        refused = [r.text() for r in guess.reasons if not r.chosen]
        self.notes.setText("\n".join(refused))
        self.notes.setVisible(bool(refused))
        rows = samples if guess.has_header else [table.header, *samples]
        self.preview.clear()
        self.preview.setRowCount(min(PREVIEW_ROWS, len(rows)))
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        for r, cells in enumerate(rows[:PREVIEW_ROWS]):
            for c, value in enumerate(cells[: len(headers)]):
                item = QTableWidgetItem(value[:200])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.preview.setItem(r, c, item)
        self._check()

    def _chosen_by_user(self, field: str) -> None:
        if self._filling:
            return
        combo = self.columns[field]
        self.reasons[field].setText(self.tr("Chosen by you.") if combo.currentData() else "")
        self._check()

    def mapping(self) -> ColumnMapping:
        chosen = ColumnMapping(**{f: c.currentData() for f, c in self.columns.items()})
        chosen.has_header = self.guess.has_header
        return chosen

    def export_date(self) -> datetime:
        day = self.saved_on.date().toPython()
        return datetime.combine(day, time(12)).astimezone().astimezone(UTC)  # type: ignore[arg-type]

    def chosen_encoding(self) -> str | None:
        data = self.encoding.currentData()
        return data if self.table.kind in ("csv", "jsonl") else None

    def _garbled(self, encoding: str) -> str:
        return self.tr(
            "The text looks garbled in {encoding}. Choose another encoding above until the "
            "preview reads right; if none does, this is not a file of reviews: save the "
            "reviews from the website again."
        ).format(encoding=encoding_name(encoding))

    def _check(self) -> None:
        mapping = self.mapping()
        if self.table.kind == "xlsx":  # a workbook has no text encoding ("encoding xlsx")
            info = self.tr("{rows} rows shown of the Excel workbook").format(
                rows=self.preview.rowCount()
            )
        else:
            info = self.tr("{rows} rows shown of the file · encoding {encoding}").format(
                rows=self.preview.rowCount(), encoding=encoding_name(self.table.encoding)
            )
        ok = bool(mapping.text or mapping.rating)
        if self.table.garbled:
            ok = False
            info = self._garbled(self.table.encoding)
        elif not ok:
            info = self.tr(
                "No column was found for the review text or the rating. Choose at least one of "
                "them above; if none fits, this is probably not a file of reviews: save the "
                "reviews from the website again."
            )
        self.info.setText(info)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


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
            QCoreApplication.translate(
                "ImportDialog",
                "Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)",
            ),
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
    names = {
        s.platform.value: s.name
        for s in list_sources(db)  # in id order: the newest file source of a site wins
        # "Other": two unknown sites' files are not taken for one site's
        if s.kind == SourceKind.CSV and s.settings.get("path") and s.platform != Platform.OTHER
    }
    dialog = ImportDialog(path, table, parent, source_names=names)
    if platform is not None:  # chosen in the Sources dialog
        if dialog.platform.findData(platform.value) < 0:
            dialog.platform.addItem(platform_label(platform), platform.value)
        dialog.platform.setCurrentIndex(dialog.platform.findData(platform.value))
        dialog._platform_chosen = True
        other = dialog.preset
        if other is not None and other.platform not in (platform, Platform.OTHER):
            # a Yandex file picked for ZnanyLekarz: said before it goes in as the wrong site's
            dialog.recognised.setText(
                QCoreApplication.translate(
                    "ImportDialog",
                    "This file looks like {export}, not {platform}. If it is, choose "
                    "“{other}” in “Website” above; otherwise import it as it is.",
                ).format(
                    export=other.label(),
                    platform=platform_label(platform),
                    other=platform_label(other.platform),
                )
            )
            dialog.recognised.setObjectName("otherPlatformWarning")
            dialog.recognised.setStyleSheet("color: #b3261e;")
            dialog.recognised.show()
        else:
            dialog.recognised.setText("")
            dialog.recognised.hide()
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
        encoding=dialog.chosen_encoding(),
        export_date=dialog.export_date(),
        unknown_dates=dialog.unknown_dates.isChecked(),
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
    encoding: str | None = None,
    export_date: datetime | None = None,
    unknown_dates: bool = False,
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
                encoding=encoding,
                export_date=export_date,
                unknown_dates=unknown_dates,
                progress=lambda done, total: report_progress((done, total)),
            )

    def on_progress(value: object) -> None:
        done, total = cast(tuple[int, int], value)
        progress.setMaximum(total)
        progress.setValue(done)

    def on_success(report: ImportReport) -> None:
        progress.close()
        lines = [report.summary()]
        lines += [warning.text for warning in report.warnings]
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
