"""The palette keeps WCAG contrast: 4.5:1 for text, 3:1 for large text, icons and the focus ring."""

from __future__ import annotations

import pytest

from kgs_ropa.ui import palette


@pytest.mark.parametrize(("foreground", "background", "minimum"), palette.CONTRAST_PAIRS)
def test_pair_has_contrast(foreground: str, background: str, minimum: float) -> None:
    assert palette.contrast(foreground, background) >= minimum


def test_contrast_formula_matches_wcag() -> None:
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_text_colour_is_checked_on_every_surface() -> None:
    """A new text colour or surface cannot slip in without its pair."""
    pairs = {(fg, bg) for fg, bg, _ in palette.CONTRAST_PAIRS}
    for text in (palette.TEXT, palette.MUTED, palette.ACCENT):
        for surface in (palette.WINDOW, palette.SURFACE, palette.SURFACE_ALT):
            assert (text, surface) in pairs
    for colour, tint in (
        (palette.ERROR, palette.ERROR_TINT),
        (palette.WARNING, palette.WARNING_TINT),
        (palette.OK, palette.OK_TINT),
        (palette.MUTED, palette.NEUTRAL_TINT),
        (palette.ON_ACCENT, palette.ACCENT),
    ):
        assert (colour, tint) in pairs
