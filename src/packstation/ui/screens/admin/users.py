"""Admin › users: who may log in, with which role; a forgotten PIN, a locked account, badges.

The list shows every user (deactivated ones last) with their state: active, locked for how
many more minutes, deactivated, or waiting to choose a new PIN. The selected user's actions
are above the form for a new user. Every change is one service call (services/admin/users),
audited with who and when; on a networked station the services refuse (users are central).
Keys: Ctrl+R role, Ctrl+P reset PIN, Ctrl+U unlock, Ctrl+D deactivate or reactivate,
Ctrl+N new user, Ctrl+S add, Ctrl+B badge cards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from packstation.domain.users import PIN_MAX, UserForm, UserView
from packstation.services.admin import users as users_admin
from packstation.ui.context import UiContext
from packstation.ui.models import Column, TableModel
from packstation.ui.screens.admin.common import (
    captioned,
    list_beside_panel,
    message_label,
    problem_report,
    read_only_table,
    shortcut,
    show_message,
)
from packstation.ui.widgets.base import Screen

ROLES = {"packer": QT_TRANSLATE_NOOP("UserColumns", "Packer"),
         "lead": QT_TRANSLATE_NOOP("UserColumns", "Shift lead"),
         "admin": QT_TRANSLATE_NOOP("UserColumns", "Admin")}


def _t(text: object) -> str:
    return QCoreApplication.translate("UserColumns", str(text))


def state_text(user: UserView) -> str:
    if not user.active:
        return _t(QT_TRANSLATE_NOOP("UserColumns", "Deactivated"))
    if user.locked_minutes:
        return _t(QT_TRANSLATE_NOOP("UserColumns", "Locked: %1 more min")).replace(
            "%1", str(user.locked_minutes))
    if user.must_change_pin:
        return _t(QT_TRANSLATE_NOOP("UserColumns", "New PIN at next login"))
    return _t(QT_TRANSLATE_NOOP("UserColumns", "Active"))


USER_COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("UserColumns", "Login"), lambda u: u.login),
    (QT_TRANSLATE_NOOP("UserColumns", "Name"), lambda u: u.display_name),
    (QT_TRANSLATE_NOOP("UserColumns", "Role"), lambda u: _t(ROLES.get(u.role, u.role))),
    (QT_TRANSLATE_NOOP("UserColumns", "Badge"), lambda u: u.badge_code),
    (QT_TRANSLATE_NOOP("UserColumns", "State"), state_text),
]


def _roles() -> QComboBox:
    box = QComboBox()
    for role in ROLES:
        box.addItem("", role)
    return box


def _pin() -> QLineEdit:
    field = QLineEdit(maxLength=PIN_MAX)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _big(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setMinimumHeight(44)  # a target for a gloved hand
    return button


class UsersPage(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = TableModel("UserColumns", USER_COLUMNS)
        self.table = read_only_table("users", self.model, row_height=36)
        self.table.verticalHeader().setVisible(False)
        self.role, self.temp_pin = _roles(), _pin()
        self.login, self.name = QLineEdit(maxLength=40), QLineEdit(maxLength=100)
        self.badge, self.first_pin = QLineEdit(maxLength=64), _pin()
        self.new_role, self.language = _roles(), QComboBox()
        for code in ("ja", "en"):
            self.language.addItem("", code)
        self.buttons = {key: _big(key) for key in (
            "change_role", "reset_pin", "unlock", "deactivate", "new_user", "add_user",
            "badges")}
        self.selected_box, self.new_box = QGroupBox(), QGroupBox()
        self.message = message_label()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _lay_out(self) -> None:
        grid = QGridLayout(self.selected_box)
        grid.addWidget(self.role, 0, 0)
        grid.addWidget(self.buttons["change_role"], 0, 1)
        grid.addWidget(self.temp_pin, 1, 0)
        grid.addWidget(self.buttons["reset_pin"], 1, 1)
        grid.addWidget(self.buttons["unlock"], 2, 0)
        grid.addWidget(self.buttons["deactivate"], 2, 1)
        form, self._captions = captioned([self.login, self.name, self.new_role, self.badge,
                                          self.language, self.first_pin])
        form.addRow(self.buttons["new_user"], self.buttons["add_user"])
        self.new_box.setLayout(form)
        panel = QVBoxLayout()
        for part in (self.selected_box, self.new_box, self.buttons["badges"], self.message):
            panel.addWidget(part)
        panel.addStretch()
        list_beside_panel(self, self.table, panel, 600)

    def _connect(self) -> None:
        keys: dict[str, tuple[str, Callable[[], None]]] = {
            "change_role": ("Ctrl+R", self.change_role), "reset_pin": ("Ctrl+P", self.reset_pin),
            "unlock": ("Ctrl+U", self.unlock), "deactivate": ("Ctrl+D", self.toggle_active),
            "new_user": ("Ctrl+N", self.start_new), "add_user": ("Ctrl+S", self.add),
            "badges": ("Ctrl+B", self.ask_badges_file)}
        for name, (key, slot) in keys.items():
            self.buttons[name].clicked.connect(slot)
            shortcut(key, self, slot)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

    def retranslate(self) -> None:
        captions = (self.tr("Login name"), self.tr("Name (screen and badge)"), self.tr("Role"),
                    self.tr("Badge code"), self.tr("Language"), self.tr("First PIN"))
        for label, text in zip(self._captions, captions, strict=True):
            label.setText(text)
        for box in (self.role, self.new_role):
            for i, role in enumerate(ROLES):
                box.setItemText(i, _t(ROLES[role]))
        for i, text in enumerate((self.tr("日本語"), self.tr("English"))):
            self.language.setItemText(i, text)
        self.temp_pin.setPlaceholderText(self.tr("Temporary PIN (4–12 digits)"))
        self.badge.setPlaceholderText(self.tr("e.g. BADGE-0003 (may be empty)"))
        texts = {"change_role": self.tr("Change role (Ctrl+R)"),
                 "reset_pin": self.tr("Reset PIN (Ctrl+P)"), "unlock": self.tr("Unlock (Ctrl+U)"),
                 "new_user": self.tr("Clear (Ctrl+N)"), "add_user": self.tr("Add user (Ctrl+S)"),
                 "badges": self.tr("Badge cards PDF (Ctrl+B)")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.new_box.setTitle(self.tr("New user: chooses their own PIN at the first login"))
        self.model.retranslate()
        self._selected()

    def labels(self) -> dict[str, str]:
        return {"login": self.tr("Login name"), "display_name": self.tr("Name (screen and badge)"),
                "role": self.tr("Role"), "badge_code": self.tr("Badge code"),
                "language": self.tr("Language"), "pin": self.tr("First PIN")}

    # -- the list ----------------------------------------------------------------------------
    def current(self) -> UserView | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _selected(self) -> None:
        user = self.current()
        self.selected_box.setEnabled(user is not None)
        self.selected_box.setTitle(self.tr("Selected: %1").replace(
            "%1", f"{user.display_name} ({user.login})" if user else "—"))
        if user is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.buttons["deactivate"].setText(
            self.tr("Reactivate (Ctrl+D)") if user is not None and not user.active
            else self.tr("Deactivate (Ctrl+D)"))
        self.buttons["unlock"].setEnabled(bool(user and user.locked_minutes))

    def load(self, select: str = "") -> None:
        users, actor = self.ctx.require_services().users, self.ctx.session
        shown = self.current()
        keep = select or (shown.login if shown else "")
        if actor is None:
            return
        self.ctx.tasks.db.submit(lambda: users.list_users(actor),
                                 lambda rows: self._listed(rows, keep), self._refused)

    def _listed(self, rows: list[UserView], keep: str) -> None:
        self.model.set_rows(rows)
        logins = [u.login for u in rows]
        if logins:
            self.table.selectRow(logins.index(keep) if keep in logins else 0)
        self._selected()

    # -- the selected user's actions --------------------------------------------------------
    def _act(self, call: Callable[[users_admin.Actor], UserView], done: str) -> None:
        """One service call for the logged-in admin; the list is read again after it."""
        actor = self.ctx.session
        if actor is None:
            return
        self.ctx.tasks.db.submit(lambda: call(actor), lambda user: self._done(user, done),
                                 self._refused)

    def _done(self, user: UserView, text: str) -> None:
        self.temp_pin.clear()  # a PIN stays in its field only while it is refused
        show_message(self.message, text.replace("%1", f"{user.display_name} ({user.login})"),
                     True)
        self.load(user.login)

    def _refused(self, error: BaseException) -> None:
        show_message(self.message, problem_report(error, self.labels()), False)

    def change_role(self) -> None:
        users, user, role = self.ctx.require_services().users, self.current(), \
            self.role.currentData()
        if user is not None:
            self._act(lambda actor: users.set_role(actor, user.login, role),
                      self.tr("%1: role changed."))

    def reset_pin(self) -> None:
        users, user, pin = self.ctx.require_services().users, self.current(), \
            self.temp_pin.text()
        if user is not None:
            self._act(lambda actor: users.reset_pin(actor, user.login, pin),
                self.tr("%1: PIN reset. A new PIN is asked at the next login."))

    def unlock(self) -> None:
        users, user = self.ctx.require_services().users, self.current()
        if user is not None:
            self._act(lambda actor: users.unlock(actor, user.login),
                      self.tr("%1: unlocked."))

    def toggle_active(self) -> None:
        users, user = self.ctx.require_services().users, self.current()
        if user is None:
            return
        text = self.tr("%1: active again.") if not user.active else \
            self.tr("%1: deactivated. The name stays in the history.")
        self._act(lambda actor: users.set_active(actor, user.login, not user.active), text)

    # -- a new user ----------------------------------------------------------------------------
    def start_new(self) -> None:
        for field in (self.login, self.name, self.badge, self.first_pin):
            field.clear()
        self.message.clear()
        self.login.setFocus()

    def form(self) -> UserForm:
        return UserForm(self.login.text(), self.name.text(), self.new_role.currentData(),
                        self.first_pin.text(), self.badge.text(), self.language.currentData())

    def add(self) -> None:
        # The PIN stays while the form is refused (to be corrected, not retyped blind);
        # start_new() clears it once the user is added.
        users, form = self.ctx.require_services().users, self.form()

        def added(user: UserView) -> None:
            self.start_new()
            self._done(user, self.tr("%1 added."))

        actor = self.ctx.session
        if actor is not None:
            self.ctx.tasks.db.submit(lambda: users.add(actor, form), added, self._refused)

    # -- badge cards -------------------------------------------------------------------------
    def ask_badges_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        default = Path(folder or Path.home()) / "badges.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Badge cards"), str(default), self.tr("PDF (*.pdf)"))
        if path:
            self.write_badges(Path(path))

    def write_badges(self, path: Path) -> None:
        """Every active user's badge card, ten to an A4 sheet (rendered off the UI thread)."""
        users, actor = self.ctx.require_services().users, self.ctx.session
        if actor is None:
            return

        def write() -> Path:
            path.write_bytes(users.badge_cards(actor))
            return path

        self.ctx.tasks.work.submit(write, lambda done: show_message(
            self.message, self.tr("Badge cards saved: %1").replace("%1", str(done)), True),
            self._refused)

