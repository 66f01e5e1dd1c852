"""docs/screenshots/camera-ja.png: the packer screen packing a demo order with the camera.

Run under Xvfb (scripts/screenshots.sh style):
    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_camera.py
The camera is a fake that shows generated pictures (the product on the table with its JAN
label); everything else is the real app on demo data: the real decoder, count-once rule and
scan path.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import OUT, demo_db, open_window, plain_demo_order, wait_until

ROOT = Path(__file__).resolve().parents[1]


class FakeCamera:
    def __init__(self, first: object) -> None:
        self.showing = first
        self.closed = threading.Event()

    def read(self) -> object:
        self.closed.wait(1 / 30)  # the camera's frame interval
        return None if self.closed.is_set() else self.showing

    def close(self) -> None:
        self.closed.set()


def scene(code: str, symbology: str = "EAN13", sku: str = "", seed: int = 0) -> object:
    """The item on the table: its picture, and its barcode label tilted a little."""
    import cv2

    from packstation.adapters.scanning import synthetic

    table = synthetic.table(seed)
    if sku:
        picture = cv2.imread(str(ROOT / "resources" / "products" / f"{sku}.png"))
        if picture is not None:
            picture = cv2.resize(picture, (200, 200))
            table[30:230, 400:600] = picture
    return synthetic.frame([synthetic.Placed(code, symbology, at=(60, 200), angle=8)],
                           seed=seed, background=table)


def _window(camera: FakeCamera) -> tuple[object, object]:
    """The real app on a fresh demo database, a packer logged in, the fake camera wired."""
    from packstation.config import Config

    app, ctx, window = open_window(Config(demo_db(), "station-1"), size=(1560, 960),
                                   camera={"open": lambda device: camera})
    window.login.who.setText("sato")
    window.login.pin.setText("1111")
    window.login.submit()
    wait_until(app, lambda: ctx.tasks.db.pending == 0 and window.packer.isVisible())
    return app, window


def main() -> int:
    from packstation.services.demo import shop as demo_shop

    camera = FakeCamera(_empty())
    app, window = _window(camera)
    packer = window.packer  # type: ignore[attr-defined]
    codes = {p.sku: p.codes[0].code for p in demo_shop.products()}
    order_no, lines = plain_demo_order(window.app.uow)  # type: ignore[attr-defined]
    shown: list[object] = []
    packer.result_shown.connect(shown.append)
    packer.camera.start()
    wait_until(app, lambda: packer.camera.frames_shown > 5)

    def present(frame: object, then_away: bool = True) -> None:
        count = len(shown)
        camera.showing = frame
        wait_until(app, lambda: len(shown) > count)
        if then_away:
            camera.showing = _empty()
        seen = packer.camera.frames_shown
        wait_until(app, lambda: packer.camera.frames_shown > seen + 8)

    present(scene(order_no, "CODE128", seed=2))
    present(scene(codes[lines[0].sku], sku=lines[0].sku, seed=3))
    present(scene(codes[lines[1].sku], sku=lines[1].sku, seed=4), then_away=False)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "camera-ja.png"))  # type: ignore[attr-defined]
    print("wrote", OUT / "camera-ja.png", "order", order_no)
    packer.camera.shutdown()
    window.ctx.tasks.shutdown()  # type: ignore[attr-defined]
    return 0


def _empty() -> object:
    from packstation.adapters.scanning import synthetic

    return synthetic.frame([], seed=9)


if __name__ == "__main__":
    sys.exit(main())
