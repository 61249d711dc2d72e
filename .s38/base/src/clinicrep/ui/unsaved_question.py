"""The one question asked before typed work is dropped, with the project's own button texts.

Qt's own word for its Discard button reads wrongly in some languages (Russian "Отклонить",
reject), so each question names its buttons for what they do: "Close without saving".
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Answer = QMessageBox.StandardButton


def ask_about_unsaved(
    parent: QWidget, title: str, question: str, *, discard: str, save: str = ""
) -> Answer:
    """Ask ``question``; ``Answer.Discard``, ``Answer.Save`` (only offered with ``save``)
    or ``Answer.Cancel``, the default, which Escape gives too."""
    buttons = Answer.Discard | Answer.Cancel
    if save:
        buttons |= Answer.Save
    box = QMessageBox(QMessageBox.Icon.Question, title, question, buttons, parent)
    box.setObjectName("unsavedQuestion")
    box.button(Answer.Discard).setText(discard)
    if save:
        box.button(Answer.Save).setText(save)
    box.setDefaultButton(Answer.Cancel)
    return Answer(box.exec())
