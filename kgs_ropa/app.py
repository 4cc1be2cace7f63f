"""Composition root of the desktop app: logging, QApplication, database, translators, window."""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path, user_log_path

from kgs_ropa import __version__
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import (
    APP_NAME,
    ENV_DB,
    Database,
    StorageError,
    is_sqlite,
    resolve_url,
)
from kgs_ropa.storage.location import network_share_warning
from kgs_ropa.storage.migrate import NewerDatabaseError, require_register
from kgs_ropa.storage.partials import remove_stale

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLockFile
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("kgs_ropa")
ORGANISATION = "KGS"
APPLICATION = "KGS ROPA"


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def setup_logging() -> Path:
    """A rotating log in the user's log folder. No personal data is logged at INFO."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kgs-ropa.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def open_register(target: str | None, create: bool = False) -> Database:
    """Open the database, upgrade it (after a backup) and add any missing standard vocabulary
    entries, so a new register starts with them. StorageError carries a message for the user.

    Only with `create` (the first start on the default location) may there be no register yet.
    """
    db = connect(target)
    try:
        if not create:
            require_register(db)
        result = initialise(db).upgrade
    except Exception:
        db.dispose()
        raise
    if result.changed:
        log.info("database schema upgraded from %s to %s", result.before, result.after)
    _daily_backup(db)
    return db


def _daily_backup(db: Database) -> None:
    """The first start of a day keeps a checked copy; a failure is logged, never in the way."""
    try:
        made = backup.daily(db)
    except (StorageError, OSError):
        log.warning("the daily backup could not be made", exc_info=True)
        return
    if made:
        log.info("daily backup made")


def database_key(target: str | None) -> str:
    """Names one database whatever way it is given: the resolved file path for SQLite, the
    server and database (never the password) otherwise. Raises StorageError for a bad URL."""
    url = resolve_url(target)
    if is_sqlite(url):
        return "sqlite:" + os.path.normcase(str(url.database))
    return f"{url.get_backend_name()}://{url.username or ''}@{url.host}:{url.port}/{url.database}"


def single_instance_lock(folder: Path, key: str = "") -> QLockFile | None:
    """The lock of one database in the app's data folder, or None when another instance holds
    it. Each database has its own lock, so two windows can show two different registers.

    A lock left by a crashed instance is stale (its process is gone) and taken over.
    """
    from PySide6.QtCore import QLockFile

    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    lock = QLockFile(str(folder / f"kgs-ropa-{digest}.lock"))
    return lock if lock.tryLock(200) else None


def app_icon() -> QIcon:
    from importlib import resources

    from PySide6.QtGui import QIcon, QPixmap

    data = resources.files("kgs_ropa.resources.icons").joinpath("kgs-ropa.png").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return QIcon(pixmap)


def run_app(db_target: str | None) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kgs_ropa.ui import i18n
    from kgs_ropa.ui.crash import install_excepthook
    from kgs_ropa.ui.error_text import user_message
    from kgs_ropa.ui.main_window import MainWindow

    log_file = setup_logging()
    log.info("KGS ROPA %s starting", __version__)
    remove_stale()  # what an export killed earlier left beside its target
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    settings = QSettings()
    i18n.switch(i18n.preferred(settings))
    install_excepthook(log_file)

    try:
        key = database_key(db_target)
    except StorageError as exc:
        return _cannot_open(app, exc)
    lock = single_instance_lock(user_data_path(APP_NAME, appauthor=False, roaming=False), key)
    if lock is None:
        QMessageBox.information(
            None,
            APPLICATION,
            app.translate(
                "App",
                "This register is already open in KGS ROPA. Switch to the open window (look in "
                "the taskbar). Another register can be opened alongside it.",
            ),
        )
        return 1
    try:
        # Only the default location is created on first start; a mistyped --db is refused.
        db = open_register(db_target, create=not (db_target or os.environ.get(ENV_DB)))
    except NewerDatabaseError as exc:
        lock.unlock()
        QMessageBox.critical(
            None,
            APPLICATION,
            app.translate(
                "App",
                "This register was made by a newer version of KGS ROPA. Install the newer "
                "version to open it; the database was not changed.\n\n%1",
            ).replace("%1", user_message(exc)),
        )
        return 2
    except StorageError as exc:
        lock.unlock()
        return _cannot_open(app, exc)
    window = MainWindow(db, settings)
    window.show()
    # Once the event loop has drawn the window: packaging/start_time.py and the smoke test wait
    # for this line.
    QTimer.singleShot(0, lambda: log.info("main window shown"))
    warn_about_network_share(window, db)
    try:
        return int(app.exec())
    finally:
        db.dispose()
        lock.unlock()
        log.info("KGS ROPA stopped")


def warn_about_network_share(window: QWidget, db: Database) -> bool:
    """The command line's warning, in the app: SQLite's locking is unreliable on a share."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if not is_sqlite(db.url) or network_share_warning(db.url.database) is None:
        return False
    QMessageBox.warning(
        window,
        APPLICATION,
        QCoreApplication.translate(
            "App",
            "This register is on a network share, where SQLite cannot reliably stop two people "
            "from writing at once and a second user can damage the file. Keep the register on a "
            "local disk, or use a PostgreSQL database for a team (see the guide).",
        ),
    )
    return True


def _cannot_open(app: QCoreApplication, exc: StorageError) -> int:
    from PySide6.QtWidgets import QMessageBox

    from kgs_ropa.ui.error_text import user_message

    QMessageBox.critical(
        None,
        APPLICATION,
        app.translate(
            "App",
            "The register could not be opened: %1\n\nCheck the path or URL given with "
            "--db or KGS_ROPA_DB, and that the file is not on a disconnected drive.",
        ).replace("%1", user_message(exc)),
    )
    return 2
