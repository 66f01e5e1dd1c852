"""Language switching (ja/en) with Qt's translation system.

Source strings are English; resources/translations/packstation_ja.qm holds the Japanese.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
LANGUAGES = ("ja", "en")


def resource_path(path: str) -> Path:
    """An image path from the catalog: absolute as given, or relative to the install."""
    given = Path(path)
    return given if given.is_absolute() else TRANSLATIONS.parents[1] / given


def translations_dir() -> Path:
    # Installed layouts put resources beside the package; the source tree has them at the top.
    here = Path(__file__).resolve().parent.parent / "resources" / "translations"
    return here if here.is_dir() else TRANSLATIONS


class Language:
    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.current = "en"

    def switch(self, lang: str) -> bool:
        """Install the translator for `lang`; emits LanguageChange to every widget."""
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.current = lang
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja"
                                   else QLocale.Language.English))
        if lang == "en":
            return True
        tr = QTranslator(app)
        if not tr.load(f"packstation_{lang}", str(translations_dir())):
            return False
        app.installTranslator(tr)
        self._translator = tr
        return True


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
