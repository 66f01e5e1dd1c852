"""Build step: compile the Qt translations (.ts → .qm) into the package before it is built.

The .qm files are build output (gitignored); the wheel and the frozen builds must carry them,
so building without a working lrelease fails instead of shipping an app without Japanese.
Metadata is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "src/packstation/resources/translations"


def _lrelease() -> list[str]:
    """Qt's lrelease as PySide6 ships it. An isolated build (pip, python -m build) cannot import
    the PySide6 of the environment it builds in, but the binary is still in its site-packages."""
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    folders = [Path(sysconfig.get_paths()[key]) / "PySide6" for key in ("purelib", "platlib")]
    found = importlib.util.find_spec("PySide6")
    if found is not None and found.origin:
        folders.insert(0, Path(found.origin).parent)
    for candidate in [*(str(f / exe) for f in folders), shutil.which("lrelease")]:
        if candidate and Path(candidate).is_file():
            return [candidate]
    raise SystemExit("building packstation needs Qt's lrelease (pip install PySide6 in the "
                     "environment that builds) to compile the translations")


def compile_translations() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
