"""What is wrong with an imported file, and where: sheet, row, column."""

from __future__ import annotations

import json
from dataclasses import dataclass

from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message
from kgs_ropa.storage.errors import KnownError


@dataclass(frozen=True)
class Problem:
    sheet: str | None  # None: the file as a whole
    row: int | None  # as Excel numbers it (1 = the first row)
    column: str | None  # the heading of the column
    # A Message the app says in the interface language; plain text where none is made yet.
    detail: Message | str
    # The library's own words (an XML parser's, a zip reader's): for support, never the message.
    technical: str = ""
    # In a JSON document: where ("activities[3].purposes[0].lawful_basis"), and the activity
    # there by its code and name, so the app can name both as the editor does.
    path: str = ""
    activity: str = ""

    @property
    def message(self) -> str:
        """What is wrong, in English (the command line's language)."""
        return str(self.detail)

    def __str__(self) -> str:
        """In English, with the technical details (the command line's reader may need them)."""
        said = f"{self.message} ({self.technical})" if self.technical else self.message
        if self.path:
            said = f"{self.path}: {said}"
        if self.sheet is None:
            return said
        where = [f"sheet {self.sheet!r}"]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {said}"


class ImportFileError(KnownError, ValueError):
    """The file cannot be imported; `problems` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"... and {len(problems) - 50} more")
        super().__init__("\n".join(lines))


def file_problem(path_name: str, detail: Message | str, technical: str = "") -> Problem:
    """A problem with the file as a whole: its name, then what is wrong."""
    return Problem(
        None,
        None,
        None,
        Message("{file}: {problem}", {"file": path_name, "problem": detail}),
        technical,
    )


def too_many_rows(most: int) -> Message:
    return message(QT_TRANSLATE_NOOP("ServiceMessages", "more than {most} rows"), most=most)


def invalid_json(exc: json.JSONDecodeError) -> Message:
    return message(
        QT_TRANSLATE_NOOP("ServiceMessages", "not valid JSON (line {line}, column {column})"),
        line=exc.lineno,
        column=exc.colno,
    )
