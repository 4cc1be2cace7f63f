"""Regenerate docs/screenshots/{nl,en}-{welcome,register,editor,dashboard,processor-impact,
review,inquiry-pack}.png (the README and the user guide show them).

Runs the app off-screen on a fresh copy of the KGS Diamond example (and an empty register for
the welcome screen), with default window state:  HOME=/home/privacy python scripts/screenshots.py
(a neutral HOME: the inquiry pack's default folder shows in its picture).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSettings, Qt  # noqa: E402 (platform chosen first)
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kgs_ropa.services import review_ops  # noqa: E402
from kgs_ropa.services.setup import initialise  # noqa: E402
from kgs_ropa.storage.database import Database  # noqa: E402
from kgs_ropa.ui import i18n, tasks  # noqa: E402
from kgs_ropa.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1440, 900)


def settle(app: QApplication) -> None:
    tasks.wait_all()
    for _ in range(5):
        app.processEvents()


def open_window(app: QApplication, db: Database, folder: Path) -> MainWindow:
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Privacy officer")  # not the account that made the shots
    window = MainWindow(db, settings)
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def with_dialog(window: MainWindow, dialog: QWidget, name: str) -> None:
    """The window with the dialog drawn over it, as the user sees them together."""
    picture = window.grab()
    painter = QPainter(picture)
    shot: QPixmap = dialog.grab()
    title_height = dialog.fontMetrics().height() + 10
    left = (picture.width() - shot.width()) // 2
    top = (picture.height() - shot.height()) // 3
    # Off-screen windows have no frame: draw a plain title bar so the dialog reads as one.
    bar = QRect(left - 1, top - title_height, shot.width() + 2, title_height)
    painter.fillRect(bar, QColor("#3b4a5a"))
    painter.setPen(QColor("white"))
    painter.drawText(bar.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(left, top), shot)
    painter.setPen(QColor("#3b4a5a"))
    painter.drawRect(
        QRect(left - 1, top - title_height, shot.width() + 1, shot.height() + title_height)
    )
    painter.end()
    picture.save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def shoot(app: QApplication, lang: str, folder: Path) -> None:
    i18n.switch(lang)
    empty = Database.open(str(folder / f"empty-{lang}.sqlite"))
    initialise(empty)
    window = open_window(app, empty, folder)
    save(window, f"{lang}-welcome.png")
    window.close()
    empty.dispose()

    example = Database.open(str(folder / f"example-{lang}.sqlite"))
    initialise(example, "kgs")
    window = open_window(app, example, folder)
    window.register.table.selectRow(0)
    settle(app)
    save(window, f"{lang}-register.png")

    window.edit_activity(window.register.model.all_rows[0].id)
    window.editor.tabs.setCurrentIndex(4)  # (e) transfers: findings under their field
    settle(app)
    save(window, f"{lang}-editor.png")

    window.show_page("dashboard")
    settle(app)
    save(window, f"{lang}-dashboard.png")

    window.show_page("processors")
    page = window.catalogues["processors"]
    page.table.selectRow(0)
    dialog = page.ask_impact()
    assert dialog is not None
    settle(app)
    with_dialog(window, dialog, f"{lang}-processor-impact.png")
    dialog.close()

    shoot_review(app, window, example, lang)
    window.close()
    example.dispose()


REVIEW_WORDS = {
    "en": {"name": "Q4 2026", "officer": "Privacy officer", "action": "Sign the agreement"},
    "nl": {"name": "K4 2026", "officer": "Privacyfunctionaris", "action": "Overeenkomst tekenen"},
}
DUE = date(2027, 1, 31)


def shoot_review(app: QApplication, window: MainWindow, db: Database, lang: str) -> None:
    """A quarterly review under way (two activities marked), then File > Inquiry pack."""
    words = REVIEW_WORDS[lang]
    review_ops.start(db, words["name"], date(2026, 12, 1), [words["officer"], "IT"])
    codes = [item.activity_code for item in review_ops.current(db).items]  # type: ignore[union-attr]
    review_ops.mark(db, codes[0], "confirmed")
    review_ops.mark(
        db, codes[1], "follow_up", action=words["action"], owner=words["officer"], due=DUE
    )
    window.show_page("register")
    dialog = window.actions_.review.review_session()
    settle(app)
    with_dialog(window, dialog, f"{lang}-review.png")
    dialog.close()
    dialog = window.actions_.review.inquiry_pack()
    settle(app)
    with_dialog(window, dialog, f"{lang}-inquiry-pack.png")
    dialog.close()


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("nl", "en"):
            shoot(app, lang, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
