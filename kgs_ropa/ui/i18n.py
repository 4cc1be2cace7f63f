"""Interface language: Qt translators for the app (.qm in resources) and Qt's own dialogs.

The source strings are English; Dutch comes from app_nl.qm. Installing or removing a translator
makes Qt send a LanguageChange event to every widget, which retranslates itself in changeEvent.
Vocabulary labels (lawful bases, countries, ...) come from kgs_ropa.model.vocabulary in the
current language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

import kgs_ropa.resources

LANGUAGES = ("nl", "en")
TRANSLATIONS_DIR = Path(kgs_ropa.resources.__file__).resolve().parent / "translations"
_SETTINGS_KEY = "ui/language"
_state = {"lang": "en"}
_installed: list[QTranslator] = []


def current() -> str:
    """The interface language: "nl" or "en"."""
    return _state["lang"]


def locale() -> QLocale:
    """The interface language's number conventions (Dutch 1.234, English 1,234)."""
    return QLocale(QLocale.Language.Dutch if current() == "nl" else QLocale.Language.English)


def number(count: int) -> str:
    """A count as the interface language writes it: 1.234 in Dutch, 1,234 in English."""
    return locale().toString(count)


def preferred(settings: QSettings) -> str:
    """The language chosen before, else Dutch on a Dutch system, else English."""
    chosen = settings.value(_SETTINGS_KEY, "", str)
    if chosen in LANGUAGES:
        return str(chosen)
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def remember(settings: QSettings, lang: str) -> None:
    settings.setValue(_SETTINGS_KEY, lang)


def switch(lang: str) -> None:
    """Install the translators for `lang`; English is the untranslated source."""
    app = QCoreApplication.instance()
    assert app is not None
    _state["lang"] = lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        # Installed first, so Qt asks it last: only for what no other translator knew.
        _installed.append(_AcceleratorFallback(qt, app))
        _installed.append(qt)
    own = QTranslator(app)
    if own.load(f"app_{lang}", str(TRANSLATIONS_DIR)):
        _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)


class _AcceleratorFallback(QTranslator):
    """Qt's own strings gained accelerators ("&Look in:", "Files of &type:") that the shipped
    qtbase translations do not have yet; this looks the text up again without the "&"."""

    def __init__(self, qt: QTranslator, parent: QObject) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets Qt go on to the source text; "" would show nothing.
        if not context.startswith("Q") or "&" not in source:
            return None
        found = self._qt.translate(context, source.replace("&", "", 1), disambiguation, n)
        return found or None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt naming)
        return False


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for translation in `context` and returns it untranslated (typed as str,
    unlike PySide6's, so labels keep their type)."""
    return text


class MenuCommands(QObject):
    """Commands a feature installs into the main window's menus: they retranslate themselves
    when the window's language changes (a QObject gets no changeEvent of its own)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Each feature sets its commands' texts here; called at every language change."""

    @staticmethod
    def above_quit(menu: QMenu, action: QAction) -> None:
        """Put `action` in the File menu after its other commands, before the separator that
        stands above Quit."""
        separators = [a for a in menu.actions() if a.isSeparator()]
        if separators:
            menu.insertAction(separators[-1], action)
        else:
            menu.addAction(action)
