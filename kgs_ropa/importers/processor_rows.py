"""One row of the ICO processor template (Art. 30(2)) as a processor record: the controller
served, its representative and DPO, the categories of processing, transfers and measures."""

from __future__ import annotations

from typing import Any

from kgs_ropa.importers.sheet_rows import Cells, Report, Row, text
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message

Doc = dict[str, Any]


def record_from_row(code: str, cells: Cells, report: Report) -> tuple[Doc, list[str]]:
    """The processor record of one row, and the note lines of the columns it has no field for."""
    row = Row(cells, report)
    controller = row.one("client_controller")
    if not controller:
        report(
            "client_controller",
            Message(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "every row needs the controller it processes for"
                )
            ),
        )
    # The record keeps transfers as one text: the safeguards go in with their heading.
    transfers = [text(v) for _, v in cells.get("third_countries", [])]
    transfers += [f"{h}: {text(v)}" for h, v in cells.get("transfer_safeguards", [])]
    return {
        "code": code,
        "client_controller": controller,
        "client_contact": "",
        "client_representative": row.one("client_representative"),
        "client_dpo": row.one("client_dpo"),
        "processing_categories": row.one("processing_categories"),
        "transfers": "\n".join(transfers),
        "security_measures": "\n".join(text(v) for _, v in cells.get("security_measures", [])),
    }, row.notes
