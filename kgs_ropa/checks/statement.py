"""A published privacy statement checked against the register, element by element.

Three kinds of point, each quoting the statement's sentence where there is one and naming the
register's field, so that a person can judge it:
- missing: the register holds it and Art. 13/14 GDPR wants it told, the statement does not;
- not in the register: the statement names a lawful basis, country, retention period, company
  or cookie the register does not hold;
- contradiction: both speak of the same thing and disagree (a cookie's period, a purpose's
  basis, "no personal data" next to a cookie that tells users apart).

The method is deterministic: word stems, synonyms per vocabulary entry (statement_terms), and
numbers with units. An element counts as mentioned when enough of its words stand in one
sentence or two neighbouring ones; a point the statement itself marks as open
("[te bevestigen: ...]") counts as told. Its limits are in docs/notice.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from kgs_ropa.checks import statement_terms as terms
from kgs_ropa.checks.statement_messages import field_label, message
from kgs_ropa.importers.statement import Sentence, sentences
from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.texts import translation_of

Doc = dict[str, Any]
Kind = Literal["missing", "not_in_register", "contradiction"]
KINDS: tuple[Kind, ...] = ("contradiction", "missing", "not_in_register")
IN_USE = ("active", "draft")
_OPEN_MARK = re.compile(r"\[(te bevestigen|to be confirmed)\s*:[^\]]*\]", re.IGNORECASE)


@dataclass(frozen=True)
class StatementFinding:
    kind: Kind
    element: str  # purpose, lawful_basis, data_category, recipient, transfer, ...
    message: str  # in the report's language
    quote: str | None  # the statement's sentence
    line: int | None  # where that sentence starts in the statement text
    field: str | None  # the register's field, in words
    activity: str | None  # the activity's code


@dataclass(frozen=True)
class _Window:
    text: str
    stems: frozenset[str]
    first: Sentence


class _Statement:
    """The statement's sentences, and single sentences and neighbouring pairs as windows."""

    def __init__(self, content: str) -> None:
        self.sentences = sentences(content)
        self.folded = [terms.fold(s.text) for s in self.sentences]
        runs = self.sentences
        self.windows = [
            self._window(runs[i : i + size])
            for size in (1, 2, 3)
            for i in range(len(runs) - size + 1)
        ]

    @staticmethod
    def _window(parts: list[Sentence]) -> _Window:
        joined = " ".join(s.text for s in parts)
        return _Window(joined, frozenset(terms.stems(joined)), parts[0])

    def find_all(self, phrase: str) -> list[Sentence]:
        """Every sentence where the whole phrase stands (not only the best)."""
        wanted = set(terms.stems(phrase))
        need = _needed(len(wanted))
        singles = self.windows[: len(self.sentences)]
        return [w.first for w in singles if wanted and len(wanted & w.stems) / len(wanted) >= need]

    def find(self, phrase: str) -> Sentence | None:
        """Where the phrase stands: every part of it (a quote, a clause) in a sentence or up to
        three neighbouring ones, each holding enough of that part's words."""
        label, colon, quoted = phrase.partition(": ")
        if colon and quoted.lstrip().startswith(('"', "“")):
            phrase = quoted  # "summary: "the statement's words"": the words are what it says
        parts = [p for p in _PARTS.split(phrase) if terms.stems(p)] or [phrase]
        found = [self._find(part) for part in parts]
        return found[0] if all(found) else None

    def _find(self, phrase: str) -> Sentence | None:
        wanted = set(terms.stems(phrase))
        if not wanted:
            return None
        need = _needed(len(wanted))
        best: tuple[float, int] | None = None
        for index, window in enumerate(self.windows):
            score = len(wanted & window.stems) / len(wanted)
            if score >= need and (best is None or score > best[0]):
                best = (score, index)
        return self.windows[best[1]].first if best else None

    def find_any(self, phrases: Iterable[str]) -> Sentence | None:
        for phrase in phrases:
            if phrase and (found := self.find(phrase)):
                return found
        return None

    def with_synonym(self, synonyms: Iterable[str], names: bool = False) -> Iterator[Sentence]:
        """Sentences holding every word of one of the synonyms (as stems, or with `names` as
        whole words)."""
        patterns = [(_name_pattern if names else _phrase_pattern)(s) for s in synonyms]
        for sentence, folded in zip(self.sentences, self.folded, strict=True):
            if any(p.search(folded) for p in patterns):
                yield sentence

    def paragraph(self, sentence: Sentence) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == sentence.paragraph]

    def section(self, sentence: Sentence) -> list[Sentence]:
        return [s for s in self.sentences if s.section == sentence.section]

    def marked_open(self, sentence: Sentence) -> bool:
        return any(_OPEN_MARK.search(s.text) for s in self.paragraph(sentence))


# Where a register text falls into parts that a statement may say apart.
_PARTS = re.compile(r':\s*["“]|["“”]|\s\.\.\.\s|,\s+en\s+|;\s+')


def _name_pattern(name: str) -> re.Pattern[str]:
    """A name (a country, say) as whole words, in order."""
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in terms.fold(name).split()) + r"\b")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    # Words in order, others allowed between them; each may end a compound ("bedrijfsbelangen"
    # holds "belangen") and change its last letters ("verplicht", "verplichting").
    words = terms.fold(phrase).split()
    return re.compile(
        r"\b\w*"
        + r"\w*\b.*?\b\w*".join(
            re.escape(w[: max(terms.STEM, len(w) - 3)]) if len(w) >= 4 else re.escape(w) + r"\b"
            for w in words
        )
        + r"\w*\b"
    )


def _needed(words: int) -> float:
    """The share of a phrase's words a sentence must hold: all of one or two, all but one of
    up to five (a Dutch verb splits: "afhandelen", "af te handelen"), over half of more."""
    if words <= 2:
        return 1.0
    return (words - 1) / words if words <= 5 else 0.55


def _about_retention(sentence: Sentence) -> bool:
    return any(w.startswith(terms.RETENTION_CONTEXT) for w in terms.fold(sentence.text).split())


def _bases_in(sentences: list[Sentence]) -> set[str]:
    text = terms.fold(" ".join(s.text for s in sentences))
    return {
        basis
        for basis, synonyms in terms.BASIS_SYNONYMS.items()
        if any(_phrase_pattern(s).search(text) for s in synonyms)
    }


def _texts(row: Doc, key: str) -> list[str]:
    """The register's text of a field in every language it has (its translations too)."""
    found = [str(row[key])] if row.get(key) else []
    english = translation_of(row, key, "en")
    return found + [english] if english else found


class _Checker:
    def __init__(self, document: Doc, content: str, lang: str) -> None:
        self.document = document
        self.statement = _Statement(content)
        self.lang = lang
        self.findings: list[StatementFinding] = []
        self.contradicting: set[Sentence] = set()  # already reported as a contradiction
        self.activities = [a for a in document.get("activities", []) if a.get("status") in IN_USE]
        catalogues = document.get("catalogues", {})
        self.categories = {r["code"]: r for r in catalogues.get("data_categories", [])}
        self.recipients = {r["code"]: r for r in catalogues.get("recipients", [])}
        self.cookies = [
            c
            for c in document.get("cookies", [])
            if c.get("activity") in {a.get("code") for a in self.activities}
            or c.get("activity") is None
        ]

    def add(
        self,
        kind: Kind,
        element: str,
        sentence: Sentence | None = None,
        field: str | None = None,
        activity: Doc | None = None,
        **values: str,
    ) -> None:
        code = str(activity.get("code")) if activity else None
        name = str(activity.get("name") or "") if activity else ""
        self.findings.append(
            StatementFinding(
                kind=kind,
                element=element,
                message=message(f"{kind}.{element}", self.lang, activity=name, **values),
                quote=sentence.text if sentence else None,
                line=sentence.line if sentence else None,
                field=f"{code} › {field}" if code and field else field,
                activity=code,
            )
        )

    # What the register holds and the statement must tell -------------------------------------
    def purposes(self, activity: Doc) -> None:
        for number, purpose in enumerate(activity.get("purposes", []), start=1):
            found = self.statement.find_any(_texts(purpose, "description"))
            if found is None:
                self.add(
                    "missing",
                    "purpose",
                    None,
                    field_label("purpose", self.lang, n=number),
                    activity,
                    purpose=_texts(purpose, "description")[0],
                )
                continue
            self.purpose_basis(activity, number, purpose, found)

    def purpose_basis(self, activity: Doc, number: int, purpose: Doc, found: Sentence) -> None:
        # A contradiction only where the purpose's own paragraph names another basis and its
        # whole section never names the register's.
        basis = purpose.get("lawful_basis")
        named = _bases_in(self.statement.paragraph(found))
        in_section = _bases_in(self.statement.section(found))
        if basis in terms.BASIS_SYNONYMS and named and basis not in in_section:
            said = ", ".join(voc.LAWFUL_BASES.label(b, self.lang) for b in sorted(named))
            self.add(
                "contradiction",
                "lawful_basis",
                found,
                field_label("lawful_basis", self.lang, n=number),
                activity,
                statement=said,
                register=voc.LAWFUL_BASES.label(basis, self.lang),
            )

    def bases(self) -> None:
        used = {p.get("lawful_basis") for a in self.activities for p in a.get("purposes", [])}
        for basis, synonyms in terms.BASIS_SYNONYMS.items():
            said = next(self.statement.with_synonym(synonyms), None)
            label = voc.LAWFUL_BASES.label(basis, self.lang)
            if basis in used and said is None:
                users = [
                    a
                    for a in self.activities
                    if any(p.get("lawful_basis") == basis for p in a.get("purposes", []))
                ]
                self.add("missing", "lawful_basis", None, None, users[0], basis=label)
            elif basis not in used and said is not None:
                self.add("not_in_register", "lawful_basis", said, None, basis=label)

    def categories_of(self, activity: Doc) -> None:
        for row in activity.get("data_categories", []):
            category = self.categories.get(row.get("category") or "", {})
            texts = _texts(category, "label_nl") + _texts(category, "label_en")
            self.told(activity, "data_category", texts, category=texts[0] if texts else "")

    def recipients_of(self, activity: Doc) -> None:
        for code in activity.get("recipients", []):
            texts = _texts(self.recipients.get(code, {}), "name")
            self.told(activity, "recipient", texts, recipient=texts[0] if texts else "")

    def told(self, activity: Doc, element: str, texts: list[str], **values: str) -> None:
        """A catalogue entry of the activity, by any of its names: missing if none stands."""
        if texts and self.statement.find_any(texts) is None:
            field = field_label(element, self.lang, label=texts[0])
            self.add("missing", element, None, field, activity, **values)

    def transfers_of(self, activity: Doc) -> None:
        for number, transfer in enumerate(activity.get("transfers", []), start=1):
            said = self.transfer_sentences(transfer)
            country = transfer.get("country") or ""
            where = countries.country_label(country, self.lang) if country else "?"
            if not said:
                self.add(
                    "missing",
                    "transfer",
                    None,
                    field_label("transfer_country", self.lang, n=number),
                    activity,
                    country=where,
                )
            elif not any(self.statement.marked_open(s) for s in said):
                self.safeguard(activity, number, transfer, said)

    def transfer_sentences(self, transfer: Doc) -> list[Sentence]:
        """Every sentence that speaks of the transfer: its country by name, or (where the
        register does not know the country) its recipient or "outside the EEA"."""
        country = transfer.get("country") or ""
        if country and (names := _country_names(country)):
            return list(self.statement.with_synonym(names, names=True))
        found = [s for text in _texts(transfer, "recipient") for s in self.statement.find_all(text)]
        return found + list(self.statement.with_synonym(terms.OUTSIDE_EEA))

    def safeguard(self, activity: Doc, number: int, transfer: Doc, said: list[Sentence]) -> None:
        paragraphs = [" ".join(s.text for s in self.statement.paragraph(one)) for one in said]
        folded = [terms.fold(text) for text in paragraphs]
        # An assumed mechanism is no safeguard the statement could be held to yet.
        assumed = transfer.get("mechanism_assumed") is True
        mechanism = None if assumed else transfer.get("mechanism")
        wanted = terms.MECHANISM_SYNONYMS.get(mechanism or "", terms.ANY_SAFEGUARD)
        told = [f for f in folded if any(_phrase_pattern(s).search(f) for s in wanted)]
        field = field_label("transfer_mechanism", self.lang, n=number)
        if not told and mechanism:
            label = voc.TRANSFER_MECHANISMS.label(mechanism, self.lang)
            self.add("missing", "safeguard", said[0], field, activity, mechanism=label)
        elif not told:
            self.add("missing", "safeguard_unknown", said[0], field, activity)
        elif mechanism in {"scc", "bcr", "art46_other"} and not any(
            _phrase_pattern(s).search(f) for s in terms.COPY for f in told
        ):
            self.add("missing", "copy", said[0], field, activity)

    def retention_of(self, activity: Doc) -> None:
        said = self.said_periods()
        for number, row in enumerate(activity.get("retention", []), start=1):
            texts = _texts(row, "period")
            if not texts:
                continue
            wanted = [p for t in texts for p in terms.periods(t)]
            if (structured := terms.stored_period(row)) is not None:
                wanted.append(structured)
            if any(w.same(s) for w in wanted for s, _ in said):
                continue
            if not wanted and self.statement.find_any(texts):
                continue
            field = field_label("retention", self.lang, n=number)
            other = self.period_told_for(activity, said)
            if wanted and other:
                self.contradicting.add(other[1])
                self.add(
                    "contradiction",
                    "retention",
                    other[1],
                    field,
                    activity,
                    statement=other[0].text,
                    register=texts[0],
                )
            else:
                self.add("missing", "retention", None, field, activity, period=texts[0])

    def period_told_for(
        self, activity: Doc, said: list[tuple[terms.Period, Sentence]]
    ) -> tuple[terms.Period, Sentence] | None:
        """A period the statement gives in the section where it tells of the activity."""
        sections = {
            found.section
            for p in activity.get("purposes", [])
            if (found := self.statement.find_any(_texts(p, "description")))
        }
        return next(((p, s) for p, s in said if s.section in sections), None)

    def rights(self) -> None:
        for right in [*terms.applicable_rights(self.activities), "complaint"]:
            if next(self.statement.with_synonym(terms.RIGHT_SYNONYMS[right]), None) is None:
                self.add(
                    "missing",
                    "right",
                    None,
                    field_label("rights", self.lang),
                    right=voc.RIGHTS.label(right, self.lang),
                )

    def cookies_told(self) -> None:
        for cookie in self.cookies:
            name = str(cookie.get("name") or "")
            if name and not self.cookie_sentences(name):
                self.add(
                    "missing",
                    "cookie",
                    None,
                    field_label("cookie", self.lang, name=name),
                    None,
                    cookie=name,
                )

    def controller(self) -> None:
        entities = self.document.get("organisation", {}).get("entities", [])
        for entity in entities:
            name = str(entity.get("name") or "")
            if entity.get("role") == "controller" and name and self.statement.find(name) is None:
                field = field_label("controller", self.lang)
                self.add("missing", "controller", None, field, name=name)

    # What the statement names and the register does not hold ---------------------------------
    def said_periods(self) -> list[tuple[terms.Period, Sentence]]:
        found = []
        for sentence in self.statement.sentences:
            heading = self.statement.section(sentence)[0]
            if (
                _about_retention(sentence)
                or _about_retention(heading)
                or self.near_cookie(sentence)
            ):
                found += [(p, sentence) for p in terms.periods(sentence.text)]
        return found

    def near_cookie(self, sentence: Sentence) -> bool:
        return bool(re.search(r"\bcookie\b", sentence.text, re.IGNORECASE))

    def register_periods(self) -> list[terms.Period]:
        held = [
            p
            for a in self.activities
            for row in a.get("retention", [])
            for t in _texts(row, "period")
            for p in terms.periods(t)
        ]
        held += [
            structured
            for a in self.activities
            for row in a.get("retention", [])
            if (structured := terms.stored_period(row)) is not None
        ]
        held += [p for c in self.cookies for p in terms.periods(str(c.get("retention") or ""))]
        return held

    def unknown_periods(self) -> None:
        held = self.register_periods()
        told = {s for c in self.cookies for s in self.cookie_sentences(str(c.get("name") or ""))}
        for period, sentence in self.said_periods():
            if sentence in told | self.contradicting:
                continue  # compared cookie by cookie, or already a contradiction
            if not any(period.same(h) for h in held):
                self.add("not_in_register", "period", sentence, None, period=period.text)

    def unknown_countries(self) -> None:
        held = {c for c in _register_countries(self.document) if c}
        for code in sorted(countries.COUNTRIES):
            if code in held:
                continue
            said = next(self.statement.with_synonym(_country_names(code), names=True), None)
            if said is not None:
                self.add(
                    "not_in_register",
                    "country",
                    said,
                    None,
                    country=countries.country_label(code, self.lang),
                )

    def unknown_names(self) -> None:
        # A run of capitalised words is held when each of its words stands somewhere in the
        # register, its vocabularies or the generated statement's own sentences.
        known = set(terms.fold(" ".join(_strings(self.document))).split()) | _vocabulary_words()
        seen: set[str] = set()
        for sentence in self.statement.sentences:
            for name in _proper_names(sentence.text):
                words = set(terms.fold(name).split()) - terms.NOT_A_NAME
                unknown = {w for w in words - known if len(w) > 1 and not w.isdigit()}
                if unknown and name not in seen:
                    seen.add(name)
                    self.add("not_in_register", "name", sentence, None, name=name)

    def unknown_cookies(self) -> None:
        held = {str(c.get("name") or "").casefold() for c in self.cookies}
        seen: set[str] = set()
        for sentence in self.statement.sentences:
            for name in re.findall(r"(?<![\w])_[A-Za-z][\w]*", sentence.text):
                if name.casefold() not in held and name.casefold() not in seen:
                    seen.add(name.casefold())
                    self.add("not_in_register", "cookie", sentence, None, cookie=name)

    # Contradictions -----------------------------------------------------------------------
    def cookie_sentences(self, name: str) -> list[Sentence]:
        pattern = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])", re.IGNORECASE)
        return [s for s in self.statement.sentences if pattern.search(s.text)]

    def cookie_periods(self) -> None:
        for cookie in self.cookies:
            held = terms.periods(str(cookie.get("retention") or ""))
            for sentence in self.cookie_sentences(str(cookie.get("name") or "")):
                near = [
                    s
                    for s in self.statement.sentences
                    if sentence.line <= s.line <= sentence.line + 2
                ]
                said = [p for s in near for p in terms.periods(s.text)][:1]
                if held and said and not said[0].same(held[0]):
                    self.add(
                        "contradiction",
                        "cookie_period",
                        sentence,
                        field_label("cookie_retention", self.lang, name=str(cookie["name"])),
                        statement=said[0].text,
                        register=held[0].text,
                        cookie=str(cookie["name"]),
                    )

    def no_personal_data(self) -> None:
        identifying = [
            c
            for c in self.cookies
            if any(
                _phrase_pattern(p).search(terms.fold(t))
                for t in _texts(c, "purpose")
                for p in terms.IDENTIFYING
            )
        ]
        if not identifying:
            return
        for sentence in self.statement.with_synonym(terms.NO_PERSONAL_DATA):
            folded = terms.fold(sentence.text)
            if any(_phrase_pattern(w).search(folded) for w in terms.COOKIE_WORDS):
                cookie = identifying[0]
                self.add(
                    "contradiction",
                    "no_personal_data",
                    sentence,
                    field_label("cookie_purpose", self.lang, name=str(cookie["name"])),
                    cookie=str(cookie["name"]),
                    purpose=_texts(cookie, "purpose")[0],
                )

    def run(self) -> list[StatementFinding]:
        self.controller()
        for activity in self.activities:
            self.purposes(activity)
            self.categories_of(activity)
            self.recipients_of(activity)
            self.transfers_of(activity)
            self.retention_of(activity)
        self.bases()
        self.rights()
        self.cookies_told()
        self.cookie_periods()
        self.no_personal_data()
        self.unknown_periods()
        self.unknown_countries()
        self.unknown_names()
        self.unknown_cookies()
        order = {kind: i for i, kind in enumerate(KINDS)}
        return sorted(self.findings, key=lambda f: order[f.kind])


def _country_names(code: str) -> list[str]:
    country = countries.COUNTRIES.get(code)
    names = [country.nl, country.en] if country else []
    return names + list(_ALIASES.get(code, ()))


# Names a statement uses that the country list does not spell that way.
_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("Verenigde Staten", "VS", "USA", "United States of America", "Amerika"),
    "GB": ("Verenigd Koninkrijk", "Groot-Brittannië", "UK", "United Kingdom", "Great Britain"),
    "NL": ("Nederland", "The Netherlands", "Holland"),
}


def _register_countries(document: Doc) -> Iterator[str]:
    catalogues = document.get("catalogues", {})
    for key in ("processors", "systems", "recipients"):
        yield from (str(r.get("country") or "") for r in catalogues.get(key, []))
    yield from (
        str(e.get("country") or "") for e in document.get("organisation", {}).get("entities", [])
    )
    for activity in document.get("activities", []):
        yield from (str(t.get("country") or "") for t in activity.get("transfers", []))


@cache
def _vocabulary_words() -> frozenset[str]:
    from kgs_ropa.reports.notice_text import template_words  # the sentences it writes

    labels = [
        term.label(lang)
        for vocabulary in vars(voc).values()
        if isinstance(vocabulary, voc.Vocabulary)
        for term in vocabulary
        for lang in ("nl", "en")
    ]
    names = [name for code in countries.COUNTRIES for name in _country_names(code)]
    words = terms.fold(" ".join(labels + names)).split()
    return frozenset(words) | template_words()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


_CAPITALISED = re.compile(r"\b(?:[A-Z][\w&'-]*)(?:\s+(?:[A-Z][\w&'-]*))*")


def _proper_names(sentence: str) -> Iterator[str]:
    """Runs of capitalised words, leaving out the word that opens the sentence or a list item
    (capitalised because it comes first)."""
    for clause in re.split(r"[:;(\"“”|\-–]\s*|\.\s+", sentence):
        clause = clause.strip().lstrip("#*•· ")
        for match in _CAPITALISED.finditer(clause):
            run = match.group(0)
            initial = match.start() == 0
            if initial and " " in run:
                run, initial = run.partition(" ")[2], False
            if run and not initial or len(run) > 1 and run[1:].isupper():
                yield run


def check_statement(document: Doc, content: str, lang: str = "nl") -> list[StatementFinding]:
    """What the statement in `content` says or leaves out, measured against the register."""
    return _Checker(document, content, lang).run()
