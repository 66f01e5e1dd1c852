"""GUI fixtures: the real main window on a copy of the demo database (pytest-qt, offscreen)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """A window's test switches automatic collection off (ui/gc_guard.py); afterwards the
    garbage goes on this (the GUI) thread and the tests that follow collect as usual."""
    yield
    import gc

    gc.collect()
    gc.enable()


@contextmanager
def window_on(qtbot, app) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The real main window in English on a built app: handed its services, the login list
    shown, unexpected errors collected in `win.errors`, the app's wiring in `win.app` (for
    the tests' own look into the database). Closes the app afterwards."""
    from PySide6.QtWidgets import QApplication

    from packstation.ui.context import UiContext
    from packstation.ui.gc_guard import install as collect_on_gui_thread
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.tasks import Tasks

    app_qt = QApplication.instance()
    assert app_qt is not None
    collect_on_gui_thread(app_qt)  # as the app does: no collection on a worker thread
    errors: list[BaseException] = []
    ctx = UiContext(tasks=Tasks(errors.append), language=Language(), show_error=errors.append)
    ctx.language.switch("en")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        win.app = app
        win.services_ready(app.services)
        qtbot.waitUntil(lambda: len(win.login.user_buttons.buttons()) == 4, timeout=10000)
        win.errors = errors
        yield win
    finally:
        ctx.language.switch("en")
        ctx.tasks.shutdown()
        app.close()


@pytest.fixture
def window(qtbot, demo_db: str) -> Iterator[object]:
    from packstation.bootstrap import build
    from packstation.config import Config

    with window_on(qtbot, build(Config(demo_db, "gui-station"))) as win:
        yield win


def use_fakes(win, **camera: Any) -> None:
    """Hand the window services whose camera parts are the test's fakes (`open`: device →
    frames, `decoder`, `evidence`: keep_days → recorder); the rest stays real."""
    from dataclasses import replace

    services = win.ctx.require_services()
    win.ctx.services = replace(services, camera=replace(services.camera, **camera))


def rewire(win) -> None:
    """After a test swapped a part of `win.app` (its unit of work): the services again."""
    win.app.__dict__.pop("services", None)  # the cached wiring
    win.ctx.services = win.app.services


def log_in(qtbot, win, who: str = "sato", pin: str = "1111") -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClicks(win.login.who, who)
    qtbot.keyClick(win.login.who, Qt.Key.Key_Return)
    qtbot.keyClicks(win.login.pin, pin)
    qtbot.keyClick(win.login.pin, Qt.Key.Key_Return)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A translator is process-wide: whatever a test switched to, the next starts in English
    (each Language installs its QTranslator as a child of the application)."""
    yield
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English))
