"""GUI entry: show the window first, then build the services in the background."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.config import Config
    from packstation.services.app import Services
    from packstation.ui.context import UiContext
    from packstation.ui.main_window import MainWindow


BuildServices = Callable[["Config"], "Services"]


def run_gui(db_url: str | None, build: BuildServices, kiosk: bool = False) -> int:
    """``build`` is the composition root's (bootstrap.build_services): the GUI is handed the
    typed services and never wires them itself."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from packstation.config import Config
    from packstation.logging_setup import handler_for
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow, show_error_box
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    logging.basicConfig(level=logging.INFO, handlers=[handler_for(sys.stderr)])
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName("packstation")
    from packstation.ui.gc_guard import install as collect_on_gui_thread

    collect_on_gui_thread(qapp)  # Qt objects must never be collected on a worker thread
    add_japanese_font()
    qapp.setStyleSheet(BASE_CSS)
    window: MainWindow | None = None

    def show_error(error: BaseException) -> None:
        show_error_box(window, error)

    ctx = UiContext(tasks=Tasks(show_error), language=Language(), show_error=show_error)
    ctx.language.switch("ja")  # a Japanese warehouse by default; the admin's setting follows
    window = MainWindow(ctx)
    config = Config.from_env(db_url)
    if kiosk or config.kiosk:
        from packstation.ui.kiosk import enter_kiosk

        enter_kiosk(window)
    else:
        window.show()
    if os.environ.get("PACKSTATION_EXIT_WHEN_READY"):  # benchmarks/startup.py, smoke tests
        def ready() -> None:
            print(login_summary(window, ctx), flush=True)
            print("READY", flush=True)
            qapp.quit()

        window.ready.connect(ready)
        # The first turn of the event loop: the window is painted and takes keystrokes.
        QTimer.singleShot(0, lambda: print("WINDOW", flush=True))
    start_services(ctx, window, config, build)
    code = qapp.exec()
    ctx.tasks.shutdown()
    if ctx.services is not None:
        ctx.services.close()
    return code


def login_summary(window: MainWindow, ctx: UiContext) -> str:
    """One ASCII line saying what the login window shows, for the installed-build smoke test:
    the users to pick from and whether the translation was found (the button is not English)."""
    login = window.login
    translated = ctx.language.current == "en" or login.login_button.text() != "Log in (Enter)"
    return (f"LOGIN users={len(login.user_buttons.buttons())} language={ctx.language.current} "
            f"translated={'yes' if translated else 'no'}")


def add_japanese_font() -> None:
    """The shipped IPAexGothic, first in the style's font list: Japanese renders on a PC (or
    a kiosk without fonts-ipaexfont-gothic) that has no Japanese font of its own."""
    from PySide6.QtGui import QFontDatabase

    from packstation import resources

    if QFontDatabase.addApplicationFont(str(resources.font_file())) < 0:
        logging.getLogger(__name__).warning("the shipped Japanese font could not be loaded")


def start_services(ctx: UiContext, window: MainWindow, config: Config,
                   build: BuildServices) -> None:
    """Open (and migrate) the database off the UI thread; the login screen is already up."""
    ctx.tasks.db.submit(lambda: build(config), window.services_ready)
