"""The register's database as the app and the command line use it: the storage layer's Database
with the change history attached to its own session factories."""

from __future__ import annotations

from kgs_ropa.services import history
from kgs_ropa.storage.database import Database


def connect(target: str | None = None) -> Database:
    """The register at `target` (a path or URL; None: $KGS_ROPA_DB or the default location),
    every change in its sessions recorded in the history. Creates nothing by itself."""
    db = Database.open(target)
    history.attach(db)
    return db
