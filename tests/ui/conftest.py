"""Fixtures for the desktop app's tests: a main window on the example or an empty register."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks, theme
from kgs_ropa.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """Every test starts in English and leaves the app in English."""
    i18n.switch("en")
    yield
    tasks.wait_all()
    i18n.switch("en")


@pytest.fixture(autouse=True)
def plain_look(qapp: QApplication) -> Iterator[None]:
    """A test that starts the app (which applies the theme) gives the test app its own look
    back, so the tests after it measure widgets as they always did."""
    before = (qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet(), qapp.font())
    yield
    if not qapp.property("kgs_theme_hooked"):
        return
    style, pal, sheet, font = before
    qapp.styleHints().colorSchemeChanged.disconnect(theme.reapply_palette)
    qapp.setProperty("kgs_theme_hooked", False)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(pal)
    qapp.setFont(font)


def _open_window(qtbot: object, db: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(db, settings)
    # A test may leave the editor with unsaved changes: closing would then ask (and wait).
    qtbot.addWidget(window, before_close_func=_forget_unsaved)  # type: ignore[attr-defined]
    window.show()
    _wait_findings(qtbot, window)
    return window


def _forget_unsaved(window: MainWindow) -> None:
    window.editor.flush_undo()
    window.editor._saved_doc = window.editor.document()


def _wait_findings(qtbot: object, window: MainWindow) -> None:
    """Wait until the background steps filled in the search texts and the findings."""
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            window.register.model.texts_ready
            and all(row.errors is not None for row in window.register.model.all_rows)
        ),
        timeout=20000,
    )


@pytest.fixture
def window(qtbot: object, example_db: Database, settings: QSettings) -> MainWindow:
    return _open_window(qtbot, example_db, settings)


@pytest.fixture
def empty_window(qtbot: object, db: Database, settings: QSettings) -> MainWindow:
    return _open_window(qtbot, db, settings)


@pytest.fixture
def open_window() -> object:
    """open_window(qtbot, db, settings) -> a shown MainWindow with its findings checked."""
    return _open_window


@pytest.fixture
def wait_findings() -> object:
    return _wait_findings


class Answers:
    """Stands in for QMessageBox's static dialogs: records the text, returns a set answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.shown: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

        def question(_parent: object, _title: str, text: str, *args: object) -> object:
            self.asked.append(text)
            return self.answer

        def warning(_parent: object, _title: str, text: str, *args: object) -> object:
            self.shown.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Always on: a message box a test did not expect must not wait for a click forever."""
    return Answers(monkeypatch)
