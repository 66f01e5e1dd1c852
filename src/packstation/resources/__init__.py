"""The files packstation ships inside its package, found in one place.

Sounds, compiled translations (.qm, made from the .ts sources at build time), the shop logo,
the demo products' pictures and the Japanese font (IPAexGothic, with its licence) live in this
folder and are found through importlib.resources, so the same code works from a checkout, an
installed wheel and a frozen (PyInstaller) build. Nothing else computes a path from the
source tree.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

# Catalog and settings rows store pictures as "resources/products/SKU.png" (the demo shop has
# since its first version): that prefix names this folder, wherever it is installed.
PREFIX = "resources/"


@cache
def root() -> Path:
    """This folder on disk (the package is always installed as plain files, never zipped)."""
    return Path(str(files(__name__)))


def resource(*parts: str) -> Path:
    """A shipped file, e.g. resource("sounds", "ok.wav")."""
    return root().joinpath(*parts)


def sounds_dir() -> Path:
    return resource("sounds")


def translations_dir() -> Path:
    return resource("translations")


def font_file() -> Path:
    return resource("fonts", "ipaexg.ttf")


def resolve(path: str) -> Path:
    """A picture path from the catalog or the settings: absolute as given; relative ones
    ("resources/shop-logo.png", "products/MUG-BLK.png") are read from this folder."""
    given = Path(path)
    if given.is_absolute():
        return given
    relative = path.replace("\\", "/")
    return root() / (relative[len(PREFIX):] if relative.startswith(PREFIX) else relative)
