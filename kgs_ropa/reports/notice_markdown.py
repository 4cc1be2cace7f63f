"""The privacy statement as Markdown, for a website's content system or a document editor."""

from __future__ import annotations

import re

from kgs_ropa.reports.notice import Bullets, Heading, Line, Notice, Paragraph, Part

# Characters Markdown would read as markup when they come from register text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _escape(value: str) -> str:
    return _SPECIAL.sub(r"\\\1", value).replace("\n", " ")


def _runs(line: Line, open_label: str) -> str:
    return "".join(
        _escape(run) if isinstance(run, str) else f"**\\[{open_label}: {_escape(run.about)}\\]**"
        for run in line
    )


def _part(part: Part, open_label: str) -> str:
    if isinstance(part, Heading):
        return f"{'#' * part.level} {_runs(part.line, open_label)}"
    if isinstance(part, Paragraph):
        return _runs(part.line, open_label)
    if isinstance(part, Bullets):
        return "\n".join(f"- {_runs(item, open_label)}" for item in part.items)
    rows = [part.columns, tuple("---" for _ in part.columns), *part.rows]
    return "\n".join("| " + " | ".join(_escape(c) for c in row) + " |" for row in rows)


def render_markdown(notice: Notice, open_label: str) -> str:
    return "\n\n".join(_part(part, open_label) for part in notice.parts) + "\n"
