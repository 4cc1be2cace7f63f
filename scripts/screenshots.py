"""Regenerate docs/screenshots/{nl,en}-{welcome,register,editor,dashboard,processor-impact,
review,inquiry-pack,backups,import,team-database}.png (the README and the user guide show them).

Runs the app off-screen on a fresh copy of the KGS Diamond example (and an empty register for
the welcome screen), with default window state:  HOME=/home/privacy python scripts/screenshots.py
(a neutral HOME: the inquiry pack's default folder shows in its picture). The team-database
pictures need an empty PostgreSQL database the script may fill, named by --team-db URL; the
register is moved there with the guide's own commands (export json, init, import json).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSettings, Qt  # noqa: E402 (platform chosen first)
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kgs_ropa.cli import main as cli  # noqa: E402
from kgs_ropa.services import review_ops  # noqa: E402
from kgs_ropa.services.connect import connect  # noqa: E402
from kgs_ropa.services.setup import initialise  # noqa: E402
from kgs_ropa.storage.database import Database  # noqa: E402
from kgs_ropa.ui import i18n, tasks, theme  # noqa: E402
from kgs_ropa.ui.import_dialog import ImportDialog  # noqa: E402
from kgs_ropa.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TITLE_BAR = QColor("#3b4a5a")
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
    painter.fillRect(bar, TITLE_BAR)
    painter.setPen(QColor("white"))
    painter.drawText(bar.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(left, top), shot)
    painter.setPen(TITLE_BAR)
    painter.drawRect(
        QRect(left - 1, top - title_height, shot.width() + 1, shot.height() + title_height)
    )
    painter.end()
    picture.save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def with_title(window: MainWindow, name: str) -> None:
    """The window under a plain title bar with its title: which register is open shows there."""
    shot = window.grab()
    height = window.fontMetrics().height() + 10
    picture = QPixmap(shot.width(), shot.height() + height)
    painter = QPainter(picture)
    bar = QRect(0, 0, shot.width(), height)
    painter.fillRect(bar, TITLE_BAR)
    painter.setPen(QColor("white"))
    painter.drawText(bar.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, window.windowTitle())
    painter.drawPixmap(QPoint(0, height), shot)
    painter.end()
    picture.save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def with_file_menu(app: QApplication, window: MainWindow, name: str) -> None:
    """The window with its File menu open on Back up now (off-screen menus are drawn in)."""
    menu = window.actions_.menus["file"]
    bar = window.menuBar()
    corner = bar.mapTo(window, bar.actionGeometry(menu.menuAction()).bottomLeft())
    menu.popup(window.mapToGlobal(corner))
    menu.setActiveAction(window.actions_.backups.back_up_action)
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(corner, menu.grab())
    painter.setPen(TITLE_BAR)
    painter.drawRect(QRect(corner, menu.size()).adjusted(0, 0, -1, -1))
    painter.end()
    menu.hide()
    picture.save(str(OUT / name))
    print(f"wrote docs/screenshots/{name}")


def _templates() -> Any:
    """The test suite's workbooks on the published templates, filled as a company would."""
    path = ROOT / "tests" / "import_templates.py"
    spec = importlib.util.spec_from_file_location("import_templates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_templates"] = module
    spec.loader.exec_module(module)
    return module


def shoot_import(app: QApplication, window: MainWindow, lang: str, folder: Path) -> None:
    """File > Import: the preview of a spreadsheet register, before anything changes."""
    templates = _templates()
    build = templates.dutch if lang == "nl" else templates.ico_controller
    (folder / f"import-{lang}").mkdir(exist_ok=True)
    workbook = build(folder / f"import-{lang}")
    dialog = ImportDialog(window.db, window.hub, window)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.path.setText(str(workbook.path))
    dialog.check()
    settle(app)
    dialog.path.blockSignals(True)  # a new name would make the preview stale
    dialog.path.setText(workbook.path.name)  # the temporary folder says nothing
    dialog.path.blockSignals(False)
    with_dialog(window, dialog, f"{lang}-import.png")
    dialog.close()


def shoot_team(app: QApplication, lang: str, folder: Path, example: Path, team: str) -> None:
    """The register moved to a team database with the guide's commands, opened there."""
    exported = folder / f"move-{lang}.json"
    steps = [
        ["--db", str(example), "export", "json", str(exported)],
        ["--db", team, "init"],
        ["--db", team, "import", "json", str(exported)],
    ]
    if lang == "nl":  # the database is filled once; the English picture opens it again
        for step in steps:
            if cli(step) != 0:
                raise SystemExit(f"moving the register failed at: kgs-ropa {' '.join(step)}")
    db = connect(team)
    window = open_window(app, db, folder)
    window.register.table.selectRow(0)
    settle(app)
    with_title(window, f"{lang}-team-database.png")
    window.close()
    db.dispose()


def shoot(app: QApplication, lang: str, folder: Path, team: str | None) -> None:
    i18n.switch(lang)
    empty = connect(str(folder / f"empty-{lang}.sqlite"))
    initialise(empty)
    window = open_window(app, empty, folder)
    save(window, f"{lang}-welcome.png")
    window.close()
    empty.dispose()

    example = connect(str(folder / f"example-{lang}.sqlite"))
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
    window.show_page("register")
    settle(app)
    with_file_menu(app, window, f"{lang}-backups.png")
    shoot_import(app, window, lang, folder)
    window.close()
    example.dispose()
    if team:
        shoot_team(app, lang, folder, folder / f"example-{lang}.sqlite", team)


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--team-db", help="URL of an empty PostgreSQL database to fill")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    theme.apply(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("nl", "en"):
            shoot(app, lang, Path(folder), args.team_db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
