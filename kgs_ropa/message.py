"""A message made below the interface: an English template with named values, so the command
line prints it as it is and the app says it in the interface language.

Templates are marked with QT_TRANSLATE_NOOP in the "ServiceMessages" context: lupdate finds the
marker by its name in any module it scans, so this Qt-free one defines it as a plain function.
The app translates the template (and any value that is a Message itself) and then fills in the
values; a value is data, never parsed as a template.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Union

CONTEXT = "ServiceMessages"
Value = Union[str, int, "Message"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for translation in `context` and returns it untranslated."""
    return text


def _english_number(number: int) -> str:
    return f"{number:,}"


@dataclass(frozen=True)
class Message:
    """`template` names its values in braces ("too long: at most {limit}")."""

    template: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def render(
        self,
        translate: Callable[[str], str] = str,
        number: Callable[[int], str] = _english_number,
    ) -> str:
        """The message with each value filled in: templates through `translate`, whole
        numbers through `number` (thousands grouped as the language writes them)."""

        def show(value: Value) -> str:
            if isinstance(value, Message):
                return value.render(translate, number)
            if isinstance(value, int) and not isinstance(value, bool):
                return number(value)
            return str(value)

        values = {k: show(v) for k, v in self.values.items()}
        try:
            return translate(self.template).format_map(values)
        except (KeyError, ValueError, IndexError):  # a translation that names another value
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.render()


def message(template: str, **values: Value) -> Message:
    return Message(template, values)


def quoted(text: object) -> str:
    """A value as Python's repr quotes it: the same in both languages."""
    return repr(text)
