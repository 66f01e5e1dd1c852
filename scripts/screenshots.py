"""Take the docs/screenshots/ pictures from the real app on demo data.

Run under a real X server (scripts/screenshots.sh starts Xvfb). Every picture is a grab of the
real window after the real services answered.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def wait_until(app: QApplication, check: Callable[[], bool], timeout_ms: int = 20000) -> None:
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(timeout_ms)
    while not check():
        if deadline.hasExpired():
            raise TimeoutError("screen did not get ready")
        app.processEvents()
        QTimer.singleShot(20, lambda: None)
        app.processEvents()


def main() -> int:
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services import demo
    from packstation.ui.app import start_services
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    OUT.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{tempfile.mkdtemp()}/demo.db"
    seeded = build(Config(db, "station-1"))
    demo.seed(seeded.uow, seeded.hasher)
    seeded.close()

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(BASE_CSS)
    ctx = UiContext(tasks=Tasks(print), language=Language(), show_error=print)
    ctx.language.switch("ja")
    window = MainWindow(ctx)
    window.show()
    start_services(ctx, window, Config(db, "station-1"))
    wait_until(app, lambda: bool(window.login.user_buttons.buttons()))

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / name))
        print("wrote", OUT / name)

    shot("login-ja.png")
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    shot("orders-ja.png")
    window.set_language("en")
    wait_until(app, lambda: True)
    shot("orders-en.png")
    window.lock()
    shot("login-en.png")
    ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
