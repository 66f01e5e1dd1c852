"""docs/screenshots/export-ja.png: the carrier CSV dialog after a check, with its report.

Run under a real X server: xvfb-run -a -s "-screen 0 1600x1000x24" python
scripts/screenshots_carrier.py. Packed orders with a character outside cp932, an address too
long for B2クラウド and a time slot the layout has no code for are added to the demo shop.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.screenshots import OUT, wait_until
from tests.carrier_data import add_packed, order


def main() -> int:
    from packstation.bootstrap import build, build_services
    from packstation.config import Config
    from packstation.domain.model import CoolType
    from packstation.services.demo import seed as demo
    from packstation.ui.app import start_services
    from packstation.ui.context import UiContext
    from packstation.ui.i18n import Language
    from packstation.ui.main_window import MainWindow
    from packstation.ui.screens.carrier.dialogs import CarrierExportDialog
    from packstation.ui.style import BASE_CSS
    from packstation.ui.tasks import Tasks

    db = f"sqlite:///{tempfile.mkdtemp()}/demo.db"
    seeded = build(Config(db, "station-1"))
    demo.seed(seeded.uow, seeded.hasher)
    add_packed(seeded, [
        order("R-2001", name="𠮷野 花子", address1="千代田区丸の内1-9-1"),
        order("R-2002", name="髙橋 健太", pref=27, address1="大阪市北区梅田一丁目二番三号"
              "大阪駅前第一ビルディング四十五階東側エレベーターホール前",
              address2="総合受付気付 管理部宛"),
        order("R-2003", name="﨑山 ① 美咲", pref=47, address1="那覇市泉崎1-2-2😊",
              slot="20-21", cool=CoolType.CHILLED, cod=3980),
        order("R-2004", name="佐藤 翔", pref=1, address1="札幌市中央区北一条西2-1"),
    ])
    seeded.close()

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(BASE_CSS)
    ctx = UiContext(tasks=Tasks(print), language=Language(), show_error=print)
    ctx.language.switch("ja")
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show()
    start_services(ctx, window, Config(db, "station-1"), build_services)
    wait_until(app, lambda: bool(window.login.user_buttons.buttons()))
    window.login.who.setText("admin")
    window.login.pin.setText("9999")
    window.login.submit()
    wait_until(app, lambda: len(window.orders.model.rows) > 0)
    window.tabs.setCurrentWidget(window.orders)
    window.orders.open_carrier_export()
    dialog = window.orders.findChild(CarrierExportDialog)
    wait_until(app, lambda: dialog.account.count() > 0)
    dialog.path.setText("/home/shop/送り状/b2-20261123.csv")
    dialog.start(write=False)
    wait_until(app, lambda: dialog.report.rowCount() > 0 and not dialog.running)
    dialog.resize(1300, 720)
    app.processEvents()
    dialog.grab().save(str(OUT / "export-ja.png"))
    print("wrote", OUT / "export-ja.png")
    _layout_shot(app, dialog)
    _tracking_shot(app, window, dialog)
    ctx.tasks.shutdown()
    return 0


def _layout_shot(app: QApplication, export: object) -> None:
    from packstation.ui.screens.carrier.layout_dialog import CarrierLayoutDialog

    export._edit_layout()  # type: ignore[attr-defined]
    layout = export.findChild(CarrierLayoutDialog)  # type: ignore[attr-defined]
    wait_until(app, lambda: layout.columns.rowCount() > 0)
    layout.tabs.setCurrentIndex(1)
    layout.resize(1300, 760)
    app.processEvents()
    layout.grab().save(str(OUT / "carrier-layout-ja.png"))
    print("wrote", OUT / "carrier-layout-ja.png")
    layout.reject()


def _tracking_shot(app: QApplication, window: object, export: object) -> None:
    """The orders written for B2, then an issued-data file with a misread number, an unknown
    order and one order twice: the tracking dialog lists each problem."""
    from tests.carrier_data import yamato_number

    from packstation.ui.screens.carrier.dialogs import TrackingImportDialog

    folder = Path(tempfile.mkdtemp())
    export.path.setText(str(folder / "b2.csv"))  # type: ignore[attr-defined]
    export.start(write=True)  # type: ignore[attr-defined]
    wait_until(app, lambda: (folder / "b2.csv").exists()
               and not export.running)  # type: ignore[attr-defined]
    export.accept()  # type: ignore[attr-defined]
    good = yamato_number(48211230001)
    issued = folder / "b2-issued.csv"
    issued.write_bytes(("お客様管理番号,送り状種類,クール区分,伝票番号\r\n"
                        f"R-2001,0,0,{good}\r\nR-2002,0,0,{good[:-1]}9\r\n"
                        f"R-2099,0,0,{yamato_number(48211230002)}\r\n"
                        f"R-2001,0,0,{yamato_number(48211230003)}\r\n").encode("cp932"))
    window.orders.open_tracking_import()  # type: ignore[attr-defined]
    dialog = window.orders.findChild(TrackingImportDialog)  # type: ignore[attr-defined]
    wait_until(app, lambda: dialog.account.count() > 0)
    dialog.path.setText(str(issued))
    dialog.start()
    wait_until(app, lambda: bool(dialog.report_box.toPlainText()) and not dialog.running)
    dialog.resize(1300, 560)
    app.processEvents()
    dialog.grab().save(str(OUT / "tracking-ja.png"))
    print("wrote", OUT / "tracking-ja.png")


if __name__ == "__main__":
    sys.exit(main())
