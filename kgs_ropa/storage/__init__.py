"""Engine, SQLite pragmas, Alembic migrations shipped in the package, backups."""
