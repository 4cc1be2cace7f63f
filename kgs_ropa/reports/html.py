"""The report as one HTML page: what the print preview lays out (Qt's QTextDocument reads it).

The same report the PDF renders, in the same order: cover, overview, one section per activity,
the annexes. Only the HTML subset QTextDocument understands is used (tables, headings,
page-break-before). Every text is escaped: user text is data, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from kgs_ropa.reports import report as model
from kgs_ropa.reports.labels import Lang, label

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-top: 0; }
h2 { font-size: 13pt; margin-top: 0; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
h4 { font-size: 9pt; margin-top: 8px; margin-bottom: 2px; }
.label { color: #555555; font-size: 8pt; margin-top: 8px; }
.new-page { page-break-before: always; }
th { background-color: #e8ecf0; text-align: left; font-weight: bold; }
td.field { color: #444444; width: 30%; }
"""


def _text(value: str) -> str:
    """User text as text: escaped, its line breaks kept."""
    return escape(value).replace("\n", "<br>")


def _p(value: str, css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return f"<p{attribute}>{_text(value)}</p>"


def _table(
    rows: Iterable[Iterable[str]], head: Iterable[str] = (), widths: Iterable[int] = ()
) -> str:
    shares = list(widths)
    total = sum(shares) or 1
    header = "".join(
        f'<th width="{100 * w // total}%">{_text(h)}</th>' if shares else f"<th>{_text(h)}</th>"
        for h, w in zip(head, shares or [0] * 1000, strict=False)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    top = f"<tr>{header}</tr>" if header else ""
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-collapse: collapse; border-color: #b0b8c0;">{top}{body}</table>'
    )


# About what a line of a portrait A4 page holds at the body size: the scale of the widths.
LINE_CHARS = 75
# A longer "word" (a web address) may break inside: keeping it whole would squeeze the rest.
LONGEST_WORD = 30


def _longest_word(texts: Iterable[str]) -> int:
    return min(max((len(w) for t in texts for w in t.split()), default=0), LONGEST_WORD)


def column_shares(hints: list[int], words: list[int]) -> list[int]:
    """The columns' shares of the line (per mille): as the width hints divide it, but each
    column at least as wide as its longest word plus the padding, taken from the columns with
    room to spare; QTextDocument would otherwise break a word ("Conce / pt")."""
    needs = [word + 3.0 for word in words]
    total = sum(hints) or 1
    shares = [max(hint * LINE_CHARS / total, need) for hint, need in zip(hints, needs, strict=True)]
    excess = sum(shares) - LINE_CHARS
    slack = [share - need for share, need in zip(shares, needs, strict=True)]
    if excess > 0 and sum(slack) > excess:
        shares = [
            share - excess * room / sum(slack) for share, room in zip(shares, slack, strict=True)
        ]
    elif excess > 0:
        shares = needs  # even the words alone overfill the line: each gets its part of it
    line = sum(shares)
    return [round(1000 * share / line) for share in shares]


def data_table(table: model.Table, lang: Lang) -> str:
    rows = [[_text(cell.text) for cell in row] for row in table.rows]
    if not rows:
        return f"<p><i>{_text(table.empty or label('none', lang))}</i></p>"
    # The columns share the width as the PDF's do, by their width hints, keeping words whole.
    columns = table.columns
    texts: list[list[str]] = [[column.title] for column in columns]
    for row in table.rows:  # one walk over the rows, each cell to its column's texts
        for column_texts, cell in zip(texts, row, strict=False):
            column_texts.append(cell.text)
    words = [_longest_word(column_texts) for column_texts in texts]
    shares = column_shares([c.width for c in columns], words)
    return _table(rows, [c.title for c in columns], shares)


def _fields(fields: list[tuple[str, model.Cell]]) -> str:
    rows = [
        [f'<span class="field">{_text(name)}</span>', _text(cell.text)] for name, cell in fields
    ]
    return _table(rows)


def cover(meta: model.Meta) -> str:
    lang = meta.lang
    parts = [f"<h1>{_text(meta.title)}</h1>", _p(meta.subtitle)]
    notice = model.internal_notice(meta.audience, lang)
    if notice:
        parts.append(f"<h2>{_text(notice)}</h2>")
    for party in meta.parties:
        parts += [
            _p(party.role, "label"),
            _p("\n".join(party.lines) or label("not_recorded", lang)),
        ]
    for key, value in meta.cover_facts():
        parts += [_p(label(key, lang), "label"), _p(value)]
    if meta.is_subset:
        text = label("inquiry_subset", lang)
        parts.append(
            f"<h3>{_text(text.format(count=meta.activity_count, total=meta.total_activity_count))}"
            "</h3>"
        )
    parts += [_p(line) for line in meta.status_lines()]
    return "".join(parts)


def _contacts(meta: model.Meta) -> list[tuple[str, model.Cell]]:
    """The DPO, representative and privacy officer beside the controller, as in the PDF."""
    return [(p.role, model.text_cell(", ".join(p.lines))) for p in meta.parties[1:] if p.lines]


def section(activity: model.ActivitySection, meta: model.Meta) -> str:
    parts = [f'<h2 class="new-page">{_text(activity.title)}</h2>']
    for part in activity.parts:
        if part.title:
            parts.append(f"<h3>{_text(part.title)}</h3>")
        fields = [*part.fields, *(_contacts(meta) if part.key == "part_controller" else [])]
        if fields:
            parts.append(_fields(fields))
        for table in part.tables:
            if fields or len(part.tables) > 1:
                parts.append(f"<h4>{_text(table.title)}</h4>")
            parts.append(data_table(table, meta.lang))
    return "".join(parts)


def render_html(report: model.Report) -> str:
    """The whole report as one HTML document."""
    lang = report.meta.lang
    parts = [
        f'<html lang="{lang}"><head><meta charset="utf-8"><style>{_STYLE}</style></head><body>',
        cover(report.meta),
        f'<h1 class="new-page">{_text(label("overview", lang))}</h1>',
        data_table(report.overview, lang),
    ]
    parts += [section(activity, report.meta) for activity in report.activities]
    for index, table in enumerate(report.annexes_to_show(), 1):
        title = f"{label('annex', lang)} {index}. {table.title}"
        parts += [f'<h1 class="new-page">{_text(title)}</h1>', data_table(table, lang)]
    parts.append("</body></html>")
    return "".join(parts)
