"""Composition root of the desktop app: logging, QApplication, database, translators, window."""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from platformdirs import user_log_path

from kgs_ropa import __version__
from kgs_ropa.services import access, lease
from kgs_ropa.services.access import ReadOnlyReason
from kgs_ropa.services.connect import connect
from kgs_ropa.services.lease import Holder, RegisterInUseError
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import (
    APP_NAME,
    ENV_DB,
    Database,
    StorageError,
    is_sqlite,
)
from kgs_ropa.storage.location import network_share_warning
from kgs_ropa.storage.migrate import (
    NewerDatabaseError,
    check_compatible,
    current_revision,
    head_revision,
    prepare_new,
    require_register,
)
from kgs_ropa.storage.partials import remove_stale

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("kgs_ropa")
# Asked when another process holds the register: open it read-only (True) or not at all.
Choice = Callable[[Holder], bool]
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


def open_register(
    target: str | None, create: bool = False, read_only_instead: Choice | None = None
) -> Database:
    """Open the database, upgrade it (after a backup), add any missing standard vocabulary
    entries (so a new register starts with them) and take the writer's lease. StorageError
    carries a message for the user.

    Only with `create` (the first start on the default location) may there be no register yet.
    A read-only login or file opens read-only (`db.read_only`); so does a register another
    process holds, when `read_only_instead(holder)` says so (else RegisterInUseError).
    """
    db = connect(target)
    try:
        if create:
            prepare_new(db)  # the lease check below connects: the folder must exist first
        else:
            require_register(db)
        reason = access.why_read_only(db) or _other_writer(db, read_only_instead)
        if reason is None:
            reason = _open_for_writing(db, read_only_instead)
        if reason is not None:
            _open_read_only(db, reason)
    except Exception:
        db.close()
        raise
    return db


def _other_writer(db: Database, read_only_instead: Choice | None) -> ReadOnlyReason | None:
    holder = lease.other_writer(db)
    if holder is None:
        return None
    if read_only_instead is None or not read_only_instead(holder):
        raise lease.RegisterInUseError(holder)
    return access.held_by(holder)


def _open_for_writing(db: Database, read_only_instead: Choice | None) -> ReadOnlyReason | None:
    """Upgrade, seed and take the lease; the reason to open read-only after all when another
    process took the lease in the meantime."""
    result = initialise(db).upgrade
    if result.changed:
        log.info("database schema upgraded from %s to %s", result.before, result.after)
    try:
        lease.acquire(db)
    except lease.RegisterInUseError as exc:
        if read_only_instead is None or not read_only_instead(exc.holder):
            raise
        return access.held_by(exc.holder)
    _daily_backup(db)
    return None


def _open_read_only(db: Database, reason: ReadOnlyReason) -> None:
    """Nothing is written: no upgrade, no seeding, no backup; an older schema cannot be shown."""
    check_compatible(db)
    if current_revision(db) != head_revision():
        raise StorageError(
            f"{db.display_name} needs a schema upgrade before this version can show it, and it "
            f"is open read-only here ({reason}). Open it once where it can be written."
        )
    db.read_only = reason
    log.info("register opened read-only: %s", reason.kind)


def _daily_backup(db: Database) -> None:
    """The first start of a day keeps a checked copy; a failure is logged, never in the way."""
    try:
        made = backup.daily(db)
    except (StorageError, OSError):
        log.warning("the daily backup could not be made", exc_info=True)
        return
    if made:
        log.info("daily backup made")


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

    from kgs_ropa.ui import i18n, theme
    from kgs_ropa.ui.crash import install_excepthook
    from kgs_ropa.ui.error_text import user_message
    from kgs_ropa.ui.main_window import MainWindow
    from kgs_ropa.ui.read_only import ask_read_only

    log_file = setup_logging()
    log.info("KGS ROPA %s starting", __version__)
    remove_stale()  # what an export killed earlier left beside its target
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    theme.apply(app)  # type: ignore[arg-type]  # instance() is the QApplication made above
    settings = QSettings()
    i18n.switch(i18n.preferred(settings))
    install_excepthook(log_file)

    try:
        # Only the default location is created on first start; a mistyped --db is refused.
        # Another process's lease (this machine or another, any spelling of the path) asks.
        db = open_register(
            db_target,
            create=not (db_target or os.environ.get(ENV_DB)),
            read_only_instead=ask_read_only,
        )
    except RegisterInUseError:
        return 1  # the user chose not to open it read-only
    except NewerDatabaseError as exc:
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
        db.close()  # gives the lease up
        settings.sync()
        log.info("KGS ROPA stopped")


def run_app_and_exit(db_target: str | None) -> NoReturn:
    """run_app, then end the process at once. By then the register is closed (its lease given
    up), the settings written and the log flushed below; the interpreter's own teardown of the
    app's modules and objects would only take another 0.2-0.4 s CPU (docs/performance.md)."""
    code = run_app(db_target)
    from kgs_ropa.ui import tasks

    if not tasks.wait_all(0):  # a task still running (an export): the interpreter's own end
        sys.exit(code)
    atexit._run_exitfuncs()  # what libraries clean up at exit (openpyxl's temporary files)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


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
