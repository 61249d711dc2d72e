"""What the reply editor shows around a draft: which aspect of the review each sentence
answers (a click selects the sentence), and the exact request an AI draft sends, shown
before the first one goes out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinicrep.labels import aspect_label
from clinicrep.model import Sentiment

if TYPE_CHECKING:  # the composer is imported with the first draft (not before the first paint)
    from clinicrep.drafting.compose import Draft

_EXCERPT = 70


class DraftMap(QListWidget):
    """One row per sentence of the composed draft that answers something in the review."""

    sentence_chosen = Signal(str)  # the sentence's text, to select in the editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftMap")
        self.setAccessibleName(self.tr("What each sentence of the draft answers"))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # four rows at most: the reply itself keeps the room
        self.setMaximumHeight(4 * self.fontMetrics().lineSpacing() + 10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.hide()

    def _role_label(self, role: str) -> str:
        return {
            "invitation": self.tr("Invitation to talk it over privately"),
            "facts": self.tr("The facts, with where to check them"),
            "holding": self.tr("Holding reply: the owner is looking into it"),
            "privacy": self.tr("Why details are not discussed in public"),
        }.get(role, "")

    def show_draft(self, draft: Draft) -> None:
        from clinicrep.drafting.compose import sentence_text

        self.clear()
        for sentence in draft.sentences:
            words = sentence_text(draft, sentence)
            excerpt = words if len(words) <= _EXCERPT else words[: _EXCERPT - 1] + "…"
            if sentence.aspect is not None:
                if sentence.polarity == Sentiment.POSITIVE:
                    what = self.tr("{aspect}: praise").format(aspect=aspect_label(sentence.aspect))
                else:
                    what = self.tr("{aspect}: complaint").format(
                        aspect=aspect_label(sentence.aspect)
                    )
            else:
                what = self._role_label(sentence.role)
            if not what:
                continue
            # the quotation marks are the language's own («…» in Ukrainian, „…” in Polish)
            line = self.tr("{what} — “{excerpt}”").format(what=what, excerpt=excerpt)
            item = QListWidgetItem(line, self)
            item.setData(Qt.ItemDataRole.UserRole, words)
            item.setToolTip(words)
        self.setVisible(self.count() > 0)

    def keep_present(self, text: str) -> None:
        """Rows whose sentence the user edited away go; the map goes with the last one."""
        if not self.count():
            return
        shown = 0
        for i in range(self.count()):
            item = self.item(i)
            gone = item.data(Qt.ItemDataRole.UserRole) not in text
            item.setHidden(gone)
            shown += not gone
        self.setVisible(shown > 0)

    def forget(self) -> None:
        self.clear()
        self.hide()

    def sentences(self) -> list[str]:
        """The rows as the user sees them."""
        return [self.item(i).text() for i in range(self.count()) if not self.item(i).isHidden()]

    def _chosen(self, item: QListWidgetItem) -> None:
        words = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(words, str):
            self.sentence_chosen.emit(words)


class RequestPreview(QDialog):
    """Exactly what an AI draft request sends, before the first one goes out."""

    def __init__(self, request: str, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aiRequestPreview")
        self.setWindowTitle(self.tr("Send this to the AI service?"))
        intro = QLabel(
            self.tr(
                "To draft this reply, clinicrep would send the text below to {address}: the "
                "review's public text, the aspects it raises and your practice's facts. No "
                "notes, no other reviews and nothing else from your records. The key travels "
                "in a header and is not shown."
            ).format(address=address)
        )
        intro.setWordWrap(True)
        self.request = QPlainTextEdit(request)
        self.request.setObjectName("aiRequestText")
        self.request.setReadOnly(True)
        self.request.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.request.setAccessibleName(self.tr("The request as it is sent"))
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("Send and don't ask again"))
        self.send_button.setObjectName("sendToAi")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        keep = QPushButton(self.tr("Keep the composed draft"))
        keep.setObjectName("keepComposed")
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.request, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
