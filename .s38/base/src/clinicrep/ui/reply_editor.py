"""The reply editor: a starting text, a checklist that ticks itself, the confidentiality
guard, the clock, and publishing (or copy-and-open where the platform has no API).

Drafts are saved as the user types (debounced) and survive a crash. Publishing runs off
the GUI thread through ``publishing.publish_to_platform`` (the window never holds a
connector or a token), which stores 'sending' before the call.

On a store shared by several PCs, the first keystroke claims the review (store/live.py's
presence, renewed every ``PRESENCE_BEAT_MS``, released when the user moves on, publishes or
closes the window): the other PCs show "Anna is replying", keep their box read-only and
cannot publish until she is done (or her window stopped renewing it). The reply is
published once: ``publish`` refuses when another PC published it since it was shown here.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QHelpEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinicrep import approval as approval_service
from clinicrep import workstation
from clinicrep.errors import AnsweredNeedsApproval, ClinicrepError, DatabaseLocked
from clinicrep.guidelines.confidentiality import (
    ConfidentialityFinding,
    guard_ready,
    guard_reply,
    rewrite_span,
)
from clinicrep.guidelines.kinds import ReplyKind, classify_review, reply_kind_label
from clinicrep.guidelines.templates import (
    ReplyTemplate,
    fill_template,
    suggest_reply,
    templates_for_reply,
)
from clinicrep.i18n import then_text
from clinicrep.labels import platform_label
from clinicrep.messages import user_message
from clinicrep.model import Event, ReplyState, Review, Status, utc_now
from clinicrep.settings import Settings, answer_clock, save_settings
from clinicrep.sources.base import CancelToken
from clinicrep.sources.registry import kind_info
from clinicrep.store import open_database
from clinicrep.store.approvals import Approval, ApprovalState, get_approval
from clinicrep.store.db import Database, is_damage
from clinicrep.store.events import log_event
from clinicrep.store.live import (
    Presence,
    claim_presence,
    is_connection_lost,
    release_presence,
    replying_elsewhere,
)
from clinicrep.store.replies import get_reply, other_published_texts, published_text, save_draft
from clinicrep.store.sources import get_source
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.draft_assist import DraftMap, RequestPreview
from clinicrep.ui.workers import Op, Progress, checks_pool
from clinicrep.workstation import Role, Workstation

if TYPE_CHECKING:  # imported where used: the drafts' composer and the checklist (with their
    # phrase tables) are not needed before the window's first paint (0.02-0.04 s of CPU)
    from clinicrep.drafting.compose import Draft
    from clinicrep.guidelines.checklists import ChecklistItemResult, ReplyContext

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
PRESENCE_BEAT_MS = 15_000  # renews "is replying" (store.live.PRESENCE_TTL is 45 s)
CHECK_DELAY_MS = 150
# A longer reply (a paste) is checked on a worker: the guard needs seconds for a megabyte,
# milliseconds for a reply of a normal length. The guard's yardstick is a 4,096-byte reply (issue
# 16): past it, the guard and the checklist held this thread at each pause in typing (English,
# CPU at a load of 12: 36-38 ms at 4 KB, 55-66 ms at 8 KB, 135-150 ms at 20,000 characters).
LARGE_REPLY_BYTES = 4_096


def is_long_reply(text: str) -> bool:
    """Longer than ``LARGE_REPLY_BYTES`` in UTF-8 (a Chinese character is three: the guard's
    time follows the bytes), so checked on a worker."""
    # a text of more characters than that is longer in bytes too: a paste is not encoded
    return len(text) > LARGE_REPLY_BYTES or len(text.encode("utf-8")) > LARGE_REPLY_BYTES


# by guidelines.checklists.ItemState (a StrEnum: its values are these keys)
_MARK = {"ok": "✔", "missing": "✘", "problem": "⚠", "manual": "☐"}


# room between the editor and the window's right edge (px)
RIGHT_MARGIN = 8


class ReplyEditor(QWidget):
    published = Signal(int)  # review id: the window refreshes the inbox
    status_change_requested = Signal(int, object)
    approval_changed = Signal(int)  # review id: asked, approved or sent back (issue 20)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        station: Workstation | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyEditor")
        self.db = db
        self.settings = settings
        # who uses this PC (issue 20): with approval on, a receptionist asks, the owner decides
        self.station = station or workstation.current()
        self.approval = Approval(0, ApprovalState.NONE)
        self.review: Review | None = None
        self.findings: list[ConfidentialityFinding] = []
        self.checklist: list[ChecklistItemResult] = []
        self.confirmed: set[str] = set()
        self.ticked: set[str] = set()
        self.other_replies: list[str] = []
        self.sending = False
        self.checking = False  # a long reply is being checked on a worker
        self._checking_note = ""  # what the state line says while it is
        self._evaluation = 0  # the newest check: older results arriving later are dropped
        self._edits = 0  # every change of the text: a check of an older text is not shown
        self.closed = False  # set by the window: results arriving later are dropped
        self._ai_cancel: CancelToken | None = None  # the AI draft being asked for
        self._loading = False
        self._published_text = ""  # what the platform shows: publishing it again is pointless
        self._may_mark_answered = True  # approval.may_mark_answered_here for the review shown
        self._copied = False  # copied for a site without a reply API, not yet confirmed pasted
        self._drafted = ""  # the draft last put in the box: replacing it needs no question
        self._draft_request = 0  # the newest AI request: older answers are dropped
        # who writes the reply, across the PCs of a shared store (store/live.py)
        self.session = os.urandom(16).hex()  # this window
        self.claimed: int | None = None  # the review this window is replying to
        self._claim_waits_until = 0.0  # the store was busy: no new try before (monotonic s)
        self.elsewhere: Presence | None = None  # someone else is replying to the one shown
        self._seen_published_at: datetime | None = None  # the reply as it was shown here
        self.dirty = False
        self.not_saved = False  # typed text the store refused (its server away)
        self.not_saved_because: BaseException | None = None  # why, for the closing question

        self.kind = ChoiceBox()
        self.kind.setAccessibleName(self.tr("Kind of reply"))
        for kind in ReplyKind:
            self.kind.addItem(reply_kind_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.template_button = QPushButton(self.tr("Start from the template"))
        self.template_button.clicked.connect(self.use_template)
        self.draft_button = QPushButton(self.tr("Draft reply"))
        self.draft_button.setObjectName("draftReply")
        self.draft_button.setToolTip(
            self.tr("Write a first draft that answers what this review says (Ctrl+D)")
        )
        self.draft_button.clicked.connect(self.draft_reply)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        # the time left is a sentence that may not fit beside the buttons: it wraps, never cut
        self.clock.setWordWrap(True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reply:")))
        top.addWidget(self.kind)
        top.addWidget(self.template_button)
        top.addWidget(self.draft_button)
        top.addStretch(0)  # keeps the buttons together while the clock has a line of its own
        top.addWidget(self.clock, 1)
        self._top_row = top
        # the time left on a line of its own under the buttons when beside them it would wrap
        # ("Po terminie o 39 dni" took three lines at 1024 px in Polish): _place_clock
        self._clock_row = QHBoxLayout()

        # the approval's word above the reply: waiting, or the owner's comment sent back
        self.approval_note = QLabel()
        self.approval_note.setObjectName("approvalNote")
        self.approval_note.setWordWrap(True)
        self.approval_note.setTextFormat(Qt.TextFormat.PlainText)
        self.approval_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approval_note.hide()
        self.replying_note = QLabel()
        self.replying_note.setObjectName("replyingElsewhere")
        self.replying_note.setWordWrap(True)
        self.replying_note.setTextFormat(Qt.TextFormat.PlainText)
        self.replying_note.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; padding: 4px 6px; border-radius: 3px; }"
        )
        self.replying_note.hide()

        self.text = QPlainTextEdit()
        self.text.setObjectName("replyText")
        self.text.setAccessibleName(self.tr("Reply text"))
        self.text.setPlaceholderText(self.tr("Write the practice's public reply here."))
        self.text.textChanged.connect(self._on_text_changed)
        # hovering an underlined part names every problem found there
        self.text.viewport().installEventFilter(self)

        self.draft_map = DraftMap()
        self.draft_map.sentence_chosen.connect(self._select_sentence)

        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findings")
        self.findings_list.setAccessibleName(self.tr("Confidentiality problems"))
        self.findings_list.setMaximumHeight(140)
        self.findings_list.itemActivated.connect(self._use_rewrite)
        self.checklist_list = QListWidget()
        self.checklist_list.setObjectName("checklist")
        self.checklist_list.setAccessibleName(self.tr("Checklist"))
        self.checklist_list.itemChanged.connect(self._on_item_ticked)
        # three lines of the reply and two of each list at the least (Qt's own minimum is
        # four): the privacy panel opens in the room the reply box and the checklist give up,
        # not in the inbox's (at 1024x768 the splitter gave the editor the panel's 96 px: the
        # inbox went from twelve rows to ten in every language)
        line = self.fontMetrics().lineSpacing()
        margin = int(self.text.document().documentMargin())
        self.text.setMinimumHeight(3 * line + 2 * (self.text.frameWidth() + margin))
        for listing in (self.checklist_list, self.findings_list):
            listing.setWordWrap(True)  # hints are sentences: wrap them, never scroll sideways
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setMinimumHeight(2 * line + 2 * listing.frameWidth())
        # a title over each list: without one, two boxes of sentences said nothing of what
        # they were (the findings only show when there is something to fix)
        self.findings_title = QLabel(self.tr("Privacy check: change this before publishing"))
        self.findings_title.setObjectName("findingsTitle")
        self.findings_title.setWordWrap(True)
        self.findings_title.setBuddy(self.findings_list)
        self.findings_title.hide()
        self.checklist_title = QLabel(self.tr("Checklist for this reply"))
        self.checklist_title.setObjectName("checklistTitle")
        self.checklist_title.setWordWrap(True)
        self.checklist_title.setBuddy(self.checklist_list)
        for title in (self.findings_title, self.checklist_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        self.state = QLabel()
        self.state.setObjectName("replyState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        # beside the "Asking the AI model…" sentence while a draft is on its way: a slow AI
        # service must not keep her waiting for a draft she no longer wants
        self.cancel_draft_button = QPushButton(self.tr("Cancel AI draft"))
        self.cancel_draft_button.setObjectName("cancelAiDraft")
        self.cancel_draft_button.setToolTip(
            self.tr("Stop waiting for the AI model; the draft in the box stays")
        )
        self.cancel_draft_button.clicked.connect(self.cancel_ai_draft)
        self.cancel_draft_button.hide()
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("publish")
        self.publish_button.setToolTip(self.tr("Post the reply on the platform (Ctrl+Enter)"))
        self.publish_button.clicked.connect(self.publish_now)
        self.override_button = QPushButton(self.tr("Publish anyway…"))
        self.override_button.setToolTip(
            self.tr("Confirm that each highlighted passage may be published")
        )
        self.override_button.clicked.connect(self.confirm_overrides)
        self.copy_button = QPushButton(self.tr("Copy and open page"))
        self.copy_button.clicked.connect(self.copy_and_open)
        self.answered_button = QPushButton(self.tr("Mark answered"))
        self.answered_button.clicked.connect(self._mark_answered)
        # approval (issue 20): the receptionist's "Ask for approval"; the owner's decisions
        self.ask_button = QPushButton(self.tr("Ask for approval"))
        self.ask_button.setObjectName("askApproval")
        self.ask_button.setToolTip(
            self.tr("Put the reply in front of the owner, who approves and publishes it")
        )
        self.ask_button.clicked.connect(self.ask_for_approval)
        self.approve_publish_button = QPushButton(self.tr("Approve and publish"))
        self.approve_publish_button.setObjectName("approveAndPublish")
        self.approve_publish_button.clicked.connect(self.approve_and_publish)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve")
        self.approve_button.setToolTip(self.tr("Approve this text; publish it later"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.send_back_button = QPushButton(self.tr("Send back…"))
        self.send_back_button.setObjectName("sendBack")
        self.send_back_button.setToolTip(
            self.tr("Return the reply to the receptionist with a comment")
        )
        self.send_back_button.clicked.connect(lambda: self.send_back())
        for button in self._approval_buttons():
            button.hide()
        # the owner's decisions on a row of their own: beside Copy and Mark answered they
        # made the editor too wide for the review beside it (Russian, 1280 px)
        decisions = QHBoxLayout()
        for button in (self.approve_publish_button, self.approve_button, self.send_back_button):
            decisions.addWidget(button)
        decisions.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.ask_button,
            self.publish_button,
            self.override_button,
            self.copy_button,
            self.answered_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._publish_or_copy)

        layout = QVBoxLayout(self)
        # a margin on the right: the time left ("…zostało 15 godzin" in Polish) and the reply
        # box ended flush with the window's edge
        layout.setContentsMargins(0, 0, RIGHT_MARGIN, 0)
        layout.addLayout(top)
        layout.addLayout(self._clock_row)
        layout.addWidget(self.approval_note)
        layout.addWidget(self.replying_note)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.draft_map)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings_list, 2)
        layout.addWidget(self.checklist_title)
        layout.addWidget(self.checklist_list, 2)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.cancel_draft_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(state_row)
        layout.addLayout(decisions)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.evaluate)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._update_clock)
        self._clock_timer.start(60_000)
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(PRESENCE_BEAT_MS)
        self._presence_timer.timeout.connect(self._presence_beat)
        self.show_review(None)

    # -- which review ---------------------------------------------------------------
    def show_review(self, review: Review | None) -> bool:
        """Switch to ``review``: save what was typed for the previous one first. When that
        cannot be stored (the shared server away), nothing changes and this says False: the
        typed reply stays in the box, for the review it was typed for, until it is saved."""
        self.save_now()
        leaving = self.review is not None and (review is None or review.id != self.review.id)
        if self.not_saved and leaving:
            return False
        if self.claimed is not None and (review is None or review.id != self.claimed):
            self.release()
        self.review = review
        self.dirty = False
        self.not_saved = False
        self._draft_request += 1  # an AI draft for the previous review is not wanted now
        self.stop_ai_draft()
        self._drafted = ""
        self.draft_map.forget()
        self.draft_button.setEnabled(True)
        self.confirmed.clear()
        self.ticked.clear()
        self._loading = True
        try:
            enabled = review is not None and review.id is not None
            self.setEnabled(enabled)
            if not enabled or review is None or review.id is None:
                self.text.setPlainText("")
                self.text.setPlaceholderText(self.tr("Select a review in the list to answer it."))
                self.findings_list.clear()
                self.findings_list.hide()
                self.findings_title.hide()
                self.checklist_list.clear()
                self.text.setExtraSelections([])
                self.state.setText("")
                self.clock.setText("")
                self._copied = False
                self.answered_button.setText(self.tr("Mark answered"))
                self.approval = Approval(0, ApprovalState.NONE)
                self._show_approval()
                self._show_elsewhere(None)
                self._presence_timer.stop()
                return True
            self.text.setPlaceholderText(self.tr("Write the practice's public reply here."))
            self._copied = False
            self.answered_button.setText(self.tr("Mark answered"))
            self.other_replies = other_published_texts(self.db, review.id)
            self._published_text = published_text(self.db, review.id)
            kind = classify_review(review)
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            reply = get_reply(self.db, review.id)
            self._seen_published_at = reply.published_at if reply is not None else None
            if reply is not None and reply.text:
                self.text.setPlainText(reply.text)
            elif review.upstream_reply:
                self.text.setPlainText(review.upstream_reply)
            else:
                self.text.setPlainText(suggest_reply(review, self.settings, db=self.db))
            self.approval = get_approval(self.db, review.id)
            self._show_state(reply)
        finally:
            self._loading = False
        self._look_for_others()
        self._presence_timer.start()
        self._update_clock()
        if guard_ready(self.text.toPlainText(), review, self.settings):
            self.evaluate()
        else:
            # The rules this reply needs are not compiled yet (app.py compiles them all on a
            # worker after the first paint): evaluate, a moment later, checks it on a worker,
            # compiling what it needs; nothing can be published before it.
            self.publish_button.setEnabled(False)
            self._check_timer.start()
        return True

    def _show_state(self, reply: object) -> None:
        review = self.review
        if review is None:
            return
        info = self._kind_info()
        can_publish = bool(info and info.can_publish)
        self._through_api = can_publish
        self._answered_on_cache: tuple[int | None, str] = (
            review.source_id,
            _where_answered(info),
        )
        self.publish_button.setVisible(can_publish)
        # without an API it is the way to answer; with one, a fallback when the page exists
        self.copy_button.setVisible(not can_publish or bool(review.url))
        self.copy_button.setText(
            self.tr("Copy and open page") if review.url else self.tr("Copy the reply")
        )
        state = getattr(reply, "state", None)
        when = getattr(reply, "published_at", None)
        if state == ReplyState.PUBLISHED and when is not None:
            self.state.setText(
                self.tr("Published on {date}. Publishing again replaces it.").format(
                    date=when.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        elif state == ReplyState.SENDING:
            self.state.setText(
                self.tr(
                    "Sending was interrupted. clinicrep looks at the platform the next time it "
                    "checks for new reviews, before anything is sent again."
                )
            )
        elif state == ReplyState.FAILED:
            self.state.setText(self.tr("The last attempt to publish failed. You can try again."))
        elif not can_publish:
            self.state.setText(
                self.tr(
                    "clinicrep cannot post replies on this site: copy the reply, paste it on "
                    "the review's page, then confirm here that you pasted it."
                )
            )
        else:
            # a reload while a check runs (a change on another PC, a live update) keeps saying
            # why the checklist is empty and "Publish" off
            self.state.setText(self._checking_note if self.checking else "")
        self._show_approval()

    # -- approval (issue 20) -----------------------------------------------------------------
    def _approval_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.ask_button,
            self.approve_publish_button,
            self.approve_button,
            self.send_back_button,
        )

    def _at_the_desk(self) -> bool:
        """Approval on and this PC a receptionist's: replies go to the owner, not out."""
        return self.settings.approval_required and self.station.role == Role.STAFF

    def _show_approval(self) -> None:
        """The approval's note above the reply and which of its buttons this PC shows."""
        approval = self.approval
        state = approval.state
        shown = self.review is not None and self.review.id is not None
        on = self.settings.approval_required and shown
        owner = self.station.role == Role.OWNER
        through_api = getattr(self, "_through_api", False)
        note = ""
        if on and not owner:
            if state == ApprovalState.WAITING:
                note = self.tr(
                    "Waiting for approval: the owner reads the reply before it is published. "
                    "You can still change it."
                )
            elif state == ApprovalState.RETURNED:
                note = self.tr(
                    "Sent back by {who}: “{comment}” Change the reply, then ask for approval again."
                ).format(who=approval.decided_by, comment=approval.comment)
            elif state == ApprovalState.APPROVED:
                note = self.tr("Approved by {who}. The owner publishes it.").format(
                    who=approval.decided_by
                )
            else:
                note = self.tr(
                    "Replies written on this PC are published once the owner approves them."
                )
        elif on:
            if state == ApprovalState.WAITING:
                note = self.tr(
                    "Waiting for approval, written on {who}. Change it if needed, then approve "
                    "it or send it back with a comment."
                ).format(who=approval.asked_by)
            elif state == ApprovalState.RETURNED:
                note = self.tr("Sent back to {who}: “{comment}”").format(
                    who=approval.asked_by, comment=approval.comment
                )
            elif state == ApprovalState.APPROVED:
                note = self.tr("Approved by {who}.").format(who=approval.decided_by)
        self.approval_note.setText(note)
        self.approval_note.setVisible(bool(note))
        review_id = self.review.id if self.review is not None else None
        self._may_mark_answered = not (on and not owner) or (
            review_id is not None
            and approval_service.may_mark_answered_here(self.db, review_id, self.station)
        )
        waiting = state == ApprovalState.WAITING
        self.ask_button.setVisible(on and not owner)
        self.approve_button.setVisible(on and owner and waiting)
        self.send_back_button.setVisible(on and owner and waiting)
        self.approve_publish_button.setVisible(on and owner and waiting and through_api)
        if on and (not owner or waiting):
            # the desk never publishes; the owner's publish of a waiting reply is "Approve
            # and publish"
            self.publish_button.setVisible(False)
        elif shown:
            self.publish_button.setVisible(through_api)
        if self.review is not None and not self._loading:
            self._update_buttons()

    def refresh_approval(self, review_id: int) -> None:
        """Read the approval of the reply shown again (another PC may have decided)."""
        if self.review is None or self.review.id != review_id or self.closed:
            return
        fresh = get_approval(self.db, review_id)
        if fresh == self.approval:
            return
        self.approval = fresh
        stored = get_reply(self.db, review_id)
        typed = self.text.toPlainText()
        if (
            stored is not None
            and stored.text != typed
            and not self._save_timer.isActive()  # everything typed here is saved already
            and not self.sending
        ):
            # the owner changed the text while deciding: show what is stored now
            self._loading = True
            try:
                self.text.setPlainText(stored.text)
            finally:
                self._loading = False
            self.evaluate()
        self._show_approval()

    def ask_for_approval(self) -> None:
        """The receptionist's step: the reply waits for the owner ("Waiting for approval")."""
        review = self.review
        if review is None or review.id is None or not self.ask_button.isEnabled():
            return
        self._approval_step(
            lambda: approval_service.ask_for_approval(
                self.db, review.id or 0, self.text.toPlainText(), self.station
            ),
            self.tr("Sent to the owner for approval."),
        )

    def approve(self) -> bool:
        """The owner approves the reply as it stands in the box (edits included)."""
        review = self.review
        if review is None or review.id is None:
            return False
        return self._approval_step(
            lambda: approval_service.approve(
                self.db, review.id or 0, self.text.toPlainText(), self.station
            ),
            self.tr("Approved. Publish it when you are ready."),
        )

    def approve_and_publish(self) -> None:
        if self.approve():
            self.publish_now()

    def send_back(self, comment: str | None = None) -> None:
        """The owner returns the reply with a comment the receptionist's PC shows."""
        review = self.review
        if review is None or review.id is None:
            return
        if comment is None:
            dialog = SendBackDialog(self.approval.asked_by, self)
            if dialog.exec() != SendBackDialog.DialogCode.Accepted:
                return
            comment = dialog.comment()
        text = self.text.toPlainText()
        self._approval_step(
            lambda: approval_service.send_back(
                self.db, review.id or 0, comment or "", text, self.station
            ),
            self.tr("Sent back with your comment."),
        )

    def _approval_step(self, step: Callable[[], object], done: str) -> bool:
        self._save_timer.stop()
        review = self.review
        if review is None or review.id is None or self.sending:
            return False
        try:
            step()
        except ClinicrepError as e:
            self.state.setText(user_message(e))
            self.approval = get_approval(self.db, review.id)
            self._show_approval()
            return False
        self.approval = get_approval(self.db, review.id)
        # the reply's turn passes (to the owner, or back to the desk): this window no longer
        # holds it, so the other PC can edit, approve or publish it at once
        self.release()
        self._show_approval()
        self.state.setText(done)
        self.approval_changed.emit(review.id)
        return True

    def _answered_on(self) -> str:
        """Where this review's reply goes, for the checklist's "answer promptly" hint: read
        when the review is shown (the checklist runs as she types, and may run once more
        after the store has closed)."""
        source_id = self.review.source_id if self.review is not None else None
        cached = getattr(self, "_answered_on_cache", None)
        if cached is not None and cached[0] == source_id:
            return str(cached[1])
        where = _where_answered(self._kind_info())
        self._answered_on_cache = (source_id, where)
        return where

    def _kind_info(self):  # type: ignore[no-untyped-def]
        if self.review is None:
            return None
        source = get_source(self.db, self.review.source_id)
        if source is None:
            return None
        try:
            return kind_info(source.kind.value)
        except Exception:  # an unknown kind: treat as one without an API
            return None

    # -- typing --------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._edits += 1
        if self._loading:
            return
        self.dirty = True  # typed here and not stored yet: never replaced from the store
        self._claim()
        if self.draft_map.count():
            self.draft_map.keep_present(self.text.toPlainText())
        self._save_timer.start()
        self._check_timer.start()

    def save_now(self) -> None:
        """Store the draft now (the debounce, switching reviews, closing the window)."""
        self._save_timer.stop()
        if self.closed or self.review is None or self.review.id is None or self.sending:
            return
        if self.elsewhere is not None:
            return  # someone else is writing this reply: their draft is the one kept
        text = self.text.toPlainText()
        try:
            reply = get_reply(self.db, self.review.id)
            if reply is not None and reply.text == text:
                self.dirty = False
                self.not_saved = False
                return
            if reply is None and (not text.strip() or not self.dirty):
                return  # nothing typed: the suggestion in the box is suggested again next time
            if reply is not None and reply.state == ReplyState.SENDING:
                return  # its outcome is not known yet; the text stays as it was sent
            save_draft(self.db, self.review.id, text)
            self.dirty = False
            self.not_saved = False
        except Exception as e:  # the shared server away: kept in the box, saved when it is back
            if is_damage(e):
                raise  # a damaged store has its own way out (app.py)
            log.exception("could not save the draft of review %s", self.review.id)
            self.not_saved = bool(text.strip())  # closing the window now would lose it
            self.not_saved_because = e
            return
        if self.approval.state == ApprovalState.APPROVED:
            # a changed text needs the owner's approval again (store.replies.save_draft)
            self.approval = get_approval(self.db, self.review.id)
            self._show_approval()

    def use_template(self) -> None:
        """One template of the reply's kind goes in at once; with several (the practice added
        its own) she picks one from a menu under the button."""
        if self.review is None:
            return
        kind = ReplyKind(self.kind.currentData())
        choices = templates_for_reply(self.db, self.review, kind)
        if not choices:
            QMessageBox.information(
                self,
                self.tr("Reply templates"),
                self.tr(
                    "There is no “{kind}” template in this review's language. Add one in "
                    "Review → Reply templates…, or write the reply yourself."
                ).format(kind=reply_kind_label(kind)),
            )
            return
        if len(choices) == 1:
            self.put_template(choices[0])
            return
        menu = QMenu(self.template_button)
        menu.setObjectName("templateChoice")
        menu.setAccessibleName(self.tr("Templates for this reply"))
        for template in choices:
            menu.addAction(template.name).setData(template.key)
        chosen = menu.exec(
            self.template_button.mapToGlobal(self.template_button.rect().bottomLeft())
        )
        picked = [t for t in choices if chosen is not None and t.key == chosen.data()]
        if picked:
            self.put_template(picked[0])

    def put_template(self, template: ReplyTemplate) -> None:
        """The template filled in for this review replaces the reply box's text (undoable)."""
        if self.review is None:
            return
        text = fill_template(
            template.text, language=template.language, settings=self.settings, review=self.review
        )
        if not text:
            return
        current = self.text.toPlainText()
        if current.strip() and current.strip() != text.strip():
            question = self.tr(
                "Replace the text in the reply box with the template? "
                "You can get your text back with Ctrl+Z."
            )
            if not self._ask_to_replace(question, "replaceWithTemplate"):
                return
        # one edit on the document (not setPlainText): Ctrl+Z brings the old text back
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.text.setFocus()

    # -- drafts --------------------------------------------------------------------------
    def draft_reply(self) -> None:
        """Fill the box with a draft that answers this review (undoable); with AI drafting
        on, ask the model on a worker and put its checked draft in when it comes."""
        review = self.review
        if review is None or review.id is None or self.sending or not self.isEnabled():
            return
        from clinicrep.drafting.service import draft_for_review

        kind = ReplyKind(self.kind.currentData())
        draft = draft_for_review(self.db, review, self.settings, kind=kind)
        if not self._replace_allowed(review, kind, draft.text):
            return
        self._put_text(draft.text)
        self._drafted = draft.text
        self.draft_map.show_draft(draft)
        self.state.setText(
            self.tr("A draft: read it, change what you like, then publish it yourself.")
        )
        if self.settings.ai_drafting:
            self._ask_ai(review, kind, draft)

    def _replace_allowed(self, review: Review, kind: ReplyKind, new_text: str) -> bool:
        current = self.text.toPlainText().strip()
        if not current or current == new_text.strip() or current == self._drafted.strip():
            return True
        if current == suggest_reply(review, self.settings, db=self.db, kind=kind).strip():
            return True  # the template the editor put there itself
        question = self.tr(
            "Replace the text in the reply box with a new draft? "
            "You can get your text back with Ctrl+Z."
        )
        return self._ask_to_replace(question, "replaceWithDraft")

    def _ask_to_replace(self, question: str, name: str) -> bool:
        """Replace, or Cancel: whether the user lets new text take the reply box's place."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the reply?"),
            question,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(name)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def _put_text(self, text: str) -> None:
        """One edit on the document (not setPlainText): Ctrl+Z brings the old text back."""
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.text.setFocus()

    def _select_sentence(self, words: str) -> None:
        found = self.text.document().find(words)
        if not found.isNull():
            self.text.setTextCursor(found)
            self.text.setFocus()

    def _ask_ai(self, review: Review, kind: ReplyKind, composed: Draft) -> None:
        from clinicrep.drafting.ai import request_text
        from clinicrep.drafting.service import with_aspects

        if not self.settings.ai_request_seen:
            preview = RequestPreview(
                request_text(with_aspects(self.db, review), self.settings, kind=kind),
                self.settings.ai_base_url or self.tr("the AI service"),
                self,
            )
            if preview.exec() != RequestPreview.DialogCode.Accepted:
                return
            self.settings.ai_request_seen = True
            save_settings(self.db, self.settings)
        self._draft_request += 1
        number = self._draft_request
        db_path: Path = self.db.path
        settings = self.settings
        self.stop_ai_draft()  # a draft asked for earlier is not wanted now
        cancel = self._ai_cancel = CancelToken()

        def work(_progress: Progress) -> object:
            from clinicrep.drafting.ai import ai_draft, read_api_key
            from clinicrep.drafting.service import recent_texts
            from clinicrep.errors import AiDraftFailed, NoSecureStorage

            try:
                key = read_api_key()
            except NoSecureStorage:
                from dataclasses import replace as with_note

                return with_note(
                    composed, note=user_message(AiDraftFailed("no key", reason="no_key"))
                )
            with open_database(db_path) as db:
                enriched = with_aspects(db, review)
                recent = recent_texts(db, review)
            return ai_draft(
                enriched, settings, api_key=key, kind=kind, recent=recent, cancel=cancel
            )

        self.draft_button.setEnabled(False)
        self.cancel_draft_button.show()
        self.state.setText(
            self.tr("Asking the AI model for a draft… You can edit the draft below meanwhile.")
        )
        Op(self, work).on_success(
            lambda result: self._ai_arrived(number, composed, result)
        ).on_failure(lambda error: self._ai_failed(number, error)).start()

    def stop_ai_draft(self) -> None:
        """The AI draft asked for is not wanted (another review, a new request, the window
        closing): the worker stops reading the service's answer at its next piece."""
        self.cancel_draft_button.hide()
        if self._ai_cancel is not None:
            self._ai_cancel.cancel()
            self._ai_cancel = None

    def cancel_ai_draft(self) -> None:
        """Her Cancel while the AI model writes: the editor is hers again at once (the
        worker stops at the answer's next piece; whatever still comes is dropped)."""
        if self._ai_cancel is None:
            return
        self._draft_request += 1
        self.stop_ai_draft()
        self.draft_button.setEnabled(True)
        self.state.setText(
            self.tr(
                "The AI draft was cancelled. The draft in the box stays: change it, or press "
                "“Draft reply” again."
            )
        )

    def _ai_arrived(self, number: int, composed: Draft, result: object) -> None:
        from clinicrep.drafting.compose import Draft

        if self.closed or number != self._draft_request or not isinstance(result, Draft):
            return
        self._ai_cancel = None
        self.cancel_draft_button.hide()
        self.draft_button.setEnabled(True)
        if result.origin != "ai":
            self.state.setText(result.note)
            return
        if self.text.toPlainText().strip() != composed.text.strip():
            self.state.setText(
                self.tr(
                    "The AI draft arrived after you changed the text, so your text was kept. "
                    "Press “Draft reply” again for a new one."
                )
            )
            return
        self._put_text(result.text)
        self._drafted = result.text
        self.draft_map.show_draft(result)
        self.state.setText(
            self.tr(
                "A draft by the AI model, checked by the guard and the checklist. Read it, "
                "change what you like, then publish it yourself. Ctrl+Z brings back the "
                "composed draft."
            )
        )

    def _ai_failed(self, number: int, error: BaseException) -> None:
        if self.closed or number != self._draft_request:
            return
        self._ai_cancel = None
        self.cancel_draft_button.hide()
        self.draft_button.setEnabled(True)
        self.state.setText(user_message(error))

    # -- checks --------------------------------------------------------------------------
    def _kind_changed(self, _index: int) -> None:
        if not self._loading:
            self.evaluate()

    def evaluate(self) -> None:
        self._check_timer.stop()
        review = self.review
        if review is None:
            return
        text = self.text.toPlainText()
        self._evaluation += 1
        if is_long_reply(text):
            self._check_on_worker(text, review)
            return
        if not guard_ready(text, review, self.settings):
            # a language whose rules are not compiled yet (a review in it opened first, or a
            # word typed in its letters): compiling takes a second or two, never on this thread
            self._check_on_worker(text, review, long=False)
            return
        self.checking = False
        self._show_evaluation(text, review, guard_reply(text, review, self.settings))

    def _check_on_worker(self, text: str, review: Review, *, long: bool = True) -> None:
        """Guard a long reply and run its checklist off the GUI thread, one after the other
        on the checks' thread; "Publish" waits for the result. One request per edit: the
        newest alone runs (older ones queued behind it stop before they start), and its
        result is shown only if the text is still the one checked (the checklist of a
        complaint's 1 MB paste is 2 s of CPU: on this thread the window froze at each
        letter typed)."""
        self.checking = True
        self.publish_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        # said at once: the checklist stays empty and "Publish" off until the result comes
        if long:
            self._checking_note = self.tr("Checking the long reply…")
        else:
            self._checking_note = self.tr("Checking the reply…")
        self.state.setText(self._checking_note)
        number, edits = self._evaluation, self._edits
        settings = self.settings
        kind = ReplyKind(self.kind.currentData())
        context = self._checklist_context([])  # what it needs of this thread, read now

        def arrived(result: object) -> None:
            if self.closed or number != self._evaluation or review is not self.review:
                return  # the text or the review changed meanwhile: a newer check counts
            if edits != self._edits:
                return  # typed on since: the check the edit has asked for is shown instead
            self.checking = False
            self._show_state(get_reply(self.db, review.id) if review.id is not None else None)
            if isinstance(result, tuple):
                findings, checklist = result
                self._apply_evaluation(findings, checklist)

        def failed(error: BaseException) -> None:
            if not self.closed and number == self._evaluation:
                self.state.setText(user_message(error))  # "Publish" stays off: nothing known

        def check(
            _progress: object,
        ) -> tuple[list[ConfidentialityFinding], list[ChecklistItemResult]] | None:
            from clinicrep.guidelines.checklists import evaluate_checklist

            if number != self._evaluation:
                return None  # a newer check is queued behind this one: it alone counts
            findings = guard_reply(text, review, settings)
            if number != self._evaluation:
                return None  # typed on while the guard ran: its checklist is not wanted
            context.findings = findings
            return findings, evaluate_checklist(kind, text, review, context=context)

        # the checks' own thread: never behind a check for new reviews or an import; ahead of
        # the word lists still compiling for other languages
        Op(self, check).on_success(arrived).on_failure(failed).start(checks_pool(), priority=1)

    def _show_evaluation(
        self, text: str, review: Review, findings: list[ConfidentialityFinding]
    ) -> None:
        from clinicrep.guidelines.checklists import evaluate_checklist

        checklist = evaluate_checklist(
            ReplyKind(self.kind.currentData()),
            text,
            review,
            context=self._checklist_context(findings),
        )
        self._apply_evaluation(findings, checklist)

    def _checklist_context(self, findings: list[ConfidentialityFinding]) -> ReplyContext:
        """What the checklist reads of the editor, copied: a worker may run it while the
        user ticks an item or overrides a finding here."""
        from clinicrep.guidelines.checklists import ReplyContext

        return ReplyContext(
            settings=self.settings,
            other_replies=list(self.other_replies),
            ticked=set(self.ticked),
            confirmed_overrides=set(self.confirmed),
            findings=findings,
            answered_on=self._answered_on(),
        )

    def _apply_evaluation(
        self, findings: list[ConfidentialityFinding], checklist: list[ChecklistItemResult]
    ) -> None:
        self.findings = findings
        self.checklist = checklist
        self._show_findings()
        self._show_checklist()
        self._update_buttons()

    def unconfirmed(self) -> list[ConfidentialityFinding]:
        """Findings that block "Publish": not confirmed, or never publishable (a reward)."""
        return [f for f in self.findings if not f.overridable or f.key not in self.confirmed]

    def _finding_label(self, finding: ConfidentialityFinding) -> str:
        confirmed = finding.overridable and finding.key in self.confirmed
        label = self.tr("“{words}” — {rule}: {reason}").format(
            words=finding.text, rule=finding.rule_label, reason=finding.reason
        )
        return then_text(label, self.tr("(confirmed by you)")) if confirmed else label

    def findings_at(self, position: int) -> list[ConfidentialityFinding]:
        """Every finding whose underlined text holds the character at ``position``: where two
        problems overlap ("we'll see you on Tuesday"), both."""
        return [f for f in self.findings if f.start <= position < f.end]

    def findings_tooltip(self, position: int) -> str:
        """What hovering the reply at ``position`` shows: each problem there with its reason."""
        return "\n".join(self._finding_label(f) for f in self.findings_at(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text.viewport()
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
        ):
            position = self.text.cursorForPosition(event.pos()).position()
            tip = self.findings_tooltip(position) or (
                self.findings_tooltip(position - 1) if position else ""
            )
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.text)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _show_findings(self) -> None:
        self.findings_list.clear()
        selections = []
        for number, finding in enumerate(self.findings):
            confirmed = finding.overridable and finding.key in self.confirmed
            label = self._finding_label(finding)
            if finding.rewrite:
                label += "\n" + self.tr("Safer: “{rewrite}” (double-click to use it)").format(
                    rewrite=finding.rewrite
                )
            item = QListWidgetItem(("✔ " if confirmed else "⚠ ") + label, self.findings_list)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(self.tr("Why: {law}").format(law=finding.law))
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#fff3cd" if confirmed else "#f8d7da"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c62828"))
            selection.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        # where two findings overlap, both are underlined and the shared part is darker:
        # hovering it lists both problems (``findings_tooltip``)
        for start, end in overlaps(self.findings):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#f1aeb5"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#8e0000"))
            selection.format = fmt
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text.setExtraSelections(selections)
        self.findings_list.setVisible(bool(self.findings))
        self.findings_title.setVisible(bool(self.findings))

    def _use_rewrite(self, item: QListWidgetItem) -> None:
        """Replace the sentence that holds the finding with its safe rewrite (undoable)."""
        number = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(number, int) or not 0 <= number < len(self.findings):
            return
        span = rewrite_span(self.text.toPlainText(), self.findings[number])
        if span is None:
            return
        start, end, rewrite = span
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rewrite)
        self.evaluate()

    def _show_checklist(self) -> None:
        from clinicrep.guidelines.checklists import ItemState

        self.checklist_list.blockSignals(True)
        self.checklist_list.clear()
        for item in self.checklist:
            text = f"{_MARK[item.state]} {item.label}"
            if item.state in (ItemState.MISSING, ItemState.PROBLEM) and item.hint:
                text = f"{_MARK[item.state]} {self._with_hint(item.label, item.hint)}"
            entry = QListWidgetItem(text, self.checklist_list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.state == ItemState.MANUAL or item.id in self.ticked:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(
                    Qt.CheckState.Checked if item.id in self.ticked else Qt.CheckState.Unchecked
                )
                entry.setText(self._with_hint(item.label, item.hint) if item.hint else item.label)
            if item.state == ItemState.OK:
                entry.setForeground(QColor("#2e7d32"))
            elif item.state in (ItemState.MISSING, ItemState.PROBLEM):
                entry.setForeground(QColor("#c62828"))
        self.checklist_list.blockSignals(False)

    def _with_hint(self, label: str, hint: str) -> str:
        # Chinese writes its dash doubled and without spaces: "不透露任何患者信息——回复中…"
        return self.tr("{item} — {hint}").replace("{item}", label, 1).replace("{hint}", hint, 1)

    def _on_item_ticked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if entry.checkState() == Qt.CheckState.Checked:
            self.ticked.add(item_id)
        else:
            self.ticked.discard(item_id)
        QTimer.singleShot(0, self.evaluate)

    def _update_buttons(self) -> None:
        text = self.text.toPlainText().strip()
        has_text = bool(text)
        pending = self.unconfirmed()
        blocked = bool(pending)
        forbidden = any(not f.overridable for f in pending)
        already_there = bool(self._published_text) and text == self._published_text.strip()
        elsewhere = self.elsewhere is not None
        self.publish_button.setEnabled(
            has_text
            and not blocked
            and not self.sending
            and not already_there
            and not self.checking
            and not elsewhere
        )
        # off while an AI draft is on its way: "Cancel AI draft" is the way out of it
        self.draft_button.setEnabled(not elsewhere and self._ai_cancel is None)
        self.template_button.setEnabled(not elsewhere)
        self.override_button.setVisible(
            blocked
            and not forbidden
            and (self.publish_button.isVisible() or self.approve_publish_button.isVisible())
        )
        without_api = not getattr(self, "_through_api", False)
        desk = self._at_the_desk()
        approved = self.approval.state == ApprovalState.APPROVED
        self.copy_button.setEnabled(
            has_text
            and not blocked
            and not self.checking
            and (without_api or bool(self.review and self.review.url))
            and (not desk or approved)  # the desk pastes only what the owner approved
        )
        self.ask_button.setEnabled(
            has_text and not self.sending and self.approval.state != ApprovalState.WAITING
        )
        self.approve_publish_button.setEnabled(
            has_text and not blocked and not self.sending and not self.checking and not elsewhere
        )
        self.approve_button.setEnabled(has_text and not self.sending)
        # the desk closes a review by hand only once the owner approved its reply (or it
        # went out): read with the approval (_show_approval)
        may_close = not desk or self._may_mark_answered
        self.answered_button.setEnabled(may_close)
        self.answered_button.setToolTip(
            "" if may_close else user_message(AnsweredNeedsApproval("desk"))
        )
        if elsewhere and self.elsewhere is not None:
            self.publish_button.setToolTip(
                self.tr("{name} is replying to this review on another PC.").format(
                    name=self.elsewhere.who
                )
            )
        elif forbidden:
            self.publish_button.setToolTip(
                self.tr("A reward for reviews can never be published: remove it first.")
            )
        elif blocked:
            self.publish_button.setToolTip(
                self.tr("Fix the highlighted passages first: a public reply must not say them.")
            )
        else:
            self.publish_button.setToolTip(self.tr("Post the reply on the platform (Ctrl+Enter)"))

    def _update_clock(self) -> None:
        self.clock.setText(self.time_left_text() if self.review is not None else "")
        self._place_clock()

    def _place_clock(self) -> None:
        """The time left beside the reply's buttons when it fits there on one line, else on a
        line of its own under them, where it wraps only if even that is too narrow."""
        top, clock = self._top_row, self.clock
        beside_it: list[QWidget] = []
        for i in range(top.count()):
            item = top.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not clock:
                beside_it.append(widget)
        room = (
            self.width()
            - RIGHT_MARGIN
            - sum(widget.sizeHint().width() for widget in beside_it)
            - max(0, top.spacing()) * len(beside_it)
            - 2 * clock.margin()
        )
        text = clock.text()
        fits = not text or clock.fontMetrics().horizontalAdvance(text) < room
        beside = top.indexOf(clock) >= 0
        if fits and not beside:
            self._clock_row.removeWidget(clock)
            top.addWidget(clock, 1)
        elif not fits and beside:
            top.removeWidget(clock)
            self._clock_row.addWidget(clock, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_clock()

    def time_left_text(self) -> str:
        """'Answer within 15 hours' / 'Past the aim; ...' / 'Overdue by 2 days' / 'Answered'."""
        review, clock = self.review, answer_clock(self.settings)
        if review is None or not clock.is_waiting(review.status):
            return self.tr("Answered or closed")
        now = utc_now()
        limit = clock.due_at(review.created_at)
        stage = clock.stage(review.status, review.created_at, now)
        if stage == "overdue":
            late = now - limit
            if late.days >= 1:
                return self.tr("Overdue by %n day(s)", "", late.days)
            return self.tr("Overdue by %n hour(s)", "", max(1, late.seconds // 3600))
        seconds_left = (limit - now).total_seconds()
        hours_left = int(seconds_left // 3600)
        if hours_left < 1:  # "0 hours left" beside the inbox's "35 min left"
            minutes_left = max(1, int(seconds_left // 60))
            if stage == "past_aim":
                return self.tr("Later than your aim: %n minute(s) left to answer", "", minutes_left)
            return self.tr("Answer within %n minute(s)", "", minutes_left)
        if stage == "past_aim":
            return self.tr("Later than your aim: %n hour(s) left to answer", "", hours_left)
        return self.tr("Answer within %n hour(s)", "", hours_left)

    # -- overrides and publishing ---------------------------------------------------------
    def confirm_overrides(self) -> bool:
        """The user confirms each finding explicitly; the confirmation is logged at publish."""
        pending = self.unconfirmed()
        if not pending or self.review is None or any(not f.overridable for f in pending):
            return False
        lines = "\n".join(
            self.tr("• “{words}”: {reason}").format(words=f.text, reason=f.reason) for f in pending
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Publish passages the guard flagged?"),
            self.tr(
                "A public reply must not confirm that someone is a patient or mention health "
                "details, dates, prices or full names. Regulators have fined practices for "
                "such replies.\n\n{lines}\n\nPublish these passages anyway? Your confirmation "
                "is recorded."
            ).format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.confirmed.update(f.key for f in pending)
        log_event_override(self.db, self.review, pending)
        self.evaluate()
        return True

    def _publish_or_copy(self) -> None:
        if self._at_the_desk():
            self.ask_for_approval()
        elif self.approve_publish_button.isVisible():
            self.approve_and_publish()
        elif self.publish_button.isVisible():
            self.publish_now()
        else:
            self.copy_and_open()

    def publish_now(self) -> None:
        review = self.review
        if review is None or review.id is None or self.sending or self.elsewhere is not None:
            return
        if not self.publish_button.isVisible() or not self.publish_button.isEnabled():
            return
        self.save_now()
        text = self.text.toPlainText()
        source = get_source(self.db, review.source_id)
        if source is None:
            return
        if not self.confirm_publish(text, platform_label(review.platform or source.platform)):
            return
        db_path: Path = self.db.path
        confirmed = set(self.confirmed)
        station = self.station
        session, seen = self.session, self._seen_published_at

        def work(_progress: Progress) -> object:
            # imported on the worker: the platform clients pull in httpx and keyring
            from clinicrep.publishing import publish_to_platform

            with open_database(db_path) as db:
                return publish_to_platform(
                    db,
                    review,
                    text,
                    confirmed_overrides=confirmed,
                    session=session,
                    seen_published_at=seen,
                    station=station,
                )

        self.sending = True
        self.publish_button.setEnabled(False)
        self.state.setText(self.tr("Publishing…"))
        Op(self, work).on_success(self._published).on_failure(self._publish_failed).start()

    def confirm_publish(self, text: str, platform: str) -> bool:
        """The final text, where it goes and that it is public; publishing only on a yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Publish the reply?"),
            self.tr(
                "This reply will be public on {platform}: anyone who opens the review can "
                "read it, under the practice's name."
            ).format(platform=platform),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("publishConfirmation")
        box.setInformativeText(text)
        publish = box.addButton(
            self.tr("Publish on {platform}").format(platform=platform),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is publish

    def _published(self, reply: object) -> None:
        self.sending = False
        if self.closed:
            return
        review_id = self.review.id if self.review else None
        if review_id is not None:
            self._published_text = published_text(self.db, review_id)
            self.approval = get_approval(self.db, review_id)
            self._seen_published_at = getattr(reply, "published_at", None)
            self.release()  # done: the other PCs may answer it again
        self._show_state(reply)
        self._update_buttons()
        if review_id is not None:
            self.published.emit(review_id)

    def _publish_failed(self, error: BaseException) -> None:
        self.sending = False
        if self.closed:
            return
        from clinicrep.publishing import PublishBlocked

        if isinstance(error, PublishBlocked):
            self.evaluate()
            self.state.setText(self.tr("Not published: fix the highlighted passages first."))
        elif getattr(error, "code", "") in ("reply_changed_elsewhere", "reply_elsewhere"):
            # another PC answered it (or is answering it): show theirs, keep this text
            reply = get_reply(self.db, self.review.id) if self.review and self.review.id else None
            if self.review is not None and self.review.id is not None:
                self._published_text = published_text(self.db, self.review.id)
                self._seen_published_at = reply.published_at if reply is not None else None
            self._look_for_others()
            self.state.setText(user_message(error))
        elif getattr(error, "code", "") == "approval_needed":
            # the owner switched approval on (on another PC) since this reply was shown: the
            # text stays, and "Ask for approval" takes Publish's place
            from dataclasses import replace

            self.settings = replace(self.settings, approval_required=True)
            self._show_approval()
            self.state.setText(user_message(error))
        else:
            self.state.setText(user_message(error))
            reply = get_reply(self.db, self.review.id) if self.review and self.review.id else None
            if reply is not None and reply.state == ReplyState.SENDING:
                self._show_state(reply)
        self._update_buttons()

    def copy_and_open(self) -> None:
        """Where the platform has no reply API: copy the text, open the review's page.

        Nothing is published here: the review becomes answered when the user confirms
        that they pasted the reply on the site.
        """
        if self.review is None or not self.copy_button.isEnabled():
            return
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        if self.review.url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(self.review.url))
        self._copied = True
        self.state.setText(
            self.tr(
                "Copied — paste it on the site. Then press “I pasted it” and the review "
                "is marked answered."
            )
        )
        self.answered_button.setText(self.tr("I pasted it"))

    def _mark_answered(self) -> None:
        if self.review is not None and self.review.id is not None:
            self.save_now()
            if self._copied:
                log_event(
                    self.db,
                    Event(kind="reply_pasted", at=utc_now(), review_id=self.review.id),
                )
            self.status_change_requested.emit(self.review.id, Status.ANSWERED)

    # -- several PCs: who is replying ----------------------------------------------------
    def _claim(self) -> None:
        """The user writes: this window is the one replying (the others are told)."""
        review = self.review
        if review is None or review.id is None or self.closed or self.claimed == review.id:
            return
        if self.elsewhere is not None:
            return
        if time.monotonic() < self._claim_waits_until:
            return  # a keystroke does not wait on a busy store again (5 s each)
        try:
            other = claim_presence(self.db, review.id, session=self.session, who=workstation.name())
        except Exception as e:  # the server away: typing goes on, the claim comes later
            if not _presence_can_wait(e):
                raise
            log.warning("could not say who is replying: %s", type(e).__name__)
            self._claim_waits_until = time.monotonic() + PRESENCE_BEAT_MS / 1000
            return
        if other is not None:
            self._show_elsewhere(other)  # they were first: what was typed stays in the box
        else:
            self.claimed = review.id

    def release(self) -> None:
        """This window no longer replies to its review (moved on, published, closing)."""
        if self.claimed is None:
            return
        claimed, self.claimed = self.claimed, None
        try:
            release_presence(self.db, session=self.session, review_id=claimed)
        except Exception as e:  # the row expires by itself
            if not _presence_can_wait(e):
                raise
            log.warning("could not clear who is replying: %s", type(e).__name__)

    def _presence_beat(self) -> None:
        if self.closed or self.review is None or self.review.id is None:
            return
        if self.claimed == self.review.id:
            try:
                other = claim_presence(
                    self.db, self.review.id, session=self.session, who=workstation.name()
                )
            except Exception as e:
                if not _presence_can_wait(e):
                    raise
                log.warning("could not renew who is replying: %s", type(e).__name__)
                return
            if other is not None:  # this window was away too long and someone took over
                self.claimed = None
                self._show_elsewhere(other)
        else:
            self._look_for_others()

    def presence_changed(self, review_ids: object) -> None:
        """Another PC started or stopped replying (``review_ids``: a set, or None: any)."""
        review = self.review
        if review is None or review.id is None or self.closed:
            return
        if review_ids is not None and review.id not in review_ids:  # type: ignore[operator]
            return
        if self.claimed != review.id:
            self._look_for_others()

    def reply_changed_elsewhere(self, review_ids: object) -> None:
        """Another PC saved, published or removed a reply (``review_ids``: a set, or None)."""
        review = self.review
        if review is None or review.id is None or self.closed or self.sending:
            return
        if review_ids is not None and review.id not in review_ids:  # type: ignore[operator]
            return
        if self.claimed == review.id:
            return  # this window writes it: nobody else can have changed it
        self._reload_reply()

    def _look_for_others(self) -> None:
        review = self.review
        if review is None or review.id is None:
            self._show_elsewhere(None)
            return
        try:
            other = replying_elsewhere(self.db, review.id, self.session)
        except Exception as e:
            if not is_connection_lost(e):
                raise
            log.warning("could not read who is replying: %s", type(e).__name__)
            return
        was = self.elsewhere
        self._show_elsewhere(other)
        if was is not None and other is None:
            self._reload_reply()  # they are done: their text (or reply) is what is there now
        elif other is not None:
            self._reload_reply()  # read along as they write

    def _reload_reply(self) -> None:
        """Show the reply as the store has it now (never over what this window typed)."""
        review = self.review
        if review is None or review.id is None:
            return
        reply = get_reply(self.db, review.id)
        self._published_text = published_text(self.db, review.id)
        self._seen_published_at = reply.published_at if reply is not None else None
        if (
            reply is not None
            and reply.text
            and reply.text != self.text.toPlainText()
            and not self.dirty
        ):
            self._loading = True
            try:
                self.text.setPlainText(reply.text)
            finally:
                self._loading = False
            self._check_timer.start()
        self._show_state(reply)
        self._update_buttons()

    def _show_elsewhere(self, other: Presence | None) -> None:
        self.elsewhere = other
        if other is None:
            self.replying_note.hide()
            self.text.setReadOnly(False)
        else:
            self.replying_note.setText(
                self.tr(
                    "{name} is replying to this review on another PC. You can read along; "
                    "you can answer it once they are done."
                ).format(name=other.who)
            )
            self.replying_note.show()
            self.text.setReadOnly(True)
        self._update_buttons()


def _presence_can_wait(error: BaseException) -> bool:
    """Saying who is replying can wait for a later keystroke or beat: the shared server is
    away, or another program holds this PC's file (a backup, the unattended check); the
    receptionist typing her reply was shown "Something clinicrep did not expect happened"."""
    return is_connection_lost(error) or isinstance(error, DatabaseLocked)


def log_event_override(
    db: Database, review: Review, findings: list[ConfidentialityFinding]
) -> None:
    """The user's explicit confirmation, logged when given (publish logs it again when used)."""
    from clinicrep.model import Event

    log_event(
        db,
        Event(
            kind="guard_confirmed",
            at=utc_now(),
            review_id=review.id,
            detail={"codes": [f.code.value for f in findings], "words": [f.text for f in findings]},
        ),
    )


def _where_answered(info: object) -> str:
    """ "api", "site" (no reply API: pasted on the page) or "offline" (feedback in person)."""
    if info is not None and getattr(info, "kind", "") == "manual":
        return "offline"
    return "api" if info is not None and getattr(info, "can_publish", False) else "site"


class SendBackDialog(QDialog):
    """The owner's comment for the receptionist, shown above the reply on the desk's PC."""

    def __init__(self, asked_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendBackDialog")
        self.setWindowTitle(self.tr("Send the reply back"))
        label = QLabel(
            self.tr("What should {who} change? Your comment is shown above the reply.").format(
                who=asked_by or self.tr("the receptionist")
            )
        )
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("sendBackComment")
        self.text.setAccessibleName(self.tr("Comment for the receptionist"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(
            self.tr("Send back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send.setObjectName("sendBackConfirm")
        self.send.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.send.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 240)

    def comment(self) -> str:
        return self.text.toPlainText().strip()


def overlaps(findings: list[ConfidentialityFinding]) -> list[tuple[int, int]]:
    """The parts of the text that two or more findings share, merged, in text order."""
    spans = sorted((f.start, f.end) for f in findings if f.end > f.start)
    shared = sorted(
        (later_start, min(end, later_end))
        for i, (_start, end) in enumerate(spans)
        for later_start, later_end in spans[i + 1 :]
        if later_start < end
    )
    merged: list[tuple[int, int]] = []
    for start, end in shared:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
