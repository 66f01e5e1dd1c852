"""Language switching (ja/en) with Qt's translation system.

Source strings are English; packstation/resources/translations/packstation_ja.qm (compiled
from the .ts at build time) holds the Japanese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from packstation import resources

LANGUAGES = ("ja", "en")


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
        if not tr.load(f"packstation_{lang}", str(resources.translations_dir())):
            return False
        app.installTranslator(tr)
        self._translator = tr
        return True


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
