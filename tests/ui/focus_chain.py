"""The widgets Tab stops at, in order: what a keyboard user walks through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(first: QWidget, steps: int) -> list[QWidget]:
    """`first` and the next `steps` widgets that Tab stops at."""
    chain, widget = [first], first
    while len(chain) <= steps:
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(first.window()):
            chain.append(widget)
    return chain
