"""The main window: login, then the screens the user's role allows. Thin: wiring only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.model import Role
from packstation.services import settings as settings_service
from packstation.services.app import Services
from packstation.services.dto import OrderDetail, SessionUser
from packstation.services.retention import DAILY_MS
from packstation.services.weighing.weigh import WeighResult
from packstation.ui.context import UiContext
from packstation.ui.errors import describe
from packstation.ui.focus import FocusKeeper
from packstation.ui.screens.login import LoginScreen
from packstation.ui.screens.order_detail import OrderDetailDialog
from packstation.ui.screens.orders import OrdersScreen
from packstation.ui.screens.packer import PackerScreen
from packstation.ui.widgets.sync_status import SyncIndicator


class _IdleWatcher(QObject):
    """Any key or pointer event restarts the idle timer."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)  # dies with the timer: never filters for a deleted window
        self.timer = timer

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.TouchBegin) and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    ready = Signal()  # the login screen is usable: users listed, settings applied

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.resize(1366, 768)
        self.login = LoginScreen(ctx)
        self.tabs = QTabWidget(objectName="tabs")
        self.packer = PackerScreen(ctx)
        self.orders = OrdersScreen(ctx)
        self.tabs.addTab(self.packer, "")
        self.tabs.addTab(self.orders, "")
        # The lead's review and the admin screens are built when someone who may see them logs
        # in: a packer's login window comes up without paying for them (benchmarks/startup.py).
        self._review: QWidget | None = None
        self._admin: QWidget | None = None
        self._sorting: Any = None  # 種まき: built when a batch is first scanned or resumed
        self.user_label = QLabel(objectName="hint")
        self.lock_button = QPushButton(objectName="lock")
        self.lang_button = QPushButton(objectName="language")
        self.settings_button = QPushButton(objectName="settings")
        self.sync_status = SyncIndicator()  # networked mode only
        self.floor_button = QPushButton(objectName="floor")  # networked, leads only
        self.floor_button.hide()
        self.printers_button = QPushButton(objectName="printers")
        self.work = QWidget()
        col = QVBoxLayout(self.work)
        top = QHBoxLayout()
        top.addWidget(self.user_label)
        top.addStretch()
        top.addWidget(self.floor_button)
        top.addWidget(self.printers_button)
        top.addWidget(self.settings_button)
        top.addWidget(self.lang_button)
        top.addWidget(self.lock_button)
        col.addLayout(top)
        # Beside the tabs, where there is room: in the top row a networked lead's buttons and
        # the sync status together would push the window past a 1366-pixel bench screen.
        self.tabs.setCornerWidget(self.sync_status, Qt.Corner.TopRightCorner)
        col.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.work)
        self.setCentralWidget(self.stack)
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self._watcher = _IdleWatcher(self.idle)
        instance = QApplication.instance()
        if instance is not None:
            instance.installEventFilter(self._watcher)
            self.destroyed.connect(lambda: instance.removeEventFilter(self._watcher))
        self._connect()
        self.retranslate()
        # At start, after a login and after every dialog: the focus is here, on the scan field
        # (with or without a window manager; kiosk mode only adds full screen).
        self.focus = FocusKeeper(self, self.home_field)

    def home_field(self) -> QWidget | None:
        """Where the keyboard belongs now: the scan field while packing, the badge field on
        the login screen unless the user is already in it (PIN, new PIN); elsewhere (orders,
        admin) wherever Qt put the focus back."""
        if self.stack.currentWidget() is self.login:
            focused = QApplication.focusWidget()
            return None if focused is not None and self.login.isAncestorOf(focused) \
                else self.login.who
        return self.packer.field if self.tabs.currentWidget() is self.packer else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.focus.take)  # once the window is mapped

    @property
    def review(self) -> Any:
        """The shift lead's mis-pick review and KPIs (screens/review/screen.py), built on first
        use."""
        if self._review is None:
            from packstation.ui.screens.review.screen import ReviewScreen

            self._review = ReviewScreen(self.ctx)
            self._review.bench_sheet_button.clicked.connect(self.print_bench_sheet)
        return self._review

    @property
    def admin(self) -> Any:
        """The admin's catalogue screens (screens/admin.py), built on first use."""
        if self._admin is None:
            from packstation.ui.screens.admin.window import AdminScreen

            self._admin = AdminScreen(self.ctx)
        return self._admin

    @property
    def sorting(self) -> Any:
        """Sorting a batch at the bench (screens/sorting.py), a tab from its first use."""
        if self._sorting is None:
            from packstation.ui.screens.sorting import SortScreen

            self._sorting = SortScreen(self.ctx)
            self._sorting.pack_requested.connect(self._pack_from_batch)
            self._sorting.order_scanned.connect(self._pack_from_batch)
            self.tabs.insertTab(2, self._sorting, "")
            self.retranslate()
        return self._sorting

    def open_batch(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.sorting)
        self.sorting.open_batch(code)

    def show_sorting(self) -> None:
        if self._sorting is not None:
            self.tabs.setCurrentWidget(self._sorting)
            self._sorting.field.setFocus()

    def _pack_from_batch(self, order_no: str) -> None:
        self.tabs.setCurrentWidget(self.packer)
        self.packer.open_order_no(order_no)
        self.packer.field.setFocus()

    def _resume_sorting(self) -> None:
        """After a restart or a login: the batch this station was sorting comes back."""
        services, packer = self.ctx.services, self.ctx.packer()
        if services is not None:
            self.ctx.tasks.db.submit(lambda: services.packing.resume_batch(packer),
                                     lambda r: self.sorting.show_result(r) if r else None)

    def _connect(self) -> None:
        self.login.logged_in.connect(self.on_logged_in)
        self.login.language_toggled.connect(self.toggle_language)
        self.lang_button.clicked.connect(self.toggle_language)
        self.lock_button.clicked.connect(self.lock)
        self.orders.order_chosen.connect(self.show_order)
        self.packer.batch_scanned.connect(self.open_batch)
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.show_sorting)
        QShortcut(QKeySequence("F2"), self, lambda: self.tabs.setCurrentWidget(self.packer))
        QShortcut(QKeySequence("F3"), self, lambda: self.tabs.setCurrentWidget(self.orders))
        self.orders.import_requested.connect(self.open_import)
        QShortcut(QKeySequence("Ctrl+R"), self, self.show_review)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        QShortcut(QKeySequence("F12"), self, self.toggle_language)
        QShortcut(QKeySequence("Ctrl+I"), self, self.open_import)
        QShortcut(QKeySequence("F11"), self, self.open_settings)
        QShortcut(QKeySequence("Ctrl+H"), self, self.open_floor)
        self.floor_button.clicked.connect(self.open_floor)
        QShortcut(QKeySequence("Ctrl+M"), self, self.open_admin)
        self.settings_button.clicked.connect(self.open_settings)
        self.printers_button.clicked.connect(self.open_printers)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.open_printers)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.print_bench_sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("packstation — packing station"))
        self.tabs.setTabText(0, self.tr("Packing (F2)"))
        self.tabs.setTabText(1, self.tr("Orders (F3)"))
        if self._sorting is not None and self.tabs.indexOf(self._sorting) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self._sorting),
                                 self.tr("Sorting (Ctrl+Shift+B)"))
        if self._review is not None and self.tabs.indexOf(self._review) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self._review),
                                 self.tr("Mis-pick review (Ctrl+R)"))
        if self._admin is not None and self.tabs.indexOf(self._admin) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self._admin), self.tr("Admin (Ctrl+M)"))
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.settings_button.setText(self.tr("Settings (F11)"))
        self.floor_button.setText(self.tr("Floor (Ctrl+H)"))
        self.printers_button.setText(self.tr("Printers (Ctrl+Shift+P)"))
        self.lang_button.setText(self.tr("日本語 / English (F12)"))
        user = self.ctx.session
        if user is not None:
            role = {Role.PACKER: self.tr("Packer"), Role.LEAD: self.tr("Shift lead"),
                    Role.ADMIN: self.tr("Admin")}[user.role]
            station = self.ctx.services.station if self.ctx.services else ""
            self.user_label.setText(f"{user.display_name} ({role}) · {station}")

    # -- start-up ---------------------------------------------------------------------------
    def services_ready(self, services: Services) -> None:
        self.ctx.services = services
        # Start-up purged already (bootstrap); a station left running purges daily too.
        self.purge_timer = QTimer(self, interval=DAILY_MS)
        self.purge_timer.timeout.connect(lambda: self.ctx.tasks.db.submit(
            services.orders.forget_personal_data))
        self.purge_timer.start()
        if services.sync is not None:  # networked: push, heartbeat and status in the background
            services.sync.start()
            self.sync_status.attach(services.sync)
        self.login.services_ready()
        self.ctx.tasks.db.submit(lambda: (services.admin.load_settings(),
                                          services.auth.list_users()), self._loaded)
        from packstation.ui.weighing_text import label_hook

        # A label waits for the scale's verdict (issue 8).
        services.printing.queue.set_before_label(label_hook(services.weighing))
        self.packer.weigh.weighed.connect(self._weighed)
        self.packer.print_panel.attach(services)  # the queue starts after the login is ready

    def _weighed(self, result: WeighResult) -> None:
        """The box weighs right now: the label held for the weight goes out by itself."""
        if not result.stops_label:
            self.packer.print_panel.retry_held(result.order_no)

    def _loaded(self, result: tuple[settings_service.Settings, list[SessionUser]]) -> None:
        settings, users = result
        self.ctx.settings = settings
        self.set_language(settings.language)
        self.login.set_users(users)
        self.ready.emit()

    # -- session ----------------------------------------------------------------------------
    def on_logged_in(self, user: SessionUser) -> None:
        self.ctx.session = user
        self.set_language(user.language)
        can_admin = user.role.can(Role.ADMIN)
        self.orders.set_can_import(can_admin)
        is_lead = user.role.can(Role.LEAD)
        if is_lead and self.tabs.indexOf(self.review) < 0:
            self.tabs.insertTab(2, self.review, "")
        if self._review is not None and self.tabs.indexOf(self._review) >= 0:
            self.tabs.setTabVisible(self.tabs.indexOf(self._review), is_lead)
        self.settings_button.setVisible(can_admin)
        self.floor_button.setVisible(self.ctx.services is not None
                                     and self.ctx.services.sync is not None
                                     and user.role.can(Role.LEAD))
        self.printers_button.setVisible(can_admin)
        if can_admin and self.tabs.indexOf(self.admin) < 0:
            self.tabs.addTab(self.admin, "")
        elif not can_admin and self._admin is not None and self.tabs.indexOf(self._admin) >= 0:
            self.tabs.removeTab(self.tabs.indexOf(self._admin))
        self.retranslate()
        self.stack.setCurrentWidget(self.work)
        self._start_idle_timer()
        self.orders.refresh()
        self.tabs.setCurrentWidget(self.packer)
        self.packer.resume()
        self._resume_sorting()
        services = self.ctx.services
        if services is not None and not getattr(self, "_warmed", False):
            self._warmed = True  # reportlab and the font load now, not at start-up: the first
            self.ctx.tasks.work.submit(services.printing.documents.warm_up)  # label at once
        if user.role.can(Role.LEAD):
            self.review.start()

        self.packer.field.setFocus()
        self.focus.take()

    def _start_idle_timer(self) -> None:
        minutes = self.ctx.settings.idle_lock_minutes if self.ctx.settings else 10
        self.idle.setInterval(minutes * 60_000)
        self.idle.start()

    def lock(self) -> None:
        """Back to the login screen; nothing of the last user stays on screen."""
        self.idle.stop()
        self.ctx.session = None
        self.packer.clear()  # the next user never sees this one's order
        self.stack.setCurrentWidget(self.login)
        self.login.reset()

    # -- language ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang != self.ctx.language.current and not self.ctx.language.switch(lang):
            self.ctx.show_error(OSError(f"translation for {lang} not found"))

    def toggle_language(self) -> None:
        self.set_language("en" if self.ctx.language.current == "ja" else "ja")

    # -- actions ----------------------------------------------------------------------------
    def show_review(self) -> None:
        """The lead's mis-pick review (Ctrl+R); not for packers."""
        user = self.ctx.session
        if user is not None and user.role.can(Role.LEAD):
            self.tabs.setCurrentWidget(self.review)
            self.review.refresh()
            self.review.records_table.setFocus()

    def show_order(self, order_no: str) -> None:
        services = self.ctx.require_services()

        def show(detail: OrderDetail) -> None:
            OrderDetailDialog(detail, self).open()

        self.ctx.tasks.db.submit(lambda: services.orders.detail(order_no), show)

    def open_floor(self) -> None:
        """The lead's floor view: who holds which order, conflicts (networked mode)."""
        user, services = self.ctx.session, self.ctx.services
        if user is None or services is None or services.sync is None or \
                not user.role.can(Role.LEAD):
            return
        from packstation.ui.screens.floor_dialog import FloorDialog

        FloorDialog(self.ctx, self).open()

    def open_settings(self) -> None:
        if not _is_admin(self.ctx):
            return
        from packstation.ui.screens.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.accepted.connect(self.packer.settings_changed)
        dialog.open()

    def open_printers(self) -> None:
        if not _is_admin(self.ctx):
            return
        from packstation.ui.screens.printing.printers_dialog import PrintersDialog

        PrintersDialog(self.ctx, self).open()
    def print_bench_sheet(self) -> None:
        """Ctrl+Shift+A (leads, admins): the confirmation barcodes for the bench, on this
        station's 納品書 printer; the outcome in a box (screens/printing/bench_sheet.py)."""
        user = self.ctx.session
        if user is None or not user.role.can(Role.LEAD) or self.stack.currentWidget() \
                is not self.work:
            return
        from packstation.ui.screens.printing.bench_sheet import (
            print_bench_sheet,
            report_in_box,
        )

        print_bench_sheet(self.ctx, report_in_box(self))

    def open_admin(self) -> None:
        if _is_admin(self.ctx) and self.stack.currentWidget() is self.work:
            self.tabs.setCurrentWidget(self.admin)
            self.admin.pages.tabBar().setFocus()

    def open_import(self) -> None:
        user = self.ctx.session
        if user is None or not user.role.can(Role.ADMIN):
            return
        from packstation.ui.screens.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.orders.refresh())
        dialog.open()


def _is_admin(ctx: UiContext) -> bool:
    return ctx.session is not None and ctx.session.role.can(Role.ADMIN)


def show_error_box(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "packstation", describe(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
