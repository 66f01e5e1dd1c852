"""The files the app ships (packstation.resources): found through the one resolver, and every
one of them named by the package data, so a built wheel or frozen build carries it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from packstation import resources
from packstation.services.demo import seed as demo
from packstation.services.demo import shop as demo_shop

PACKAGE = Path(resources.__file__).resolve().parents[1]
PYPROJECT = PACKAGE.parents[1] / "pyproject.toml"


def test_stored_relative_paths_name_the_resources_folder() -> None:
    logo = resources.resolve("resources/shop-logo.png")
    assert logo == resources.root() / "shop-logo.png" and logo.is_file()
    windows_style = resources.resolve("resources\\products\\MUG-BLK.png")
    assert windows_style == resources.root() / "products" / "MUG-BLK.png"
    assert resources.resolve("products/MUG-BLK.png") == windows_style


def test_an_absolute_path_is_kept_as_given(tmp_path: Path) -> None:
    mine = tmp_path / "my-logo.png"
    assert resources.resolve(str(mine)) == mine


def test_every_demo_picture_and_the_demo_logo_exist() -> None:
    paths = [p.image_path for p in demo_shop.products()]
    paths.append(str(demo.DEMO_SHOP["shop_logo_path"]))
    missing = [p for p in paths if not resources.resolve(p).is_file()]
    assert paths and missing == []


def test_sounds_translations_and_the_font_with_its_licence_are_shipped() -> None:
    assert {p.name for p in resources.sounds_dir().glob("*.wav")} == {
        "ok.wav", "error.wav", "complete.wav"}
    assert {p.stem for p in resources.translations_dir().glob("*.ts")} == {
        "packstation_ja", "packstation_en"}
    font = resources.font_file()
    assert font.is_file() and font.stat().st_size > 1_000_000
    licence = font.with_name("IPA_Font_License_Agreement_v1.0.txt").read_text(encoding="utf-8")
    assert "IPA Font License Agreement v1.0" in licence


def test_the_package_data_covers_every_shipped_file() -> None:
    """A new resource that no package-data pattern names would be missing from the wheel."""
    patterns = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["packstation"]
    shipped = [p.relative_to(PACKAGE).as_posix() for p in resources.root().rglob("*")
               if p.is_file() and p.suffix not in (".py", ".pyc", ".ts", ".qph")  # sources
               and "__pycache__" not in p.parts]
    uncovered = [f for f in shipped if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert len(shipped) > 40 and uncovered == []
