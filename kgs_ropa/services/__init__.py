"""Use cases: one session and one transaction per user action (no Qt)."""
