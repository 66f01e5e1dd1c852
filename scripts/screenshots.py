"""Take the docs/screenshots/ pictures from the real app on demo data.

Run under a real X server (scripts/screenshots.sh starts Xvfb). Every picture is a grab of the
real window after the real services answered.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from packstation.config import Config

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


def settle(app: QApplication, ms: int = 400) -> None:
    """Let pending layout and paint events run for a moment."""
    from PySide6.QtCore import QElapsedTimer

    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < ms:
        app.processEvents()


def demo_db() -> str:
    """A fresh SQLite file with the demo shop."""
    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.services.demo import seed as demo

    db = f"sqlite:///{tempfile.mkdtemp()}/demo.db"
    seeded = build(Config(db, "station-1"))
    demo.seed(seeded.uow, seeded.hasher)
    seeded.close()
    return db


def open_window(config: Config, *, size: tuple[int, int] | None = None,
                camera: dict[str, Any] | None = None) -> tuple[QApplication, Any, Any]:
    """The real main window in Japanese on `config`, services started, users listed; the
    app's wiring in `window.app`, `camera` replaces parts of the camera (e.g. `open`)."""
    from dataclasses import replace

    from packstation.bootstrap import build
    from packstation.ui.app import start_services
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    OUT.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setStyleSheet(BASE_CSS)
    ctx = UiContext(tasks=Tasks(print), language=Language(), show_error=print)
    ctx.language.switch("ja")
    window = MainWindow(ctx)
    if size:
        window.resize(*size)
    window.show()

    def wired(c: Config) -> Any:
        window.app = build(c)
        services = window.app.services
        return replace(services, camera=replace(services.camera, **camera)) if camera \
            else services

    start_services(ctx, window, config, wired)
    wait_until(app, lambda: bool(window.login.user_buttons.buttons()))
    return app, ctx, window


def plain_demo_order(uow: Any) -> tuple[str, list[Any]]:
    """A demo order of two lines or more, every unit scanned one by one (no serials, no keyed
    counts) and every product measured."""
    from packstation.services import orders

    return next(
        (s.order_no, orders.detail(uow, s.order_no).lines) for s in orders.search(uow)
        if len(orders.detail(uow, s.order_no).lines) >= 2 and not any(
            ln.sku.startswith(("PEN", "EARBUD")) or ln.missing_measurements
            for ln in orders.detail(uow, s.order_no).lines))


def scanner(app: QApplication, packer: Any) -> Callable[[str], None]:
    """scan(code): as the scan field would, returning once the screen showed the result."""
    done: list[object] = []
    packer.result_shown.connect(done.append)

    def scan(code: str) -> None:
        count = len(done)
        packer.on_scanned(code, False)
        wait_until(app, lambda: len(done) > count)
    return scan


def main() -> int:
    from packstation.config import Config

    app, ctx, window = open_window(Config(demo_db(), "station-1"))

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / name))
        print("wrote", OUT / name)

    shot("login-ja.png")
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    wait_until(app, lambda: ctx.tasks.db.pending == 0)
    _packer_shots(app, window, shot)
    window.tabs.setCurrentWidget(window.orders)
    shot("orders-ja.png")
    window.set_language("en")
    settle(app)  # the layouts take the new texts' sizes on the next turns of the loop
    shot("orders-en.png")
    window.lock()
    settle(app)
    shot("login-en.png")
    from screenshots_review import review_shots  # the lead's review screen (scripts/)

    review_shots(app, window, shot, wait_until)
    ctx.tasks.shutdown()
    return 0


def _packer_shots(app: QApplication, window: object, shot: Callable[[str], None]) -> None:
    """OK, a refused look-alike, and a completed order, on the real packer screen."""
    from packstation.services.demo import shop as demo_shop

    packer = window.packer  # type: ignore[attr-defined]
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    order_no, lines = plain_demo_order(window.app.uow)  # type: ignore[attr-defined]
    scan = scanner(app, packer)

    scan(order_no)
    wait_until(app, lambda: packer.proposal is not None)  # the box/carrier proposal is shown
    scan(codes[lines[0].sku])
    shot("packer-ok-ja.png")
    wrong = next(code for sku, code in codes.items()
                 if sku not in {ln.sku for ln in lines} and sku.startswith(lines[0].sku[:4]))
    scan(wrong)
    shot("packer-error-ja.png")
    for ln in lines:
        for _ in range(ln.qty - (1 if ln is lines[0] else 0)):
            scan(codes[ln.sku])
    wait_until(app, lambda: packer.banner.state == "complete")
    shot("packer-complete-ja.png")


if __name__ == "__main__":
    sys.exit(main())
