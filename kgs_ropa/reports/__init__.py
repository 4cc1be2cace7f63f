"""Reports: the register built once into a format-neutral model, rendered as Excel, PDF and
DPV JSON-LD (no Qt)."""
