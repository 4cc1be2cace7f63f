"""The privacy statement (Art. 13 and 14 GDPR) drawn up from the register, format-neutral.

The statement is a flat list of parts (headings, paragraphs, bullet lists, one table) that the
HTML, Markdown and PDF renderers walk. It is organised by what a person does with the company
(ordering, a newsletter, applying for a job, visiting the website): one section per activity in
use, each answering the reader's questions in turn. What the register does not know yet is an
`Open` run, which every renderer shows visibly as "[to be confirmed: ...]", never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kgs_ropa.checks.statement_terms import applicable_rights
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.reports.labels import Lang, format_date
from kgs_ropa.reports.lookup import Lookup
from kgs_ropa.reports.notice_text import (
    basis_phrase,
    interest_phrase,
    is_known_basis,
    legal_reference_phrase,
    right_sentence,
    text,
)

Doc = dict[str, Any]
IN_USE = ("active", "draft")  # retired activities are no longer told about


@dataclass(frozen=True)
class Open:
    """A point the register does not know yet, shown as "[to be confirmed: about]"."""

    about: str


Run = str | Open
Line = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 the title, 2 an activity or a general section, 3 a question
    line: Line


@dataclass(frozen=True)
class Paragraph:
    line: Line


@dataclass(frozen=True)
class Bullets:
    items: tuple[Line, ...]


@dataclass(frozen=True)
class Grid:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Part = Heading | Paragraph | Bullets | Grid


@dataclass
class Notice:
    lang: Lang
    title: str
    parts: list[Part] = field(default_factory=list)

    def open_points(self) -> list[Open]:
        return [run for line in _lines(self.parts) for run in line if isinstance(run, Open)]


def _lines(parts: Iterable[Part]) -> Iterator[Line]:
    for part in parts:
        if isinstance(part, Heading | Paragraph):
            yield part.line
        elif isinstance(part, Bullets):
            yield from part.items


def open_label(lang: Lang) -> str:
    return text("open", lang)


def _join(items: list[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('and', lang)} {items[-1]}"


class _Builder:
    def __init__(self, document: Doc, lang: Lang, today: date) -> None:
        self.document = document
        self.lang = lang
        self.today = today
        self.look = Lookup(document, lang)
        self.parts: list[Part] = []
        self.activities = [a for a in document.get("activities", []) if a.get("status") in IN_USE]

    def t(self, key: str, **values: str) -> str:
        return text(key, self.lang, **values)

    def open(self, key: str) -> Open:
        return Open(self.t(key))

    def add(self, part: Part) -> None:
        self.parts.append(part)

    # Who we are --------------------------------------------------------------------------
    def controller(self) -> Doc | None:
        entities = self.document.get("organisation", {}).get("entities", [])
        found = next((e for e in entities if e.get("role") == "controller"), None)
        return found or (entities[0] if entities else None)

    def contacts(self, role: str) -> list[Doc]:
        return [
            c
            for c in self.document.get("organisation", {}).get("contacts", [])
            if c.get("role") == role
        ]

    def ways(self, *rows: Doc | None) -> Line:
        """How to reach someone: the first row with an e-mail address or telephone number."""
        for row in rows:
            found = [str(row[k]) for k in ("email", "phone") if row and row.get(k)]
            if found:
                return (f" {self.t('or')} ".join(found),)
        return (self.open("open_ways"),)

    def reach_line(self) -> Line:
        contact = self.contacts("controller_contact")
        return self.ways(self.controller(), *contact)

    def who_we_are(self) -> None:
        controller = self.controller()
        name = str(controller.get("name") or "") if controller else ""
        self.add(Heading(2, (self.t("who_heading"),)))
        if name:
            lines: list[Line] = [(self.t("controller", name=name),)]
        else:
            lines = [(self.open("open_controller"),)]
        if controller and controller.get("address"):
            lines.append((self.t("address", address=str(controller["address"])),))
        lines.append(_fill(self.t("reach", ways="\0"), self.reach_line()))
        lines += self.privacy_contacts()
        for line in lines:
            self.add(Paragraph(line))

    def privacy_contacts(self) -> list[Line]:
        lines: list[Line] = []
        for role, key in (
            ("dpo", "dpo"),
            ("privacy_officer", "privacy_officer"),
            ("representative", "representative"),
        ):
            for contact in self.contacts(role):
                sentence = self.t(key, name=str(contact.get("name") or ""), ways="\0")
                lines.append(_fill(sentence, self.ways(contact)))
        if not any(self.contacts(role) for role in ("dpo", "privacy_officer")):
            lines.append((self.open("open_dpo"),))
        return lines

    # Per activity ------------------------------------------------------------------------
    def subjects_line(self, activity: Doc) -> Line | None:
        codes = activity.get("data_subjects", [])
        if not codes:
            return None
        return (
            self.t("concerns", subjects=_join([self.look.subject(c) for c in codes], self.lang)),
        )

    def activity(self, activity: Doc) -> None:
        name = self.look.translated(activity, "name") or str(activity.get("code"))
        heading: Line = (name,)
        if activity.get("status") == "draft":
            heading += (" ", Open(self.t("draft")))
        self.add(Heading(2, heading))
        if subjects := self.subjects_line(activity):
            self.add(Paragraph(subjects))
        self.purposes(activity)
        self.data(activity)
        self.receivers(activity)
        self.transfers(activity)
        self.retention(activity)
        self.required(activity)
        answer = activity.get("automated_decision_making")
        if answer:
            note = self.look.translated(activity, "automated_decision_note")
            self.add(Paragraph((self.t("automated", note=note.rstrip(".")),)))
        elif answer is None:  # not answered: neither "we do" nor "we do not"
            self.add(Paragraph((self.open("open_automated"),)))

    def purposes(self, activity: Doc) -> None:
        items = [self.purpose_line(p) for p in activity.get("purposes", [])]
        self.add(Heading(3, (self.t("why"),)))
        self.add(Bullets(tuple(items) if items else ((self.open("open_basis"),),)))

    def purpose_line(self, purpose: Doc) -> Line:
        description = self.look.translated(purpose, "description").rstrip(". ")
        basis = purpose.get("lawful_basis")
        if not is_known_basis(basis):
            return (f"{description}. ", self.open("open_basis"))
        line: Line = (
            self.t("purpose", purpose=description, basis=basis_phrase(str(basis), self.lang)),
        )
        if basis == "legitimate_interests":
            interest = self.look.translated(purpose, "legitimate_interest").strip(' ."')
            line += (
                ("; ", interest_phrase(interest, self.lang))
                if interest
                else ("; ", self.open("open_interest"))
            )
        reference = self.look.translated(purpose, "legal_obligation_reference").strip()
        if basis == "legal_obligation" and reference:
            line += (f", {legal_reference_phrase(reference, self.lang)}",)
        return line + (".",)

    def data(self, activity: Doc) -> None:
        self.add(Heading(3, (self.t("what"),)))
        items = [self.category_line(row) for row in activity.get("data_categories", [])]
        self.add(Bullets(tuple(items) if items else ((self.open("open_categories"),),)))
        sources = activity.get("sources", [])
        for from_you in (True, False):
            texts = [
                self.look.translated(s, "description").rstrip(". ")
                for s in sources
                if bool(s.get("from_data_subject", True)) == from_you
            ]
            if texts:
                key = "from_you" if from_you else "not_from_you"
                self.add(Paragraph((self.t(key, sources="; ".join(texts)),)))

    def category_line(self, row: Doc) -> Line:
        code = row.get("category")
        label = self.look.category(code)
        category = self.look.categories.get(code or "", {})
        condition = row.get("art9_condition")
        if (category.get("special") or category.get("criminal")) and condition:
            condition_label = voc.ART9_CONDITIONS.label(condition, self.lang)
            return (self.t("special", category=label, condition=condition_label),)
        return (label,)

    def receivers(self, activity: Doc) -> None:
        self.add(Heading(3, (self.t("who_receives"),)))
        recipients = [self.look.recipient(code) for code in activity.get("recipients", [])]
        if recipients:
            self.add(Paragraph((self.t("recipients", items="; ".join(recipients)),)))
        elif _assessed_none(activity, "recipients"):
            self.add(Paragraph((self.t("no_recipients"),)))
        else:
            self.add(Paragraph((self.open("open_recipients"),)))
        processors = [self.look.processor_name(c) for c in activity.get("processors", [])]
        if processors:
            self.add(Paragraph((self.t("processors", items="; ".join(processors)),)))

    def transfers(self, activity: Doc) -> None:
        self.add(Heading(3, (self.t("abroad"),)))
        transfers = activity.get("transfers", [])
        if not transfers:
            none = _assessed_none(activity, "transfers")
            self.add(
                Paragraph((self.t("no_transfers"),) if none else (self.open("open_transfers"),))
            )
        for transfer in transfers:
            self.add(Paragraph(self.transfer_line(transfer)))

    def transfer_line(self, transfer: Doc) -> Line:
        recipient = self.look.translated(transfer, "recipient") or "?"
        code = transfer.get("country")
        sentence = self.t("transfer", recipient=recipient, country="\0")
        country: Line = (self.look.country(code),) if code else (self.open("open_country"),)
        line = _fill(sentence, country)
        mechanism = transfer.get("mechanism")
        if not mechanism or transfer.get("mechanism_assumed") is True:
            # an assumed safeguard is not promised to the reader: it stays an open point
            return line + (" ", self.open("open_safeguard"))
        label = voc.TRANSFER_MECHANISMS.label(mechanism, self.lang)
        if mechanism == "adequacy":
            return line + (" " + self.t("safeguard_adequacy", mechanism=label),)
        if mechanism == "art49_derogation":
            return line + (" " + self.t("derogation", mechanism=label),)
        return (
            line
            + (" ",)
            + _fill(self.t("safeguard", mechanism=label, ways="\0"), self.reach_line())
        )

    def retention(self, activity: Doc) -> None:
        self.add(Heading(3, (self.t("how_long"),)))
        items = [line for row in activity.get("retention", []) if (line := self.period(row))]
        self.add(Bullets(tuple(items) if items else ((self.open("open_retention"),),)))

    def period(self, row: Doc) -> Line | None:
        period = self.look.period(row).strip()
        if not period:
            return None
        code = row.get("category")
        start = self.look.translated(row, "start_event").strip()
        when = f" ({self.t('from_event', event=start)})" if start else ""
        subject = f"{self.look.category(code)}: " if code else ""
        return (f"{subject}{period.rstrip('.')}{when}.",)

    def required(self, activity: Doc) -> None:
        bases = {p.get("lawful_basis") for p in activity.get("purposes", [])}
        keys = [
            key
            for basis, key in (
                ("contract", "required_contract"),
                ("legal_obligation", "required_law"),
            )
            if basis in bases
        ]
        if not keys and bases == {"consent"}:
            keys = ["required_consent"]
        self.add(Heading(3, (self.t("required_heading"),)))
        line: Line = (" ".join(self.t(k) for k in keys),) if keys else (self.open("open_required"),)
        self.add(Paragraph(line))

    # Rights, cookies ----------------------------------------------------------------------
    def rights(self) -> None:
        self.add(Heading(2, (self.t("rights_heading"),)))
        self.add(Paragraph((self.t("rights_intro"),)))
        items: list[Line] = []
        for right, activities in applicable_rights(self.activities).items():
            sentence = right_sentence(right, self.lang)
            if len(activities) < len(self.activities):
                names = [self.look.translated(a, "name") for a in activities]
                sentence = f"{sentence} {self.t('applies_to', items='; '.join(names))}."
            items.append((sentence,))
        self.add(Bullets(tuple(items)))
        self.add(Paragraph(_fill(self.t("exercise", ways="\0"), self.reach_line())))
        self.add(Paragraph((self.t("complaint"),)))

    def automated(self) -> None:
        # "We do not" only when every activity answered no.
        answers = [a.get("automated_decision_making") for a in self.activities]
        if answers and all(answer is False for answer in answers):
            self.add(Heading(2, (self.t("automated_heading"),)))
            self.add(Paragraph((self.t("no_automated"),)))

    def cookies(self) -> None:
        in_use = {a.get("code") for a in self.activities}
        cookies = [
            c
            for c in self.document.get("cookies", [])
            if c.get("activity") is None or c.get("activity") in in_use
        ]
        if not cookies:
            return
        self.add(Heading(2, (self.t("cookies_heading"),)))
        self.add(Paragraph((self.t("cookies_intro"),)))
        columns = tuple(
            self.t(k)
            for k in (
                "cookie_name",
                "cookie_provider",
                "cookie_purpose",
                "cookie_retention",
                "cookie_type",
            )
        )
        rows = tuple(
            (
                str(c.get("name") or ""),
                str(c.get("provider") or ""),
                self.look.translated(c, "purpose"),
                str(c.get("retention") or ""),
                voc.COOKIE_TYPES.label(c.get("type"), self.lang),
            )
            for c in cookies
        )
        self.add(Grid(columns, rows))

    def build(self) -> Notice:
        controller = self.controller()
        name = str(controller.get("name") or "") if controller else ""
        title = self.t("title", controller=name).strip()
        self.add(Heading(1, (title,)))
        self.add(Paragraph((self.t("intro", date=format_date(self.today, self.lang)),)))
        self.who_we_are()
        for activity in self.activities:
            self.activity(activity)
        self.automated()
        self.cookies()
        self.rights()
        return Notice(self.lang, title, self.parts)


def _fill(sentence: str, runs: Line) -> Line:
    """A template sentence with the runs put where its "\\0" placeholder stands."""
    before, _, after = sentence.partition("\0")
    return tuple(r for r in (before, *runs, after) if r != "")


def _assessed_none(activity: Doc, element: str) -> bool:
    """Whether the register asserts that the activity has none of `element` (not merely that
    nothing is recorded yet)."""
    return element in (activity.get("assessed_none") or [])


def build_notice(document: Doc, lang: Lang, today: date | None = None) -> Notice:
    """The privacy statement for the register document, in `lang`."""
    return _Builder(document, lang, today or date.today()).build()
