"""The privacy statement as HTML: a fragment a website embeds, or a standalone page.

Every piece of register text is escaped; open points are <mark> elements, so they stand out
in a preview and are easy to find before publishing.
"""

from __future__ import annotations

from html import escape

from kgs_ropa.reports.notice import Bullets, Heading, Line, Notice, Paragraph, Part

_STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; line-height: 1.5;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; }
h1, h2, h3 { color: #1F4E79; line-height: 1.25; }
mark.to-be-confirmed { background: #fff1b8; padding: 0 .2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #9FB6CD; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #DCE6F0; }
"""


def _runs(line: Line, open_label: str) -> str:
    return "".join(
        escape(run)
        if isinstance(run, str)
        else f'<mark class="to-be-confirmed">[{escape(open_label)}: {escape(run.about)}]</mark>'
        for run in line
    )


def _part(part: Part, open_label: str) -> str:
    if isinstance(part, Heading):
        return f"<h{part.level}>{_runs(part.line, open_label)}</h{part.level}>"
    if isinstance(part, Paragraph):
        return f"<p>{_runs(part.line, open_label)}</p>"
    if isinstance(part, Bullets):
        items = "".join(f"<li>{_runs(item, open_label)}</li>" for item in part.items)
        return f"<ul>{items}</ul>"
    head = "".join(f"<th>{escape(c)}</th>" for c in part.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in part.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_fragment(notice: Notice, open_label: str) -> str:
    """An <article> to paste into a website's page."""
    body = "\n".join(_part(part, open_label) for part in notice.parts)
    return f'<article class="privacy-statement" lang="{notice.lang}">\n{body}\n</article>\n'


def render_page(notice: Notice, open_label: str) -> str:
    """A whole HTML page that opens in any browser."""
    return (
        f'<!DOCTYPE html>\n<html lang="{notice.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(notice.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"{render_fragment(notice, open_label)}</body>\n</html>\n"
    )
