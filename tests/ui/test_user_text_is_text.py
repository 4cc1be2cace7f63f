"""User text that looks like HTML is shown as written, never rendered as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.messages import as_plain

EVIL = '<b>bold</b> & <img src="/etc/passwd"/>'


def test_an_activity_named_like_markup_shows_its_name(window: MainWindow, answers: Any) -> None:
    window.new_activity()
    editor = window.editor
    editor.field("name").setText(EVIL)
    assert editor.save(), answers.shown
    assert editor.title.textFormat() == Qt.TextFormat.PlainText
    assert EVIL in editor.title.text()
    html = details_html(editor.document(), window.lookups, current(), [])
    assert "<b>bold" not in html and "<img" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img" in html


def test_message_boxes_show_markup_as_text() -> None:
    shown = as_plain(f"Delete {EVIL}?")
    assert "<img" not in shown and "&lt;img" in shown
    assert as_plain("Delete 2 activities?") == "Delete 2 activities?"
