"""Workbooks on the published register templates, filled as a real company would fill them:
the ICO controller template, the ICO processor template, the CNIL model and Dutch headings.

Each builder writes the header block, the template's own headings and rows with every column
filled, and returns what it wrote so a test can look for every value in the register."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl


@dataclass
class Filled:
    path: Path
    sheet: str
    header_row: int
    headings: list[str]
    rows: list[list[str]]
    header_block: list[list[str | None]]


def _write(
    path: Path,
    sheet: str,
    block: list[list[str | None]],
    headings: list[str],
    rows: list[list[str]],
) -> Filled:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for line in block:
        ws.append(line)
    ws.append(headings)
    for row in rows:
        assert len(row) == len(headings)
        ws.append(row)
    wb.save(path)
    return Filled(path, sheet, len(block) + 1, headings, rows, block)


ICO_CONTROLLER_HEADINGS = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international "
    "organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 condition for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "The source of the personal data (if applicable)",
    "Link to record of consent",
    "Location of personal data",
    "Data Protection Impact Assessment required?",
    "Data Protection Impact Assessment progress",
    "Link to Data Protection Impact Assessment",
    "Personal data breach?",
    "Link to record of personal data breach",
    "Data Protection Act 2018 Schedule 1 condition for processing",
    "Link to retention and erasure policy document",
    "Is personal data retained and erased in accordance with the policy document?",
    "Reasons for not adhering to policy document (if applicable)",
]
_INTRANET = "https://intranet.harrowtools.example"
ICO_CONTROLLER_ROWS = [
    [
        "Human resources",
        "Recruitment of staff",
        "Harrow Group Holdings Ltd, 1 Mill Lane, Sheffield S1 2AA, group-hr@harrowgroup.example",
        "Job applicants\nReferees",
        "Name\nEmail address\nCV and application details\nHealth data",
        "Recruitment agencies\nHiring managers",
        f"{_INTRANET}/contracts/ats-dpa.pdf",
        "USA",
        "Standard contractual clauses (EU 2021/914) with the UK Addendum",
        "6 months after the recruitment decision",
        "Role-based access to the applicant tracking system\nEncryption at rest",
        "Art. 6(1)(b) contract and 6(1)(c) legal obligation",
        "Art. 9(2)(b) employment and social security law",
        "Checking references protects the company against hiring risk",
        f"{_INTRANET}/lia/references.docx",
        "Access, rectification, erasure, restriction, objection",
        "No",
        "Recruitment agencies; referees named by the applicant",
        "Consent is not relied on for recruitment",
        "Applicant tracking system (EU data centre)",
        "No",
        "Screening done, no DPIA needed (March 2024)",
        f"{_INTRANET}/dpia/screening-recruitment.pdf",
        "Yes - March 2024",
        f"{_INTRANET}/breaches/2024-03-cv-mailbox.pdf",
        "Schedule 1 Part 1 paragraph 1 (employment)",
        f"{_INTRANET}/policies/retention-and-erasure.pdf",
        "Is personal data retained and erased: yes, checked quarterly",
        "Not applicable: the policy is followed",
    ],
    [
        "Sales",
        "Handling customer orders\nAccount management",
        "None",
        "Customer contact persons",
        "Name\nCompany details\nPurchase history",
        "Couriers\nExternal accountant",
        f"{_INTRANET}/contracts/crm-dpa-2023.pdf",
        "India",
        "Standard contractual clauses (EU 2021/914)",
        "7 years after the last order (tax law)",
        "Multi-factor authentication\nDaily backups",
        "Contract\nLegitimate interests",
        "Not applicable: no special category data",
        "Keeping in touch with existing business customers about their orders",
        f"{_INTRANET}/lia/account-management.docx",
        "Access, rectification, erasure, objection",
        "Yes - credit limit scoring of new accounts",
        "The customer's purchasing department",
        "Not used",
        "CRM (Salesforce, EU instance)",
        "To be assessed",
        "Not started",
        f"{_INTRANET}/dpia/none-yet.txt",
        "No",
        "No breach recorded",
        "Not applicable",
        f"{_INTRANET}/policies/retention-and-erasure.pdf",
        "Yes",
        "Not applicable",
    ],
    [
        "Marketing",
        "Newsletter about new diamond tools",
        "None",
        "Newsletter subscribers",
        "Name\nEmail address\nActivity on the website (cookies)",
        "Mailing service",
        f"{_INTRANET}/contracts/mailer-dpa.pdf",
        "United States of America",
        "EU-US Data Privacy Framework certification of the mailing service",
        "Until the subscriber unsubscribes",
        "Double opt-in\nAccess limited to the marketing team",
        "Consent (Art. 6(1)(a))",
        "None",
        "None",
        "None",
        "Withdraw consent at any time, access, erasure",
        "No",
        "The subscriber, via the website form",
        f"{_INTRANET}/consent/newsletter-log.csv",
        "Mailing service account",
        "No",
        "Not applicable",
        "No DPIA",
        "No",
        "None",
        "None",
        f"{_INTRANET}/policies/retention-and-erasure.pdf",
        "Yes",
        "None",
    ],
]
ICO_CONTROLLER_BLOCK: list[list[str | None]] = [
    ["Record of processing activities - Harrow Precision Tools Ltd"],
    [None, "Name", "Address", "Email", "Telephone"],
    [
        "Controller",
        "Harrow Precision Tools Ltd",
        "Unit 4, Brook Park, Sheffield S9 3XX, United Kingdom",
        "privacy@harrowtools.example",
        "+44 114 496 0000",
    ],
    [
        "Data Protection Officer",
        "Jane Okafor",
        "Unit 4, Brook Park, Sheffield S9 3XX",
        "dpo@harrowtools.example",
        "+44 114 496 0001",
    ],
    [
        "Representative",
        "Harrow Tools Europe BV",
        "Keizersgracht 100, 1015 AA Amsterdam, Netherlands",
        "eu-representative@harrowtools.example",
        "+31 20 123 4567",
    ],
    [],
    ["Article 30 Record of Processing Activities", None, None, None, "Privacy notice"],
]


def ico_controller(folder: Path) -> Filled:
    return _write(
        folder / "ico-controller.xlsx",
        "Template",
        ICO_CONTROLLER_BLOCK,
        ICO_CONTROLLER_HEADINGS,
        ICO_CONTROLLER_ROWS,
    )


ICO_PROCESSOR_HEADINGS = [
    "Name and contact details of controller",
    "Name and contact details of controller's representative (if applicable)",
    "Name and contact details of controller's data protection officer (if applicable)",
    "Categories of processing",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international "
    "organisations (if applicable)",
    "General description of technical and organisational security measures (if possible)",
]
ICO_PROCESSOR_ROWS = [
    [
        "Brightside Dental Ltd, 12 High Street, Leeds LS1 4AB, office@brightside.example",
        "Not applicable (established in the UK)",
        "Sam Patel, dpo@brightside.example, +44 113 496 0200",
        "Hosting and backup of the patient booking system",
        "None",
        "Not applicable",
        "ISO 27001 certified data centre; encrypted backups; quarterly access review",
    ],
    [
        "Northern Cycles GmbH, Hafenstraße 3, 20457 Hamburg, privacy@northern-cycles.example",
        "Northern Cycles UK Ltd, 5 Dock Road, Hull HU1 1AA",
        "Dr. Anna Weber, datenschutz@northern-cycles.example",
        "Order fulfilment support; customer service e-mail handling",
        "India (support desk)",
        "Standard contractual clauses (EU 2021/914) with the support desk",
        "Ticket system with MFA; staff confidentiality agreements",
    ],
]
ICO_PROCESSOR_BLOCK: list[list[str | None]] = [
    [None, "Name", "Address", "Email", "Telephone"],
    [
        "Processor",
        "Cloudkeep Hosting Ltd",
        "2 Station Road, York YO1 6AA",
        "privacy@cloudkeep.example",
        "+44 1904 496 000",
    ],
    [
        "Data Protection Officer",
        "Lee Chambers",
        "2 Station Road, York",
        "dpo@cloudkeep.example",
        "+44 1904 496 001",
    ],
    [],
]


def ico_processor(folder: Path) -> Filled:
    return _write(
        folder / "ico-processor.xlsx",
        "Processor record",
        ICO_PROCESSOR_BLOCK,
        ICO_PROCESSOR_HEADINGS,
        ICO_PROCESSOR_ROWS,
    )


CNIL_HEADINGS = [
    "N° / Réf",
    "Nom de l'activité",
    "Date de création de la fiche",
    "Mise à jour de la fiche",
    "Nom du responsable conjoint du traitement",
    "Nom du logiciel ou de l'application",
    "Finalité principale",
    "Sous-finalité 1",
    "Sous-finalité 2",
    "Catégories de personnes concernées",
    "État-civil, identité, données d'identification, images",
    "Vie personnelle",
    "Vie professionnelle",
    "Informations d'ordre économique et financier",
    "Données de connexion",
    "Données de localisation",
    "Internet",
    "Autres catégories de données",
    "Des données sensibles sont-elles traitées ?",
    "Durées de conservation",
    "Destinataires internes",
    "Organismes externes",
    "Sous-traitants",
    "Transferts des données hors UE",
    "Pays",
    "Type de garanties",
    "Lien vers la documentation",
    "Contrôle d'accès des utilisateurs",
    "Mesures de traçabilité",
    "Mesures de protection des logiciels",
    "Sauvegarde des données",
    "Chiffrement des données",
    "Contrôle des sous-traitants",
    "Autres mesures",
]
CNIL_ROWS = [
    [
        "RH-01",
        "Gestion de la paie",
        "12/01/2023",
        "03/02/2025",
        "Aucun",
        "Logiciel de paie Silae",
        "Verser les salaires",
        "Déclarations sociales (DSN)",
        "Gestion des congés",
        "Salariés\nStagiaires",
        "Nom, prénom, numéro de sécurité sociale",
        "Situation familiale",
        "Poste, ancienneté, salaire",
        "Coordonnées bancaires",
        "Identifiants de connexion au portail RH",
        "Non",
        "Non",
        "Arrêts maladie (sans diagnostic)",
        "Oui : données de santé",
        "5 ans après le départ du salarié",
        "Service RH\nComptabilité",
        "URSSAF\nCaisses de retraite",
        "Cabinet d'expertise comptable Martin",
        "Oui",
        "États-Unis",
        "Clauses contractuelles types",
        "https://intranet.lefevre.example/transferts/paie.pdf",
        "Oui",
        "Journalisation des accès au logiciel de paie",
        "Mises à jour automatiques",
        "Sauvegarde quotidienne chiffrée",
        "Oui",
        "Clause RGPD dans le contrat du cabinet",
        "Armoire fermée à clé pour les dossiers papier",
    ],
    [
        "COM-02",
        "Prospection commerciale",
        "01/03/2023",
        "15/01/2025",
        "Distributeur Outils Nord SARL",
        "CRM HubSpot",
        "Prospecter des entreprises clientes",
        "Envoyer des offres",
        "Mesurer l'audience des campagnes",
        "Prospects professionnels",
        "Nom, fonction, courriel professionnel",
        "Non",
        "Entreprise, poste",
        "Non",
        "Adresse IP",
        "Ville",
        "Cookies de mesure d'audience",
        "Aucune",
        "Non",
        "3 ans après le dernier contact",
        "Équipe commerciale",
        "Distributeur Outils Nord SARL",
        "HubSpot Ireland Ltd",
        "Non",
        "Aucun",
        "Sans objet",
        "Sans objet",
        "Oui",
        "Oui",
        "Oui",
        "Oui",
        "Non",
        "Oui",
        "Aucune",
    ],
]
CNIL_BLOCK: list[list[str | None]] = [
    ["Registre des activités de traitement"],
    [None, "Nom", "Adresse", "Adresse de messagerie", "Téléphone"],
    [
        "Responsable du traitement",
        "Outils Lefèvre SAS",
        "8 rue des Forges, 69007 Lyon",
        "rgpd@lefevre.example",
        "+33 4 72 00 00 00",
    ],
    [
        "Délégué à la protection des données",
        "Claire Dubois",
        "8 rue des Forges, 69007 Lyon",
        "dpo@lefevre.example",
        "+33 4 72 00 00 01",
    ],
    [],
]


def cnil(folder: Path) -> Filled:
    return _write(folder / "cnil.xlsx", "Registre", CNIL_BLOCK, CNIL_HEADINGS, CNIL_ROWS)


DUTCH_HEADINGS = [
    "Nummer",
    "Naam verwerking",
    "Afdeling",
    "Doel van de verwerking",
    "Rechtsgrond",
    "Categorieën betrokkenen",
    "Categorieën persoonsgegevens",
    "Uitzonderingsgrond bijzondere persoonsgegevens",
    "Bron van de gegevens",
    "Ontvangers",
    "Verwerkers",
    "Verwerkersovereenkomst",
    "Doorgifte buiten de EER",
    "Passende waarborgen",
    "Bewaartermijn",
    "Beveiligingsmaatregelen",
    "Systemen",
    "DPIA nodig?",
    "Proceseigenaar",
    "Opmerkingen",
]
DUTCH_ROWS = [
    [
        "V-01",
        "Salarisadministratie",
        "HR",
        "Salaris betalen",
        "Art. 6 lid 1 sub b en sub c AVG",
        "Medewerkers",
        "Naam\nAdresgegevens\nGezondheidsgegevens",
        "Art. 9 lid 2 sub b AVG",
        "De medewerker zelf",
        "Belastingdienst",
        "Salarisverwerker Loonwijzer BV",
        "VWO-2023-014",
        "Verenigde Staten",
        "Modelcontractbepalingen",
        "7 jaar (fiscale bewaarplicht)",
        "Toegang alleen voor HR",
        "Loonwijzer portal",
        "Nee",
        "Hoofd HR",
        "Jaarlijks controleren",
    ],
]
DUTCH_BLOCK: list[list[str | None]] = [
    ["Verwerkingsregister"],
    ["Naam verwerkingsverantwoordelijke", "Van Dijk Gereedschappen B.V."],
    ["Adres verwerkingsverantwoordelijke", "Industrieweg 5, 5600 AA Eindhoven"],
    ["Naam FG", "Mr. P. de Vries"],
    ["E-mailadres FG", "fg@vandijk.example"],
    [],
]


def dutch(folder: Path) -> Filled:
    return _write(folder / "dutch.xlsx", "Register", DUTCH_BLOCK, DUTCH_HEADINGS, DUTCH_ROWS)
