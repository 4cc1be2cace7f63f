"""Standard activities to start a new activity from: HR and payroll, CCTV, website analytics,
newsletter, customer service, recruitment.

A template fills in what such an activity usually holds for a Dutch company (purposes with a
likely lawful basis, data subjects, data categories in the standard catalogue, a retention rule
to look at). None of it is known to be true of the user's organisation: every lawful basis is
marked assumed, the retention rules and business function say "to be confirmed", the activity
says what was filled in from the library, and it starts as a draft. Nothing is stored until the
user saves it in the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.activities import new_document

Doc = dict[str, Any]
ASSUMED_NL = "aangenomen, te bevestigen"
ASSUMED_EN = "assumed, to be confirmed"


@dataclass(frozen=True)
class Purpose:
    nl: str
    en: str
    basis: str
    dpv: str
    interest_nl: str = ""
    interest_en: str = ""


@dataclass(frozen=True)
class Rule:
    """A retention rule to confirm: what is usual, never a fact about this organisation."""

    nl: str
    en: str
    category: str | None = None


@dataclass(frozen=True)
class Template:
    key: str
    name_nl: str
    name_en: str
    function_nl: str
    function_en: str
    purposes: tuple[Purpose, ...]
    subjects: tuple[str, ...]
    categories: tuple[str, ...]
    retention: tuple[Rule, ...] = ()
    # Points the template knows it cannot answer (a DPIA, a works council, cookies).
    notes_nl: tuple[str, ...] = field(default_factory=tuple)
    notes_en: tuple[str, ...] = field(default_factory=tuple)

    def name(self, lang: str) -> str:
        return self.name_nl if lang == "nl" else self.name_en


LIBRARY: tuple[Template, ...] = (
    Template(
        "hr_payroll",
        "Personeelsadministratie en salarisverwerking",
        "HR administration and payroll",
        "HR",
        "HR",
        (
            Purpose(
                "Personeelsdossier bijhouden en de arbeidsovereenkomst uitvoeren",
                "Keeping the personnel file and performing the employment contract",
                "contract",
                "dpv:HumanResourceManagement",
            ),
            Purpose(
                "Salaris betalen en loonheffingen afdragen",
                "Paying salaries and withholding payroll taxes",
                "legal_obligation",
                "dpv:PersonnelPayment",
            ),
        ),
        ("employee",),
        ("name", "address", "email", "phone", "birth_date", "bsn", "bank_account", "salary"),
        (
            Rule(
                "Loonadministratie: 7 jaar (art. 52 AWR), te bevestigen",
                "Payroll records: 7 years (Art. 52 AWR, Dutch tax law), to be confirmed",
                "salary",
            ),
            Rule(
                "Personeelsdossier: 2 jaar na einde dienstverband, te bevestigen",
                "Personnel file: 2 years after employment ends, to be confirmed",
            ),
        ),
        ("Het BSN alleen waar een wet dat voorschrijft (art. 46 UAVG).",),
        ("The BSN only where a law requires it (Art. 46 of the Dutch GDPR Implementation Act).",),
    ),
    Template(
        "cctv",
        "Camerabewaking",
        "Camera surveillance (CCTV)",
        "Facilitaire zaken",
        "Facilities",
        (
            Purpose(
                "Beveiliging van personen, gebouwen en eigendommen met camera's",
                "Protecting people, buildings and property with cameras",
                "legitimate_interests",
                "dpv:EnforceSecurity",
                "Beveiliging van terrein en goederen",
                "Security of the site and goods",
            ),
        ),
        ("employee", "visitor"),
        ("camera_images",),
        (
            Rule(
                "4 weken, langer alleen bij een incident, te bevestigen",
                "4 weeks, longer only for an incident, to be confirmed",
                "camera_images",
            ),
        ),
        (
            "Cameratoezicht staat op de DPIA-lijst van de AP: doe de DPIA-toets.",
            "Camera's op de werkvloer: instemming van de ondernemingsraad (art. 27 WOR).",
        ),
        (
            "Camera surveillance is on the Dutch DPA's DPIA list: do the DPIA screening.",
            "Cameras at work: consent of the works council (Art. 27 Dutch Works Councils Act).",
        ),
    ),
    Template(
        "web_analytics",
        "Websiteanalyse",
        "Website analytics",
        "Marketing",
        "Marketing",
        (
            Purpose(
                "Websitebezoek meten om de website te verbeteren",
                "Measuring website visits to improve the website",
                "consent",
                "dpv:ServiceUsageAnalytics",
            ),
        ),
        ("website_visitor",),
        ("website_activity",),
        (
            Rule(
                "Volgens de cookie-instellingen, te bevestigen",
                "As set per cookie, to be confirmed",
            ),
        ),
        (
            "Toestemming voor analytische cookies, tenzij ze geen of geringe gevolgen hebben voor "
            "de privacy (art. 11.7a Telecommunicatiewet).",
        ),
        (
            "Consent for analytics cookies, unless they have little or no privacy impact "
            "(Art. 11.7a Dutch Telecommunications Act).",
        ),
    ),
    Template(
        "newsletter",
        "Nieuwsbrief",
        "Newsletter",
        "Marketing",
        "Marketing",
        (
            Purpose(
                "Nieuwsbrief versturen aan wie zich heeft aangemeld",
                "Sending the newsletter to those who signed up",
                "consent",
                "dpv:DirectMarketing",
            ),
        ),
        ("subscriber",),
        ("name", "email"),
        (Rule("Tot afmelding, te bevestigen", "Until unsubscribed, to be confirmed", "email"),),
    ),
    Template(
        "customer_service",
        "Klantenservice",
        "Customer service",
        "Klantenservice",
        "Customer service",
        (
            Purpose(
                "Vragen en klachten van klanten beantwoorden",
                "Answering customers' questions and complaints",
                "contract",
                "dpv:CustomerCare",
            ),
        ),
        ("customer_contact",),
        ("name", "email", "phone", "customer_number", "correspondence"),
        (
            Rule(
                "2 jaar na afhandeling van de vraag, te bevestigen",
                "2 years after the question is closed, to be confirmed",
            ),
        ),
    ),
    Template(
        "recruitment",
        "Werving en selectie",
        "Recruitment",
        "HR",
        "HR",
        (
            Purpose(
                "Sollicitaties beoordelen en kandidaten selecteren",
                "Assessing applications and selecting candidates",
                "contract",
                "dpv:PersonnelHiring",
            ),
        ),
        ("applicant",),
        ("name", "address", "email", "phone", "birth_date", "cv"),
        (
            Rule(
                "4 weken na de procedure; 1 jaar met toestemming, te bevestigen",
                "4 weeks after the procedure; 1 year with consent, to be confirmed",
            ),
        ),
    ),
)


# What each standard activity covers, in a sentence, for the chooser (Dutch, English).
ABOUT: dict[str, tuple[str, str]] = {
    "hr_payroll": (
        "De administratie van medewerkers: het personeelsdossier, de arbeidsovereenkomst en de "
        "salarisbetaling met loonheffingen.",
        "The records of employees: the personnel file, the employment contract and paying "
        "salaries with payroll taxes.",
    ),
    "cctv": (
        "Camera's die personen, gebouwen en eigendommen beveiligen, met de beelden van "
        "medewerkers en bezoekers.",
        "Cameras that protect people, buildings and property, with the images of employees and "
        "visitors.",
    ),
    "web_analytics": (
        "Het meten van websitebezoek (analytische cookies) om de website te verbeteren.",
        "Measuring visits to the website (analytics cookies) to improve it.",
    ),
    "newsletter": (
        "Het versturen van een nieuwsbrief aan wie zich daarvoor heeft aangemeld.",
        "Sending a newsletter to those who signed up for it.",
    ),
    "customer_service": (
        "Het beantwoorden van vragen en klachten van klanten, met de correspondentie daarover.",
        "Answering customers' questions and complaints, with the correspondence about them.",
    ),
    "recruitment": (
        "Het beoordelen van sollicitaties en het selecteren van kandidaten.",
        "Assessing applications and selecting candidates.",
    ),
}


@dataclass(frozen=True)
class Summary:
    """What a standard activity fills in, in one language, for the chooser to show."""

    about: str
    purposes: tuple[str, ...]  # each with its likely lawful basis, marked assumed
    subjects: tuple[str, ...]
    categories: tuple[str, ...]
    retention: tuple[str, ...]
    notes: tuple[str, ...]


def _seed_labels(
    seeds: list[voc.CatalogueSeed], codes: tuple[str, ...], lang: str
) -> tuple[str, ...]:
    by_code = {seed.code: seed for seed in seeds}
    return tuple(by_code[c].nl if lang == "nl" else by_code[c].en for c in codes if c in by_code)


def summary(key: str, lang: str) -> Summary:
    t = template(key)
    nl = lang == "nl"
    purposes = tuple(
        f"{p.nl if nl else p.en} — {_assumed(voc.LAWFUL_BASES.label(p.basis, lang), lang)}"
        for p in t.purposes
    )
    return Summary(
        about=ABOUT[key][0 if nl else 1],
        purposes=purposes,
        subjects=_seed_labels(voc.STANDARD_DATA_SUBJECTS, t.subjects, lang),
        categories=_seed_labels(voc.STANDARD_DATA_CATEGORIES, t.categories, lang),
        retention=tuple(r.nl if nl else r.en for r in t.retention),
        notes=t.notes_nl if nl else t.notes_en,
    )


def template(key: str) -> Template:
    found = next((t for t in LIBRARY if t.key == key), None)
    if found is None:
        raise KeyError(f"no standard activity {key!r}")
    return found


def _assumed(text: str, lang: str) -> str:
    return f"{text} ({ASSUMED_NL if lang == 'nl' else ASSUMED_EN})"


def _purpose(p: Purpose) -> Doc:
    texts = {"legitimate_interest": p.interest_en} if p.interest_en else {}
    return {
        "description": p.nl,
        "description_en": p.en,
        "dpv_purpose": p.dpv,
        "lawful_basis": p.basis,
        "legitimate_interest": p.interest_nl,
        "balancing_note": "",
        "consent_record": "",
        "legal_obligation_reference": "",
        "basis_assumed": True,
        "translations": {"en": texts} if texts else {},
    }


def _rule(rule: Rule) -> Doc:
    return {
        "category": rule.category,
        "period": rule.nl,
        "period_months": None,
        "start_event": "",
        "legal_ground": "",
        "criterion": "",
        "translations": {"en": {"period": rule.en}},
    }


def _to_confirm(t: Template, lang: str) -> str:
    if lang == "nl":
        lead = (
            f'Aangenomen uit de bibliotheek ("{t.name_nl}"): doelen, grondslagen, betrokkenen, '
            "gegevenscategorieën, bewaartermijnen en bedrijfsfunctie. Te bevestigen of aan te "
            "passen voor deze organisatie."
        )
        return " ".join((lead, *t.notes_nl))
    lead = (
        f'Assumed from the library ("{t.name_en}"): purposes, lawful bases, data subjects, data '
        "categories, retention and business function. To be confirmed or adapted for this "
        "organisation."
    )
    return " ".join((lead, *t.notes_en))


def activity_from(key: str, code: str) -> Doc:
    """A new draft activity document filled in from the standard activity `key`."""
    t = template(key)
    doc = new_document(code, t.name_nl)
    doc.update(
        name_en=t.name_en,
        business_function=_assumed(t.function_nl, "nl"),
        status="draft",
        purposes=[_purpose(p) for p in t.purposes],
        data_subjects=list(t.subjects),
        data_categories=[{"category": c, "art9_condition": None, "note": ""} for c in t.categories],
        retention=[_rule(r) for r in t.retention],
        to_be_confirmed=_to_confirm(t, "nl"),
        translations={
            "en": {
                "business_function": _assumed(t.function_en, "en"),
                "to_be_confirmed": _to_confirm(t, "en"),
            }
        },
    )
    return doc
