"""Login: pick a user or scan a badge, then the PIN. Keyboard and scanner only.

A wrong PIN puts the cursor back in the badge field (the next scan replaces what is there); a
locked account says for how many minutes. A demo or reset PIN is replaced before the work
starts: the new PIN is asked twice (NewPinStep)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.users import PIN_MAX, PIN_MIN
from packstation.services.dto import SessionUser
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.widgets.base import Screen


class LoginScreen(Screen):
    logged_in = Signal(object)  # SessionUser
    language_toggled = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._users: list[SessionUser] = []
        self._typed_pin = ""  # kept only while a new PIN is asked: change_pin checks it again
        self._changing: SessionUser | None = None
        self.title = QLabel(objectName="title")
        self.station = QLabel(objectName="hint")
        self.users_box = QGridLayout()
        self.user_buttons = QButtonGroup(self)
        self.user_buttons.setExclusive(True)
        self.who = QLineEdit(objectName="who")
        self.pin = QLineEdit(objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.login_button = QPushButton(objectName="login")
        self.login_button.setDefault(True)
        self.lang_button = QPushButton(objectName="language")
        self.message = QLabel(objectName="error")
        self.message.setWordWrap(True)
        self.new_pin = NewPinStep()
        self._layout()
        self.who.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.lang_button.clicked.connect(self.language_toggled.emit)
        self.user_buttons.idClicked.connect(self._pick_user)
        self.new_pin.submitted.connect(self._change_pin)
        self.new_pin.cancelled.connect(self.reset)
        self.retranslate()

    def _layout(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(60, 30, 60, 30)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.lang_button)
        col.addLayout(top)
        col.addWidget(self.station)
        self.pick_label = QLabel()
        col.addWidget(self.pick_label)
        col.addLayout(self.users_box)
        self.who_label = QLabel()
        col.addWidget(self.who_label)
        col.addWidget(self.who)
        self.pin_label = QLabel()
        col.addWidget(self.pin_label)
        col.addWidget(self.pin)
        col.addWidget(self.login_button)
        col.addWidget(self.new_pin)
        col.addWidget(self.message)
        col.addStretch()

    def retranslate(self) -> None:
        self.title.setText(self.tr("packstation — Log in"))
        self.pick_label.setText(self.tr("Choose your name (or scan your badge):"))
        self.who_label.setText(self.tr("Badge or login name"))
        self.who.setPlaceholderText(self.tr("Scan your badge here"))
        self.pin_label.setText(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("Enter your PIN and press Enter"))
        self.login_button.setText(self.tr("Log in (Enter)"))
        self.lang_button.setText(self.tr("日本語 / English"))
        self.station.setText(self.tr("Station: %1").replace(
            "%1", self.ctx.services.station if self.ctx.services else "…"))
        self.new_pin.retranslate()

    def reset(self) -> None:
        """Clear everything typed: the next person starts fresh."""
        self._typed_pin, self._changing = "", None
        self.new_pin.stop()
        self._enable_login(True)
        self.who.clear()
        self.pin.clear()
        self.message.clear()
        self.who.setFocus()

    def services_ready(self) -> None:
        self.retranslate()
        if getattr(self, "_pending", False):
            self.message.clear()
            self.submit()

    def set_users(self, users: list[SessionUser]) -> None:
        self._users = users
        for b in self.user_buttons.buttons():
            self.user_buttons.removeButton(b)
            b.deleteLater()
        for i, user in enumerate(users):
            b = QPushButton(user.display_name)
            b.setCheckable(True)
            b.setMinimumHeight(64)
            self.user_buttons.addButton(b, i)
            self.users_box.addWidget(b, i // 4, i % 4)
        self.retranslate()

    def _pick_user(self, index: int) -> None:
        self.who.setText(self._users[index].login)
        self.pin.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        services = self.ctx.services
        if services is None:
            # Scanned before the database was open: log in as soon as it is (see services_ready).
            self.message.setText(self.tr("Opening the database…"))
            self._pending = True
            return
        self._pending = False
        who, pin = self.who.text().strip(), self.pin.text()
        if not who:
            self.message.setText(self.tr("Scan your badge or choose your name first."))
            self.who.setFocus()
            return
        self.login_button.setEnabled(False)
        self.ctx.tasks.db.submit(
            lambda: services.auth.login(who, pin),
            self._succeeded, self._failed)

    def _succeeded(self, user: SessionUser) -> None:
        self.login_button.setEnabled(True)
        if user.must_change_pin:
            self._ask_new_pin(user)
            return
        self.reset()
        self.logged_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        """Back to the badge field, its text selected: the next scan replaces it."""
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.who.setFocus(Qt.FocusReason.OtherFocusReason)
        self.who.selectAll()
        self.message.setText(describe(error))

    # -- a demo or reset PIN: a new one first ------------------------------------------------
    def _ask_new_pin(self, user: SessionUser) -> None:
        self._typed_pin, self._changing = self.pin.text(), user
        self.pin.clear()
        self.message.clear()
        self._enable_login(False)
        self.new_pin.start(user.display_name)

    def _enable_login(self, on: bool) -> None:
        for widget in (self.who, self.pin, self.login_button, *self.user_buttons.buttons()):
            widget.setEnabled(on)

    def _change_pin(self, new: str, again: str) -> None:
        services, user, current = self.ctx.require_services(), self._changing, self._typed_pin
        if user is None:
            return
        self.ctx.tasks.db.submit(
            lambda: services.auth.change_pin(user.login, current_pin=current, new_pin=new,
                                             again=again),
            self._pin_changed, self._pin_refused)

    def _pin_changed(self, user: SessionUser) -> None:
        self.reset()
        self.logged_in.emit(user)

    def _pin_refused(self, error: BaseException) -> None:
        self.new_pin.refused(describe(error))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.who.setFocus(Qt.FocusReason.OtherFocusReason)


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    field.setMinimumHeight(48)
    return field


class NewPinStep(QWidget):
    """The new PIN, twice, after a login with a demo or reset PIN. Enter moves on and then
    saves; Esc goes back to the login. A refusal says why and starts the two fields over."""

    submitted = Signal(str, str)  # new PIN, again
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="new_pin_step")
        self.explain = QLabel(objectName="new_pin_explain", wordWrap=True)
        self.first, self.again = _pin_field("new_pin"), _pin_field("new_pin_again")
        self.save = QPushButton(objectName="save_pin", minimumHeight=56)
        self.problem = QLabel(objectName="error", wordWrap=True)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self.explain)
        form.addRow(self._labels[0], self.first)
        form.addRow(self._labels[1], self.again)
        form.addRow(self.save)
        form.addRow(self.problem)
        self.first.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self._submit)
        self.save.clicked.connect(self._submit)
        QShortcut(QKeySequence("Esc"), self, self.cancelled.emit)
        self.name = ""
        self.setVisible(False)

    def retranslate(self) -> None:
        self.explain.setText(self.tr(
            "%1: your PIN is a demo or temporary PIN. Choose your own PIN (%2 to %3 digits) "
            "and type it twice. Esc goes back.").replace("%1", self.name)
            .replace("%2", str(PIN_MIN)).replace("%3", str(PIN_MAX)))
        self._labels[0].setText(self.tr("New PIN"))
        self._labels[1].setText(self.tr("New PIN again"))
        self.save.setText(self.tr("Save the new PIN and start (Enter)"))

    def start(self, name: str) -> None:
        self.name = name
        self.retranslate()
        self.problem.clear()
        self.setVisible(True)
        self._over()

    def stop(self) -> None:
        self.first.clear()
        self.again.clear()
        self.setVisible(False)

    def refused(self, text: str) -> None:
        self.problem.setText(text)
        self._over()

    def _over(self) -> None:
        self.first.clear()
        self.again.clear()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.submitted.emit(self.first.text(), self.again.text())
