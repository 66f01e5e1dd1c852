"""Login: pick a user or scan a badge, then the PIN. Keyboard and scanner only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

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
        self._layout()
        self.who.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.lang_button.clicked.connect(self.language_toggled.emit)
        self.user_buttons.idClicked.connect(self._pick_user)
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

    def reset(self) -> None:
        """Clear everything typed: the next person starts fresh."""
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
        self.reset()
        self.logged_in.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.message.setText(describe(error))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.who.setFocus(Qt.FocusReason.OtherFocusReason)
