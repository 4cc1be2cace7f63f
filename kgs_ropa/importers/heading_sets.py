"""The column headings of each supported register template, exactly as published, and the
register field each one feeds. A heading is recognised only when it is one of these (after
normalise(): case, spacing, line breaks, accents and bracketed asides such as "(if applicable)"
do not count); anything looser is a suggestion the user confirms in the preview."""

from __future__ import annotations

from kgs_ropa.reports.activity import REGISTER_COLUMNS
from kgs_ropa.reports.labels import LABELS

# The ICO's "Documentation template for controllers" (Art. 30(1)), sheet row of headings.
ICO_CONTROLLER: dict[str, str] = {
    "Business function": "business_function",
    "Purpose of processing": "purposes",
    "Purpose of the processing": "purposes",
    "Name and contact details of joint controller (if applicable)": "joint_controllers",
    "Categories of individuals": "data_subjects",
    "Categories of personal data": "data_categories",
    "Categories of recipients": "recipients",
    "Link to contract with processor": "processor_contract",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)": "third_countries",
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations (if applicable)": "transfer_safeguards",
    "Retention schedule (if possible)": "retention",
    "General description of technical and organisational security measures (if possible)": (
        "security_measures"
    ),
    "Article 6 lawful basis for processing personal data": "lawful_basis",
    "Article 9 condition for processing special category data": "art9_condition",
    "Article 9 basis for processing special category data": "art9_condition",
    "Legitimate interests for the processing (if applicable)": "legitimate_interest",
    "Link to record of legitimate interests assessment (if applicable)": "lia_reference",
    "Rights available to individuals": "rights_note",
    "Existence of automated decision-making, including profiling (if applicable)": (
        "automated_decisions"
    ),
    "The source of the personal data (if applicable)": "sources",
    "Source of the personal data": "sources",
    "Link to record of consent": "consent_record",
    "Location of personal data": "storage_location",
    "Data Protection Impact Assessment required?": "dpia_required",
    "Data Protection Impact Assessment progress": "dpia_status",
    "Link to Data Protection Impact Assessment": "dpia_reference",
    # Kept, but as labelled notes: no field of the register holds them.
    "Personal data breach?": "note",
    "Has a personal data breach occurred?": "note",
    "Link to record of personal data breach": "note",
    "Data Protection Act 2018 Schedule 1 condition for processing": "note",
    "Data Protection Act 2018 Schedule condition for processing": "note",
    "GDPR Article 6 lawful basis for processing": "note",
    "Link to retention and erasure policy document": "note",
    "Is personal data retained and erased in accordance with the policy document?": "note",
    "Reasons for not adhering to policy document (if applicable)": "note",
}

# The ICO's "Documentation template for processors" (Art. 30(2)): one row per controller served.
ICO_PROCESSOR: dict[str, str] = {
    "Name and contact details of controller": "client_controller",
    "Name and contact details of controller's representative (if applicable)": (
        "client_representative"
    ),
    "Name and contact details of controller's data protection officer (if applicable)": (
        "client_dpo"
    ),
    "Categories of processing": "processing_categories",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)": "third_countries",
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations (if applicable)": "transfer_safeguards",
    "General description of technical and organisational security measures (if possible)": (
        "security_measures"
    ),
    "Link to contract with controller": "note",
    "Location of personal data": "note",
}

# The CNIL's register model (fiche de registre), one activity per row.
CNIL: dict[str, str] = {
    "N° / Réf": "code",
    "Référence": "code",
    "Nom de l'activité": "activity",
    "Activités": "activity",
    "Désignation des activités": "activity",
    "Date de création de la fiche": "note",
    "Date de dernière mise à jour de la fiche": "note",
    "Mise à jour de la fiche": "note",
    "Nom du responsable conjoint du traitement": "joint_controllers",
    "Responsable(s) conjoint(s) du traitement": "joint_controllers",
    "Nom du logiciel ou de l'application": "storage_location",
    "Objectifs poursuivis": "purposes",
    "Finalité principale": "purposes",
    "Sous-finalité 1": "purposes",
    "Sous-finalité 2": "purposes",
    "Sous-finalité 3": "purposes",
    "Sous-finalité 4": "purposes",
    "Sous-finalité 5": "purposes",
    "Base légale": "lawful_basis",
    "Licéité du traitement": "lawful_basis",
    "Catégories de personnes concernées": "data_subjects",
    "Catégories de données collectées": "data_categories",
    "État-civil, identité, données d'identification, images": "data_categories",
    "Vie personnelle": "data_categories",
    "Vie professionnelle": "data_categories",
    "Informations d'ordre économique et financier": "data_categories",
    "Données de connexion": "data_categories",
    "Données de localisation": "data_categories",
    "Internet": "data_categories",
    "Autres catégories de données": "data_categories",
    "Des données sensibles sont-elles traitées ?": "data_categories",
    "Données sensibles": "data_categories",
    "Durées de conservation": "retention",
    "Durée de conservation": "retention",
    "Destinataires internes": "recipients",
    "Organismes externes": "recipients",
    "Catégories de destinataires": "recipients",
    "Sous-traitants": "processors",
    "Transferts des données hors UE": "note",
    "Pays": "third_countries",
    "Pays destinataires": "third_countries",
    "Type de garanties": "transfer_safeguards",
    "Lien vers la documentation": "transfer_documentation",
    "Contrôle d'accès des utilisateurs": "security_measures",
    "Mesures de traçabilité": "security_measures",
    "Mesures de protection des logiciels": "security_measures",
    "Sauvegarde des données": "security_measures",
    "Chiffrement des données": "security_measures",
    "Contrôle des sous-traitants": "security_measures",
    "Autres mesures": "security_measures",
    "Mesures de sécurité": "security_measures",
    "Commentaires": "note",
}

# A register as a Dutch organisation keeps it in a spreadsheet (the AP's Art. 30 elements).
DUTCH: dict[str, str] = {
    "Nummer": "code",
    "Nr.": "code",
    "Naam verwerking": "activity",
    "Verwerkingsactiviteit": "activity",
    "Verwerking": "activity",
    "Afdeling": "business_function",
    "Omschrijving": "description",
    "Doel van de verwerking": "purposes",
    "Doeleinden": "purposes",
    "Doel": "purposes",
    "Rechtsgrond": "lawful_basis",
    "Grondslag": "lawful_basis",
    "Gerechtvaardigd belang": "legitimate_interest",
    "Belangenafweging": "lia_reference",
    "Gezamenlijke verwerkingsverantwoordelijke": "joint_controllers",
    "Categorieën betrokkenen": "data_subjects",
    "Betrokkenen": "data_subjects",
    "Categorieën persoonsgegevens": "data_categories",
    "Persoonsgegevens": "data_categories",
    "Bijzondere persoonsgegevens": "data_categories",
    "Uitzonderingsgrond bijzondere persoonsgegevens": "art9_condition",
    "Bron van de gegevens": "sources",
    "Herkomst van de gegevens": "sources",
    "Categorieën ontvangers": "recipients",
    "Ontvangers": "recipients",
    "Verwerkers": "processors",
    "Verwerker": "processors",
    "Verwerkersovereenkomst": "processor_contract",
    "Doorgifte buiten de EER": "third_countries",
    "Derde landen": "third_countries",
    "Passende waarborgen": "transfer_safeguards",
    "Doorgiftemechanisme": "transfer_safeguards",
    "Bewaartermijn": "retention",
    "Bewaartermijnen": "retention",
    "Beveiligingsmaatregelen": "security_measures",
    "Technische en organisatorische maatregelen": "security_measures",
    "Systemen": "storage_location",
    "Applicaties": "storage_location",
    "Opslaglocatie": "storage_location",
    "Geautomatiseerde besluitvorming": "automated_decisions",
    "DPIA nodig?": "dpia_required",
    "DPIA vereist": "dpia_required",
    "Status DPIA": "dpia_status",
    "Verwijzing DPIA": "dpia_reference",
    "Vastlegging toestemming": "consent_record",
    "Rechten van betrokkenen": "rights_note",
    "Eigenaar": "owner",
    "Proceseigenaar": "owner",
    "Opmerkingen": "note",
}


def _own_register_sheet() -> dict[str, str]:
    """The visible register sheet of our own workbook, in both languages."""
    renamed = {"balancing_note": "lia_reference"}
    table: dict[str, str] = {}
    for key, _ in REGISTER_COLUMNS:
        target = renamed.get(key, key if key in ROW_FIELDS else "note")
        for text in LABELS[key]:
            table.setdefault(text, target)
    return table


# The fields an activity row is read into (importers.ico_rows).
ROW_FIELDS = set(ICO_CONTROLLER.values()) | set(CNIL.values()) | set(DUTCH.values())

# template key -> (its name, its headings)
TEMPLATES: dict[str, tuple[str, dict[str, str]]] = {
    "ico-controller": ("ICO documentation template for controllers", ICO_CONTROLLER),
    "ico-processor": ("ICO documentation template for processors", ICO_PROCESSOR),
    "cnil": ("CNIL register model (French)", CNIL),
    "dutch": ("Dutch register headings", DUTCH),
    "kgs-ropa": ("KGS ROPA register sheet", _own_register_sheet()),
}

# Fields one column at most may feed; any other field is a list that several columns may fill.
SINGLE_VALUE = {
    "code",
    "activity",
    "business_function",
    "description",
    "lawful_basis",
    "art9_condition",
    "legitimate_interest",
    "lia_reference",
    "rights_note",
    "automated_decisions",
    "dpia_required",
    "dpia_status",
    "dpia_reference",
    "consent_record",
    "owner",
    "processor_contract",
    "transfer_safeguards",
    "transfer_documentation",
    "client_controller",
    "client_representative",
    "client_dpo",
    "processing_categories",
}

# Checkbox columns of the CNIL model: the heading names the item, the cell says yes or adds
# detail ("Vie personnelle": "habitudes de vie").
HEADING_IS_ITEM = {
    "État-civil, identité, données d'identification, images",
    "Vie personnelle",
    "Vie professionnelle",
    "Informations d'ordre économique et financier",
    "Données de connexion",
    "Données de localisation",
    "Internet",
    "Contrôle d'accès des utilisateurs",
    "Mesures de traçabilité",
    "Mesures de protection des logiciels",
    "Sauvegarde des données",
    "Chiffrement des données",
    "Contrôle des sous-traitants",
}

# Section titles the templates print above their headings: template text, not register data.
SECTION_TITLES = {
    "Article 30 Record of Processing Activities",
    "Privacy notice",
    "Consent",
    "Access requests",
    "Data Protection Impact Assessments",
    "Personal data breaches",
    "Data Protection Act 2018 Special category or criminal conviction and offence data",
    "Registre des activités de traitement",
    "Fiche de registre",
    "Verwerkingsregister",
}
