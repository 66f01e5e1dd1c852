"""Language switching (ja/en) with Qt's translation system.

Source strings are English; packstation/resources/translations/packstation_ja.qm (compiled
from the .ts at build time) holds the Japanese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packstation import resources

LANGUAGES = ("ja", "en")


def qt_translations_dir() -> str:
    """Qt's own translations (qtbase_ja.qm: QMessageBox's and QDialogButtonBox's OK, Cancel,
    Yes, No; the file dialog), as shipped with PySide6."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Language:
    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = "en"

    def switch(self, lang: str) -> bool:
        """Install the translators for `lang` (ours, then Qt's own for the standard buttons);
        emits LanguageChange to every widget."""
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        self.current = lang
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja"
                                   else QLocale.Language.English))
        if lang == "en":
            return True
        ours = QTranslator(app)
        if not ours.load(f"packstation_{lang}", str(resources.translations_dir())):
            return False
        qt = QTranslator(app)  # Qt's own buttons; an app without it still works, in ours
        translators = [ours, qt] if qt.load(f"qtbase_{lang}", qt_translations_dir()) else [ours]
        for translator in translators:
            app.installTranslator(translator)
            self._translators.append(translator)
        return True


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
