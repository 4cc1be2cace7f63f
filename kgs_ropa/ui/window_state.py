"""Window sizes and splitter positions kept between runs: in QSettings, which holds UI state only.

A window opens where the user left it; its splitters keep the shares the user gave them. The
state is saved when the window is hidden (a dialog's Close, Escape or the title bar's ×).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


def settings_of(widget: QWidget) -> QSettings | None:
    """The settings of the main window a dialog belongs to, if it has one."""
    parent = widget.parentWidget()
    found = getattr(parent.window(), "settings", None) if parent is not None else None
    return found if isinstance(found, QSettings) else None


class LayoutMemory(QObject):
    """Restores `widget`'s size and splitters under `key` now, and saves them when it hides."""

    def __init__(self, widget: QWidget, settings: QSettings, key: str) -> None:
        super().__init__(widget)
        self.widget, self.settings, self.key = widget, settings, key
        self.restored = self._restore()
        widget.installEventFilter(self)

    def _splitters(self) -> list[QSplitter]:
        # Created in a fixed order by the widget's builder: the position names each one.
        return self.widget.findChildren(QSplitter)

    def _restore(self) -> bool:
        geometry = self.settings.value(f"{self.key}/geometry")
        restored = isinstance(geometry, QByteArray) and self.widget.restoreGeometry(geometry)
        for i, splitter in enumerate(self._splitters()):
            state = self.settings.value(f"{self.key}/splitter{i}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        return restored

    def save(self) -> None:
        self.settings.setValue(f"{self.key}/geometry", self.widget.saveGeometry())
        for i, splitter in enumerate(self._splitters()):
            self.settings.setValue(f"{self.key}/splitter{i}", splitter.saveState())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.widget and event.type() == QEvent.Type.Hide:
            self.save()
        return False


def remember_layout(widget: QWidget, key: str, settings: QSettings | None = None) -> bool:
    """Keep `widget`'s size and splitters under `key`; True when a saved size was applied
    (else the widget keeps the default size its builder gave it)."""
    settings = settings if settings is not None else settings_of(widget)
    if settings is None:  # a dialog shown on its own (a test): nothing to remember it in
        return False
    return LayoutMemory(widget, settings, f"dialogs/{key}").restored


def use_screen(widget: QWidget, width: float = 0.8, height: float = 0.8) -> None:
    """A default size that grows to a share of the screen the widget's window is on (never
    smaller than the size it has: a small screen still gets a usable window)."""
    screen = (widget.parentWidget() or widget).screen().availableGeometry()
    widget.resize(
        max(widget.width(), int(screen.width() * width)),
        max(widget.height(), int(screen.height() * height)),
    )
