"""Importers: register files read, validated and applied all or nothing (no Qt)."""
