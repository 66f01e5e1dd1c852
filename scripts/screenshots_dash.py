"""docs/screenshots/ for issue 19: the lead's dashboard and the floor board in Japanese at
1366×768, on a generated 30-day shop (benchmarks/dashboard.py writes it), and a page of the
daily report PDF. Run under a real X server::

    .venv/bin/python benchmarks/dashboard.py --days 30 --orders 600 --db sqlite:////tmp/dash.db
    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots_dash.py /tmp/dash.db
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import OUT, settle, wait_until  # noqa: E402

DAY = date(2026, 12, 3)  # the generated shop's last day


def main() -> int:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from packstation.bootstrap import build
    from packstation.config import Config
    from packstation.domain.model import Role
    from packstation.services.dto import SessionUser
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.screens.dash.screen import DashboardScreen
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    qt = QApplication(sys.argv[:1])
    qt.setStyleSheet(BASE_CSS)
    app = build(Config(f"sqlite:///{sys.argv[1]}", "station-1"))
    language = Language()
    language.switch("ja")
    ctx = UiContext(tasks=Tasks(print), language=language, show_error=print,
                    services=app.services,
                    session=SessionUser(1, "admin", "山田 管理者", Role.ADMIN, "ja"))
    ctx.settings = app.services.admin.load_settings()
    screen = DashboardScreen(ctx)
    screen.resize(1366, 768)
    screen.show()
    screen.start()
    screen.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    wait_until(qt, lambda: screen.data is not None and ctx.tasks.db.pending == 0)
    settle(qt, 800)
    screen.grab().save(str(OUT / "dashboard-ja.png"))
    print("wrote", OUT / "dashboard-ja.png")
    screen.open_floor_board()
    board = screen.floor_board
    board.resize(1366, 768)
    settle(qt, 1500)
    board.grab().save(str(OUT / "floor-board-ja.png"))
    print("wrote", OUT / "floor-board-ja.png")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "daily.pdf"
        pdf.write_bytes(app.services.dash.daily_pdf(ctx.session, DAY))
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-singlefile", str(pdf),
                        str(OUT / "daily-report-a4")], check=True)
    print("wrote", OUT / "daily-report-a4.png")
    ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
