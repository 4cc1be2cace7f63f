"""Review > Privacy statement: the preview of the statement from the register, saving it, and
checking a published statement in the app."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kgs_ropa.ui import i18n
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.notice_dialog import NoticeDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def open_dialog(qtbot: object, window: MainWindow) -> NoticeDialog:
    window.actions_.notice.action.trigger()
    dialog = window.actions_.notice.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.notice is not None, timeout=20000)  # type: ignore[attr-defined]
    return dialog


def test_the_preview_shows_the_statement_with_its_open_points(
    qtbot: object, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window)
    text = dialog.preview.toPlainText()
    assert "Privacy statement of KGS DIAMOND HOLDING BV" in text
    assert "[to be confirmed: safeguard for the transfer]" in text
    assert "points still to be confirmed" in dialog.open_points.text()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert "Privacyverklaring van KGS DIAMOND HOLDING BV" in dialog.preview.toPlainText()


def test_save_as_writes_the_chosen_format(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    out = tmp_path / "statement"
    chosen = dialog._filters()["md"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), chosen))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: out.with_suffix(".md").exists(), timeout=20000)  # type: ignore[attr-defined]
    assert out.with_suffix(".md").read_text("utf-8").startswith("# Privacy statement of")


def test_checking_the_published_statement_lists_its_points(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    statement = tmp_path / "privacy.txt"
    example = resources.files("kgs_ropa.resources.example")
    statement.write_text(example.joinpath("kgs_diamond_privacy_statement.txt").read_text("utf-8"))
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    dialog.check(statement)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=20000)  # type: ignore[attr-defined]
    kinds = [dialog.results.topLevelItem(i).text(0) for i in range(3)]
    assert kinds[0] == "Contradiction" and "3 points to look at" in dialog.summary.text()
    assert "geen persoonlijke gegevens" in dialog.results.topLevelItem(0).text(2)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_screens_of_the_statement_page(
    qtbot: object, window: MainWindow, tmp_path: Path, lang: str
) -> None:
    i18n.switch(lang)
    dialog = open_dialog(qtbot, window)
    dialog.resize(1100, 760)
    assert dialog.windowTitle() == ("Privacyverklaring" if lang == "nl" else "Privacy statement")
    dialog.grab().save(str(tmp_path / f"{lang}-notice.png"))
    dialog.grab().save(f"/tmp/{lang}-notice.png")
    assert (tmp_path / f"{lang}-notice.png").stat().st_size > 0
