"""What an import does with an activity the register already holds (light: the command line
lists the choices before any import code is loaded)."""

from typing import Literal

OnConflict = Literal["fail", "skip", "replace"]
ON_CONFLICT: tuple[OnConflict, ...] = ("fail", "skip", "replace")
