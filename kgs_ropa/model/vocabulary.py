"""Fixed reference vocabularies: stable codes, Dutch and English labels, W3C DPV identifiers.

The register stores only the codes; labels are looked up here so every screen and export
shows the same words. Lists a user may extend (data categories, measures, ...) are seeded into
the database from STANDARD_* below and live there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str
    dpv: str | None = None

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Vocabulary:
    """An ordered, read-only list of terms, looked up by code."""

    def __init__(self, name: str, terms: list[Term]) -> None:
        self.name = name
        self.terms = tuple(terms)
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.terms)

    def get(self, code: str) -> Term | None:
        return self._by_code.get(code)

    def label(self, code: str | None, lang: str) -> str:
        term = self._by_code.get(code or "")
        return term.label(lang) if term else (code or "")

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]


# Identifiers that earlier versions seeded into registers although DPV 2.3 does not define
# them, with the DPV concept that replaces each (the nearest broader one where DPV has no match).
DPV_REPLACED = {
    "dpv:BackupProtocols": "dpv:DataBackupProtocols",
    "dpv:FirewallMeasure": "dpv:NetworkSecurityProtocols",
    "dpv:LoggingPolicies": "dpv:LoggingPolicy",
    "dpv:Prospect": "dpv:DataSubject",
    "dpv:Supplier": "dpv:DataSubject",
    "dpv:RightToBeInformed": "dpv:DataSubjectRight",
    "pd:ProfessionalInterest": "pd:Professional",
    "eu-gdpr:A46-2": "dpv:DataTransferLegalBasis",
    "eu-gdpr:A49-1": "dpv:DataTransferLegalBasis",
}

LAWFUL_BASES = Vocabulary(
    "lawful_basis",
    [
        Term(
            "consent",
            "Toestemming (art. 6 lid 1 sub a)",
            "Consent (Art. 6(1)(a))",
            "eu-gdpr:A6-1-a",
        ),
        Term(
            "contract",
            "Uitvoering van een overeenkomst (art. 6 lid 1 sub b)",
            "Performance of a contract (Art. 6(1)(b))",
            "eu-gdpr:A6-1-b",
        ),
        Term(
            "legal_obligation",
            "Wettelijke verplichting (art. 6 lid 1 sub c)",
            "Legal obligation (Art. 6(1)(c))",
            "eu-gdpr:A6-1-c",
        ),
        Term(
            "vital_interests",
            "Vitaal belang (art. 6 lid 1 sub d)",
            "Vital interests (Art. 6(1)(d))",
            "eu-gdpr:A6-1-d",
        ),
        Term(
            "public_task",
            "Taak van algemeen belang (art. 6 lid 1 sub e)",
            "Public task (Art. 6(1)(e))",
            "eu-gdpr:A6-1-e",
        ),
        Term(
            "legitimate_interests",
            "Gerechtvaardigd belang (art. 6 lid 1 sub f)",
            "Legitimate interests (Art. 6(1)(f))",
            "eu-gdpr:A6-1-f",
        ),
    ],
)

ART9_CONDITIONS = Vocabulary(
    "art9_condition",
    [
        Term(
            "explicit_consent",
            "Uitdrukkelijke toestemming (art. 9 lid 2 sub a)",
            "Explicit consent (Art. 9(2)(a))",
            "eu-gdpr:A9-2-a",
        ),
        Term(
            "employment",
            "Arbeidsrecht en sociale zekerheid (art. 9 lid 2 sub b)",
            "Employment and social security law (Art. 9(2)(b))",
            "eu-gdpr:A9-2-b",
        ),
        Term(
            "vital_interests",
            "Vitaal belang (art. 9 lid 2 sub c)",
            "Vital interests (Art. 9(2)(c))",
            "eu-gdpr:A9-2-c",
        ),
        Term(
            "not_for_profit",
            "Stichting of vereniging zonder winstoogmerk (art. 9 lid 2 sub d)",
            "Not-for-profit body (Art. 9(2)(d))",
            "eu-gdpr:A9-2-d",
        ),
        Term(
            "made_public",
            "Kennelijk openbaar gemaakt door betrokkene (art. 9 lid 2 sub e)",
            "Manifestly made public by the data subject (Art. 9(2)(e))",
            "eu-gdpr:A9-2-e",
        ),
        Term(
            "legal_claims",
            "Rechtsvorderingen (art. 9 lid 2 sub f)",
            "Legal claims (Art. 9(2)(f))",
            "eu-gdpr:A9-2-f",
        ),
        Term(
            "substantial_public_interest",
            "Zwaarwegend algemeen belang (art. 9 lid 2 sub g)",
            "Substantial public interest (Art. 9(2)(g))",
            "eu-gdpr:A9-2-g",
        ),
        Term(
            "health_care",
            "Gezondheidszorg en arbeidsgeneeskunde (art. 9 lid 2 sub h)",
            "Health or social care (Art. 9(2)(h))",
            "eu-gdpr:A9-2-h",
        ),
        Term(
            "public_health",
            "Volksgezondheid (art. 9 lid 2 sub i)",
            "Public health (Art. 9(2)(i))",
            "eu-gdpr:A9-2-i",
        ),
        Term(
            "archiving_research",
            "Archivering, onderzoek, statistiek (art. 9 lid 2 sub j)",
            "Archiving, research or statistics (Art. 9(2)(j))",
            "eu-gdpr:A9-2-j",
        ),
    ],
)

TRANSFER_MECHANISMS = Vocabulary(
    "transfer_mechanism",
    [
        Term(
            "adequacy",
            "Adequaatheidsbesluit (art. 45)",
            "Adequacy decision (Art. 45)",
            "eu-gdpr:A45-3",
        ),
        Term(
            "scc",
            "Modelcontractbepalingen (art. 46 lid 2 sub c)",
            "Standard contractual clauses (Art. 46(2)(c))",
            "eu-gdpr:A46-2-c",
        ),
        Term(
            "bcr",
            "Bindende bedrijfsvoorschriften (art. 47)",
            "Binding corporate rules (Art. 47)",
            "eu-gdpr:A46-2-b",
        ),
        Term(
            "art46_other",
            "Andere passende waarborgen (art. 46)",
            "Other appropriate safeguards (Art. 46)",
            "dpv:DataTransferLegalBasis",
        ),
        Term(
            "art49_derogation",
            "Afwijking voor specifieke situaties (art. 49)",
            "Derogation for specific situations (Art. 49)",
            "dpv:DataTransferLegalBasis",
        ),
    ],
)

RECIPIENT_TYPES = Vocabulary(
    "recipient_type",
    [
        Term("internal", "Intern (eigen medewerkers)", "Internal (own staff)", "dpv:Recipient"),
        Term("group_company", "Groepsmaatschappij", "Group company", "dpv:Recipient"),
        Term("processor", "Verwerker", "Processor", "dpv:DataProcessor"),
        Term("third_party", "Zelfstandige derde", "Independent third party", "dpv:ThirdParty"),
        Term("authority", "Overheidsinstantie", "Authority", "dpv:Authority"),
    ],
)

ACTIVITY_STATUSES = Vocabulary(
    "activity_status",
    [
        Term("draft", "Concept", "Draft"),
        Term("active", "Actief", "Active"),
        Term("retired", "Beëindigd", "Retired"),
    ],
)

DPIA_REQUIRED = Vocabulary(
    "dpia_required",
    [
        Term("yes", "Ja", "Yes"),
        Term("no", "Nee", "No"),
        Term("to_assess", "Nog te beoordelen", "To be assessed"),
    ],
)

DPIA_STATUSES = Vocabulary(
    "dpia_status",
    [
        Term("not_started", "Niet gestart", "Not started"),
        Term("in_progress", "In uitvoering", "In progress"),
        Term("completed", "Afgerond", "Completed"),
        Term("not_applicable", "Niet van toepassing", "Not applicable"),
    ],
)

# The unit of a retention period's amount (model.periods writes "28 dagen" / "28 days").
PERIOD_UNITS = Vocabulary(
    "period_unit",
    [
        Term("day", "Dagen", "Days"),
        Term("week", "Weken", "Weeks"),
        Term("month", "Maanden", "Months"),
        Term("year", "Jaren", "Years"),
    ],
)


# Documents an activity's record can link to (as a file or a URL).
DOCUMENT_KINDS = Vocabulary(
    "document_kind",
    [
        Term("processing_agreement", "Verwerkersovereenkomst", "Processing agreement"),
        Term("dpia", "DPIA", "DPIA"),
        Term("balancing_test", "Belangenafweging", "Balancing test"),
        Term("consent_record", "Toestemmingsregistratie", "Consent record"),
        Term("other", "Overig document", "Other document"),
    ],
)

COOKIE_TYPES = Vocabulary(
    "cookie_type",
    [
        Term("technical", "Technisch", "Technical"),
        Term("functional", "Functioneel", "Functional"),
        Term("analytical", "Analytisch", "Analytical"),
        # Tw art. 11.7a lid 3 sub b: analytics with little or no privacy impact need no consent.
        Term(
            "analytical_low_impact",
            "Analytisch, met geen of geringe gevolgen voor de privacy (art. 11.7a lid 3 Tw)",
            "Analytical, with little or no privacy impact (Dutch Telecom Act Art. 11.7a(3))",
        ),
        Term("marketing", "Marketing / tracking", "Marketing / tracking"),
    ],
)

CONTACT_ROLES = Vocabulary(
    "contact_role",
    [
        Term("privacy_officer", "Privacy officer", "Privacy officer"),
        Term("dpo", "Functionaris gegevensbescherming (FG)", "Data protection officer (DPO)"),
        Term("representative", "Vertegenwoordiger (art. 27)", "Representative (Art. 27)"),
        Term(
            "controller_contact",
            "Contactpersoon verwerkingsverantwoordelijke",
            "Controller contact",
        ),
    ],
)

ENTITY_ROLES = Vocabulary(
    "entity_role",
    [
        Term("controller", "Verwerkingsverantwoordelijke", "Controller"),
        Term("group_company", "Groepsmaatschappij", "Group company"),
    ],
)

# Elements of an activity where an empty list is ambiguous: "assessed, there is none" is
# recorded on the activity (assessed_none); an empty list without that mark is "not assessed yet".
ASSESSED_ELEMENTS = Vocabulary(
    "assessed_element",
    [
        Term(
            "joint_controllers", "Gezamenlijke verwerkingsverantwoordelijken", "Joint controllers"
        ),
        Term("recipients", "Ontvangers", "Recipients"),
        Term("processors", "Verwerkers", "Processors"),
        Term("transfers", "Doorgiften buiten de EER", "Transfers outside the EEA"),
    ],
)

# Languages besides Dutch that the organisation exports its register in (an organisation
# setting): a finding then points at text without a translation.
EXPORT_LANGUAGES = Vocabulary("export_language", [Term("en", "Engels", "English")])

MEASURE_KINDS = Vocabulary(
    "measure_kind",
    [
        Term("technical", "Technisch", "Technical"),
        Term("organisational", "Organisatorisch", "Organisational"),
    ],
)

RIGHTS = Vocabulary(
    "data_subject_right",
    [
        Term(
            "information",
            "Recht op informatie (art. 13-14)",
            "Right to be informed (Art. 13-14)",
            "dpv:DataSubjectRight",
        ),
        Term("access", "Recht van inzage (art. 15)", "Right of access (Art. 15)", "eu-gdpr:A15"),
        Term(
            "rectification",
            "Recht op rectificatie (art. 16)",
            "Right to rectification (Art. 16)",
            "eu-gdpr:A16",
        ),
        Term(
            "erasure",
            "Recht op verwijdering / vergetelheid (art. 17)",
            "Right to erasure / to be forgotten (Art. 17)",
            "eu-gdpr:A17",
        ),
        Term(
            "restriction",
            "Recht op beperking van de verwerking (art. 18)",
            "Right to restriction of processing (Art. 18)",
            "eu-gdpr:A18",
        ),
        Term(
            "portability",
            "Recht op dataportabiliteit (art. 20)",
            "Right to data portability (Art. 20)",
            "eu-gdpr:A20",
        ),
        Term(
            "objection", "Recht van bezwaar (art. 21)", "Right to object (Art. 21)", "eu-gdpr:A21"
        ),
        Term(
            "withdraw_consent",
            "Recht om toestemming in te trekken (art. 7 lid 3)",
            "Right to withdraw consent (Art. 7(3))",
            "eu-gdpr:A7-3",
        ),
        Term(
            "complaint",
            "Recht op een klacht bij de toezichthouder (art. 77)",
            "Right to lodge a complaint with the supervisory authority (Art. 77)",
            "eu-gdpr:A77",
        ),
    ],
)


@dataclass(frozen=True)
class CatalogueSeed:
    code: str
    nl: str
    en: str
    dpv: str | None = None
    special: bool = False
    criminal: bool = False
    kind: str = ""


STANDARD_DATA_SUBJECTS = [
    CatalogueSeed(
        "customer_contact",
        "Contactpersonen van klanten",
        "Customer contact persons",
        "dpv:Customer",
    ),
    CatalogueSeed(
        "prospect_contact",
        "Contactpersonen van potentiële klanten",
        "Prospective customer contacts",
        "dpv:DataSubject",
    ),
    CatalogueSeed(
        "supplier_contact",
        "Contactpersonen van leveranciers en handelspartners",
        "Supplier and trading partner contacts",
        "dpv:DataSubject",
    ),
    CatalogueSeed("applicant", "Sollicitanten", "Job applicants", "dpv:JobApplicant"),
    CatalogueSeed("website_visitor", "Websitebezoekers", "Website visitors", "dpv:Visitor"),
    CatalogueSeed("employee", "Medewerkers", "Employees", "dpv:Employee"),
    CatalogueSeed(
        "visitor", "Bezoekers van het terrein of gebouw", "Site or building visitors", "dpv:Visitor"
    ),
    CatalogueSeed(
        "subscriber", "Abonnees (nieuwsbrief)", "Subscribers (newsletter)", "dpv:Subscriber"
    ),
]

STANDARD_DATA_CATEGORIES = [
    CatalogueSeed("name", "Naam", "Name", "pd:Name"),
    CatalogueSeed(
        "company_details",
        "Bedrijfsdetails (bedrijfsnaam, functie, bedrijfsadres en contactgegevens)",
        "Company details (company name, job title, company address and contact details)",
        "pd:Professional",
    ),
    CatalogueSeed("address", "Adresgegevens", "Address details", "pd:PhysicalAddress"),
    CatalogueSeed("email", "E-mailadres", "Email address", "pd:EmailAddress"),
    CatalogueSeed("phone", "Telefoonnummer", "Telephone number", "pd:TelephoneNumber"),
    CatalogueSeed(
        "purchase_history",
        "Aankoopgeschiedenis",
        "Purchase history",
        "pd:PurchasesAndSpendingHabit",
    ),
    CatalogueSeed("customer_number", "Klantnummer", "Customer number", "pd:Identifier"),
    CatalogueSeed(
        "financial_details",
        "Financiële details (bankrekening- of creditcardnummers, belastingregistratienummer)",
        "Financial details (bank account or credit card numbers, tax registration number)",
        "pd:FinancialAccountNumber",
    ),
    CatalogueSeed(
        "website_activity",
        "Activiteit op de website (cookies)",
        "Activity on the website (cookies)",
        "pd:BrowsingBehaviour",
    ),
    CatalogueSeed(
        "correspondence",
        "Andere persoonsgegevens die u actief meedeelt in correspondentie",
        "Other personal data actively provided in correspondence",
        "pd:Communication",
    ),
    CatalogueSeed(
        "identity_document", "Kopie identiteitsbewijs", "Copy of identity document", "pd:OfficialID"
    ),
    CatalogueSeed(
        "cv", "Cv en sollicitatiegegevens", "CV and application details", "pd:EmploymentHistory"
    ),
    # What a Dutch employer or shop commonly records; the standard activities use them.
    CatalogueSeed(
        "bsn", "Burgerservicenummer (BSN)", "Citizen service number (BSN)", "pd:Identifier"
    ),
    CatalogueSeed("birth_date", "Geboortedatum", "Date of birth", "pd:BirthDate"),
    CatalogueSeed("bank_account", "Bankrekeningnummer", "Bank account number", "pd:BankAccount"),
    CatalogueSeed("salary", "Salarisgegevens", "Salary details", "pd:Salary"),
    CatalogueSeed("camera_images", "Camerabeelden", "Camera images", "pd:Picture"),
    CatalogueSeed("location", "Locatiegegevens", "Location data", "pd:Location"),
    CatalogueSeed("health", "Gezondheidsgegevens", "Health data", "pd:HealthRecord", special=True),
    CatalogueSeed(
        "criminal",
        "Strafrechtelijke gegevens",
        "Criminal convictions and offences",
        "pd:CriminalOffence",
        criminal=True,
    ),
]

STANDARD_MEASURES = [
    CatalogueSeed(
        "encrypted_access",
        "Versleutelde (gecodeerde) toegang",
        "Encrypted access",
        "dpv:EncryptionInTransfer",
        kind="technical",
    ),
    CatalogueSeed(
        "firewall", "Firewalls", "Firewalls", "dpv:NetworkSecurityProtocols", kind="technical"
    ),
    CatalogueSeed(
        "server_segregation",
        "Splitsing van servertoegang",
        "Segregation of server access",
        "dpv:AccessControlMethod",
        kind="technical",
    ),
    CatalogueSeed(
        "need_to_know",
        "Toegang alleen voor medewerkers die dit voor hun werk nodig hebben",
        "Access only for staff who need it for their work",
        "dpv:AccessControlMethod",
        kind="organisational",
    ),
    CatalogueSeed(
        "processor_contracts",
        "Contractuele afspraken met derden over beveiliging en vertrouwelijkheid",
        "Contractual agreements with third parties on security and confidentiality",
        "dpv:DataProcessingAgreement",
        kind="organisational",
    ),
    CatalogueSeed(
        "encryption_at_rest",
        "Versleuteling van opgeslagen gegevens",
        "Encryption at rest",
        "dpv:EncryptionAtRest",
        kind="technical",
    ),
    CatalogueSeed("backup", "Back-ups", "Backups", "dpv:DataBackupProtocols", kind="technical"),
    CatalogueSeed(
        "mfa",
        "Meerfactorauthenticatie",
        "Multi-factor authentication",
        "dpv:MultiFactorAuthentication",
        kind="technical",
    ),
    CatalogueSeed(
        "logging", "Logging van toegang", "Access logging", "dpv:LoggingPolicy", kind="technical"
    ),
    CatalogueSeed(
        "awareness",
        "Bewustwordingstraining",
        "Awareness training",
        "dpv:StaffTraining",
        kind="organisational",
    ),
]
