"""Qt's own dialogs follow the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from kgs_ropa.ui import i18n
from kgs_ropa.ui.main_window import MainWindow


def test_qt_strings_are_dutch_in_dutch_and_english_again_after(qtbot: Any) -> None:
    i18n.switch("nl")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Annuleren"
    i18n.switch("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_file_dialog_labels_with_accelerators_are_dutch(qtbot: Any) -> None:
    """Qt's labels gained "&" accelerators that the shipped Dutch file lacks."""
    i18n.switch("nl")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Zoeken in:" in labels
    assert "Bestanden van type:" in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)


def test_strings_nobody_translated_stay_as_written_in_dutch(qtbot: Any) -> None:
    i18n.switch("nl")
    assert QCoreApplication.translate("NoSuchContext", "Plain text") == "Plain text"
    assert QCoreApplication.translate("QFileDialog", "No &such label") == "No &such label"


def test_every_translation_has_the_context_the_code_asks_in() -> None:
    # A module-level tr("...") went into an empty context that no lookup uses: the Print
    # menu stayed English in the Dutch interface.
    from pathlib import Path

    import kgs_ropa.resources

    ts = Path(kgs_ropa.resources.__file__).parent / "translations" / "app_nl.ts"
    assert "<name></name>" not in ts.read_text(encoding="utf-8")


def test_the_print_menu_speaks_dutch(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    window.set_language("nl")
    QApplication.processEvents()
    texts = [a.text() for a in window.actions_.menus["file"].actions()]
    assert "Register a&fdrukken…" in texts and "&Print the register…" not in texts


def test_no_two_entries_of_a_menu_share_an_accelerator(window: MainWindow) -> None:
    # "Geschiedenis van de gekozen &verwerking" and "Versies van het register &vergelijken"
    # shared V: Alt+C, V only moved between them.
    import re

    from PySide6.QtWidgets import QApplication

    for lang in ("en", "nl"):
        window.set_language(lang)
        QApplication.processEvents()
        bar = [a.text() for a in window.menuBar().actions()]
        titles = [m.group(1).lower() for t in bar if (m := re.search(r"&([^&\\s])", t))]
        assert len(titles) == len(set(titles)), (lang, bar)  # "&View" and "Re&view" shared V
        for name, menu in window.actions_.menus.items():
            keys = [
                found.group(1).lower()
                for action in menu.actions()
                if action.isVisible() and (found := re.search(r"&([^&\\s])", action.text()))
            ]
            assert len(keys) == len(set(keys)), (lang, name, keys)


def test_counts_are_written_as_the_interface_language_writes_them() -> None:
    # "1,234" reads as a decimal to a Dutch reader.
    i18n.switch("nl")
    assert i18n.number(1234) == "1.234"
    i18n.switch("en")
    assert i18n.number(1234) == "1,234"
