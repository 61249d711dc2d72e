"""Settings: what the analysis learned from this practice (analysis.learning), on/off, reset.

Shows "Learned from N of your reviews" (or why nothing is learned yet), a switch, "Learn now"
(train on the corrections and stars, then analyse every review again) and "Reset" (delete what
was learned, then analyse again). The work runs on a worker (ui.workers.Op); the store is the
window's file, opened by the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicrep.analysis.learning import MIN_EXAMPLES
from clinicrep.settings import Settings
from clinicrep.ui.workers import Op, Progress


def analyse_again(db_path: Path) -> int:
    """Every stored review analysed again (after learning, a reset or switching it)."""
    from clinicrep.analysis.pipeline import reanalyse_store
    from clinicrep.store import open_database

    with open_database(db_path) as db:
        return reanalyse_store(db)


class LearningBox(QGroupBox):
    def __init__(self, settings: Settings, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Learning from your corrections"))
        self.setObjectName("learning")
        self._db_path = db_path
        self._running = 0
        self.status = QLabel()
        self.status.setObjectName("learningStatus")
        self.status.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Use what was learned from your corrections and stars"))
        self.enabled.setChecked(settings.learning_enabled)
        self.learn = QPushButton(self.tr("Learn now"))
        self.learn.setToolTip(
            self.tr("Learn from your corrections and starred reviews, then analyse all again")
        )
        self.reset = QPushButton(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Forget what was learned; your corrections stay"))
        self.learn.clicked.connect(self.learn_now)
        self.reset.clicked.connect(self.reset_learning)
        buttons = QHBoxLayout()
        buttons.addWidget(self.learn)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.enabled)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        db_path = self._db_path

        def work(_progress: Progress) -> int:
            from clinicrep.analysis.practice import learning_status
            from clinicrep.store import open_database

            with open_database(db_path) as db:
                return learning_status(db).examples

        self._run(work, self._show_count)

    def _show_count(self, examples: object) -> None:
        n = int(examples)  # type: ignore[call-overload]
        if n:
            self.status.setText(self.tr("Learned from %n of your reviews.", "", n))
        else:
            self.status.setText(
                self.tr(
                    "Nothing learned yet: it needs at least %n corrected or starred reviews with"
                    " text in a language, and keeps only what reads them better than the rules.",
                    "",
                    MIN_EXAMPLES,
                )
            )
        self.reset.setEnabled(bool(n))

    def learn_now(self) -> None:
        db_path = self._db_path
        self.status.setText(self.tr("Learning, then analysing every review again…"))

        def work(_progress: Progress) -> int:
            from clinicrep.analysis.practice import learn_from_practice
            from clinicrep.store import open_database

            with open_database(db_path) as db:
                learn_from_practice(db)
            analyse_again(db_path)
            return 0

        self._run(work, lambda _r: self.refresh())

    def reset_learning(self) -> None:
        db_path = self._db_path

        def work(_progress: Progress) -> int:
            from clinicrep.analysis.practice import reset_learning
            from clinicrep.store import open_database

            with open_database(db_path) as db:
                reset_learning(db)
            analyse_again(db_path)
            return 0

        self._run(work, lambda _r: self.refresh())

    @property
    def busy(self) -> bool:
        return self._running > 0

    def _run(self, work, then) -> None:  # type: ignore[no-untyped-def]
        self._running += 1
        for button in (self.learn, self.reset):
            button.setEnabled(False)
        Op(self, work).on_success(then).on_finished(self._done).start()

    def _done(self) -> None:
        self._running -= 1
        self.learn.setEnabled(not self.busy)
