"""The installed build: the .deb that `make package` makes, unpacked into a temporary root
(dpkg-deb -x) and run from outside the checkout, with no Python, virtual environment or source
tree of ours on any path: the CLI, a label whose fonts are embedded, the camera decoder, and the
GUI up to a usable login window. The build (installers/linux/build_deb.sh, a PyInstaller
onedir) runs once per test session; it takes a few minutes, so it is marked slow (make test
runs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"]["version"]


@pytest.fixture(scope="session")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    env = {**os.environ, "PYTHON": sys.executable}
    build = subprocess.run(["bash", str(REPO / "installers/linux/build_deb.sh"), str(out)],
                           cwd=REPO, env=env, capture_output=True, text=True, check=False)
    assert build.returncode == 0, f"the .deb build failed:\n{build.stdout[-3000:]}\n" \
                                  f"{build.stderr[-5000:]}"
    path = out / f"packstation_{VERSION}_amd64.deb"
    assert path.is_file(), build.stdout
    return path


@pytest.fixture(scope="session")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("installed-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(where)], check=True)
    return where


@pytest.fixture()
def station(tmp_path: Path) -> dict[str, str]:
    """A user's environment on a PC without our Python: a home and data folder of its own."""
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_RUNTIME_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}


def run(root: Path, env: dict[str, str], *args: str, cwd: Path,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    assert REPO not in cwd.parents
    return subprocess.run([str(root / "usr/bin/packstation"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_the_package_installs_the_command_a_menu_entry_and_its_icon(deb: Path,
                                                                   root: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture"],
                            capture_output=True, text=True, check=True).stdout
    assert fields.split() == ["Package:", "packstation", "Version:", VERSION,
                              "Architecture:", "amd64"]
    assert (root / "usr/bin/packstation").resolve() == root / "opt/packstation/packstation"
    desktop = (root / "usr/share/applications/packstation.desktop").read_text(encoding="utf-8")
    assert "Exec=packstation" in desktop and "Icon=packstation" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps/packstation.png").is_file()


def test_the_build_carries_the_resources_and_only_the_qt_modules_used(root: Path) -> None:
    internal = root / "opt/packstation/_internal"
    resources = internal / "packstation/resources"
    assert {p.name for p in (resources / "translations").iterdir()} == {
        "packstation_ja.qm", "packstation_en.qm"}
    assert (resources / "fonts/IPA_Font_License_Agreement_v1.0.txt").is_file()
    assert (internal / "packstation/adapters/db/migrations/versions").is_dir()
    qt_libs = {p.name.split(".so")[0] for p in internal.rglob("libQt6*.so*")}
    assert {"libQt6Widgets", "libQt6Multimedia", "libQt6PrintSupport", "libQt6Pdf"} <= qt_libs
    # (QtQml and QtQuick are there: the FFmpeg multimedia plugin that plays the sounds links them)
    unused = {lib for lib in qt_libs if any(
        m in lib for m in ("WebEngine", "3D", "Charts", "Designer", "VirtualKeyboard", "Svg"))}
    assert unused == set()


def test_version_demo_data_and_a_label_with_embedded_fonts(root: Path, station: dict[str, str],
                                                           tmp_path: Path) -> None:
    version = run(root, station, "--version", cwd=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"packstation {VERSION}")
    seeded = run(root, station, "demo-data", "--orders", "3", cwd=tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    # No --db: the standalone database in the user's data folder (platformdirs).
    assert (Path(station["XDG_DATA_HOME"]) / "packstation/packstation.db").is_file()
    listed = run(root, station, "orders", "--json", cwd=tmp_path)
    orders = json.loads(listed.stdout)
    assert len(orders) == 3
    pdf = tmp_path / "label.pdf"
    label = run(root, station, "label", orders[0]["order_no"], "--out", str(pdf), cwd=tmp_path)
    assert label.returncode == 0, label.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    assert any("IPAexGothic" in line for line in fonts)


def test_the_gui_comes_up_to_the_login_window(root: Path, station: dict[str, str],
                                              tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'station.db'}"
    assert run(root, station, "--db", db, "demo-data", "--orders", "2",
               cwd=tmp_path).returncode == 0
    gui = run(root, {**station, "PACKSTATION_EXIT_WHEN_READY": "1"}, "--db", db, cwd=tmp_path)
    assert gui.returncode == 0, gui.stderr[-3000:]
    lines = gui.stdout.splitlines()
    assert "LOGIN users=4 language=ja translated=yes" in lines, gui.stdout + gui.stderr[-2000:]
    assert lines[-1] == "READY"


def test_the_camera_decoder_reads_a_photo(root: Path, station: dict[str, str],
                                          tmp_path: Path) -> None:
    """OpenCV, NumPy, zxing-cpp and zbar all load in the frozen build."""
    photo = tmp_path / "jan.webp"
    photo.write_bytes((REPO / "tests/data/barcode-photos/ean13-1/4.webp").read_bytes())
    expected = (REPO / "tests/data/barcode-photos/ean13-1/4.txt").read_text(encoding="utf-8")
    decoded = run(root, station, "decode", "--json", str(photo), cwd=tmp_path)
    assert decoded.returncode == 0, decoded.stderr[-3000:]
    (result,) = json.loads(decoded.stdout)
    assert [c["text"] for c in result["codes"]] == [expected.strip()]


def test_bad_input_is_one_line_without_a_traceback(root: Path, station: dict[str, str],
                                                   tmp_path: Path) -> None:
    missing = run(root, station, "cartonize", str(tmp_path / "nowhere.json"), cwd=tmp_path)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and "nowhere.json" in missing.stderr
