"""The user's name, set in the app, is who the history and reviews record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from kgs_ropa.services import history
from kgs_ropa.ui import user_name
from kgs_ropa.ui.main_window import MainWindow


def test_the_name_set_in_the_app_is_recorded_and_shown(
    window: MainWindow, settings: QSettings, qtbot: Any, answers: Any
) -> None:
    dialog = user_name.UserNameDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Anna de Vries ")
    dialog.accept()
    try:
        window.apply_user_name()
        assert "Anna de Vries" in window.user_label.text()
        window.edit_activity(window.register.model.all_rows[0].id)
        window.editor.field("owner").setText("Iemand")
        assert window.editor.save(), answers.shown
        with window.db.reading() as session:
            latest = history.entries(session)[-1]
        assert latest.actor == "Anna de Vries"
    finally:
        settings.setValue(user_name.KEY, "")
        user_name.apply(settings)
    assert user_name.stored(settings) == ""
