"""The selected activity in brief, as the law groups it; every user value is escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.periods import describe
from kgs_ropa.model.texts import translation_of
from kgs_ropa.reports.activity_tables import automated_answer, unlisted
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.ui.chips import STATUS_CHIPS, chip_html
from kgs_ropa.ui.form import findings_html
from kgs_ropa.ui.lookups import Lookups


def tr(text: str) -> str:
    return QCoreApplication.translate("Details", text)


def _text(row: dict[str, Any], key: str, lang: str) -> str:
    """A free text in the interface language where the register has it, else as recorded."""
    return translation_of(row, key, lang) or str(row.get(key) or "")


def _list(values: Iterable[str], empty: str = "") -> str:
    """`empty`: what an empty list means where "none" would claim too much (as the export says
    it: "to be confirmed" until the element is assessed)."""
    items = [f"<li>{escape(v)}</li>" for v in values if v]
    if not items:
        # A call of its own: inside an f-string lupdate would not find the text to translate.
        none = empty or QCoreApplication.translate("Details", "none")
        return f"<p><i>{escape(none)}</i></p>"
    return f"<ul>{''.join(items)}</ul>"


def _status_chip(code: object, label: str) -> str:
    colours = STATUS_CHIPS.get(str(code))
    return chip_html(label, *colours) if colours and label else escape(label)


def _unlisted(doc: dict[str, Any], elements: Sequence[str], lang: str) -> str:
    """The export's words for an empty assessed element: "none (assessed)" only when every
    element of the section was assessed as none."""
    english: Lang = "en" if lang == "en" else "nl"
    words = {unlisted(doc, element, english) for element in elements}
    return words.pop() if len(words) == 1 else label("to_confirm", english)


def _automated(doc: dict[str, Any], lang: str) -> str:
    """As the exports say it: "to be confirmed" until someone answers No or Yes."""
    answer = automated_answer(doc, "en" if lang == "en" else "nl")
    note = _text(doc, "automated_decision_note", lang)
    return f"{answer}: {note}" if note else answer


def _section(title: str, body: str) -> str:
    return f"<h4>{escape(title)}</h4>{body}"


def _purposes(doc: dict[str, Any], lang: str) -> list[str]:
    lines = []
    for purpose in doc.get("purposes", []):
        text = _text(purpose, "description", lang)
        basis = voc.LAWFUL_BASES.label(purpose.get("lawful_basis"), lang)
        lines.append(f"{text} — {basis}" if basis else text)
    return lines


def _transfers(doc: dict[str, Any], lang: str) -> list[str]:
    lines = []
    for transfer in doc.get("transfers", []):
        country = countries.country_label(transfer.get("country"), lang)
        mechanism = voc.TRANSFER_MECHANISMS.label(transfer.get("mechanism"), lang)
        recipient = _text(transfer, "recipient", lang)
        lines.append(" — ".join(v for v in (country, recipient, mechanism) if v))
    return lines


def _retention(doc: dict[str, Any], labels: dict[str, str], lang: str) -> list[str]:
    lines = []
    for rule in doc.get("retention", []):
        what = labels.get(rule.get("category") or "", "")
        words = describe(rule, _text(rule, "period", lang), lang)
        period = " ".join(v for v in (words, _text(rule, "start_event", lang)) if v)
        lines.append(f"{what}: {period}" if what else period)
    return lines


def details_html(
    doc: dict[str, Any], lookups: Lookups, lang: str, findings: Sequence[tuple[str, str]]
) -> str:
    from kgs_ropa.reports.activity import document_line  # the exports' wording; not at start-up

    def names(kind: str, key: str) -> list[str]:
        labels = lookups.labels(kind, lang)
        return [labels.get(code, code) for code in doc.get(key, [])]

    category_labels = lookups.labels("data_category", lang)
    name = _text(doc, "name", lang)
    status = voc.ACTIVITY_STATUSES.label(doc.get("status"), lang)
    controller = lookups.labels("entity", lang).get(doc.get("controller") or "", "")
    function = _text(doc, "business_function", lang)
    parts = [
        f"<h3>{escape(doc.get('code', ''))} · {escape(name)}</h3>",
        # No separator left over when the activity has no business function yet.
        f"<p>{_status_chip(doc.get('status'), status)}"
        + (f"&nbsp; {escape(function)}" if function else "")
        + "</p>",
        f"<p>{escape(_text(doc, 'description', lang))}</p>",
    ]
    if findings:
        parts.append(
            _section(
                QCoreApplication.translate("Details", "Findings"),
                f"<p>{findings_html(findings)}</p>",
            )
        )
    parts += [
        _section(
            QCoreApplication.translate("Details", "(a) Controller"),
            _list([controller, *doc.get("joint_controllers", [])]),
        ),
        _section(
            QCoreApplication.translate("Details", "(b) Purposes and lawful bases"),
            _list(_purposes(doc, lang)),
        ),
        _section(
            QCoreApplication.translate("Details", "(c) Data subjects"),
            _list(names("data_subject", "data_subjects")),
        ),
        _section(
            QCoreApplication.translate("Details", "(c) Personal data"),
            _list(
                category_labels.get(u["category"], u["category"])
                for u in doc.get("data_categories", [])
            ),
        ),
        _section(
            QCoreApplication.translate("Details", "(d) Recipients and processors"),
            _list(
                names("recipient", "recipients") + names("processor", "processors"),
                _unlisted(doc, ("recipients", "processors"), lang),
            ),
        ),
        _section(
            QCoreApplication.translate("Details", "(e) Transfers"),
            _list(_transfers(doc, lang), _unlisted(doc, ("transfers",), lang)),
        ),
        _section(
            QCoreApplication.translate("Details", "(f) Retention"),
            _list(_retention(doc, category_labels, lang)),
        ),
        _section(
            QCoreApplication.translate("Details", "(g) Security"),
            _list([*names("measure", "security_measures"), _text(doc, "security_note", lang)]),
        ),
        _section(
            QCoreApplication.translate("Details", "Systems"), _list(names("system", "systems"))
        ),
        _section(
            QCoreApplication.translate("Details", "Automated decisions"),
            _list([_automated(doc, lang)]),
        ),
        _section(
            QCoreApplication.translate("Details", "Documents"),
            _list(document_line(link, lang) for link in doc.get("documents") or []),
        ),
    ]
    return "".join(parts)
