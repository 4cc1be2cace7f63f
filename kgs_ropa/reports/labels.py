"""Every fixed word of the exports, in Dutch and English, shared by all renderers.

Vocabulary labels (lawful bases, countries, ...) come from kgs_ropa.model.vocabulary; this table
holds the headings, column names and phrases around them, so the Excel workbook and the PDF
always use the same words.
"""

from __future__ import annotations

from typing import Literal

# Dates read the same in every export and in the app: one module decides how.
from kgs_ropa.model.dates import XLSX_DATE_FORMAT, format_date

__all__ = ["LABELS", "LANGUAGES", "XLSX_DATE_FORMAT", "Lang", "format_bool", "format_date", "label"]

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")

LABELS: dict[str, tuple[str, str]] = {
    # Document and cover
    "title": ("Register van verwerkingsactiviteiten", "Record of processing activities"),
    "subtitle": (
        "Artikel 30 Algemene verordening gegevensbescherming",
        "Article 30 General Data Protection Regulation",
    ),
    "inquiry_subset": (
        "Selectie op verzoek: {count} van {total} verwerkingsactiviteiten",
        "Selection on request: {count} of {total} processing activities",
    ),
    "controller": ("Verwerkingsverantwoordelijke", "Controller"),
    "dpo": ("Functionaris gegevensbescherming", "Data protection officer"),
    "privacy_officer": ("Privacy officer", "Privacy officer"),
    "representative": ("Vertegenwoordiger (art. 27)", "Representative (Art. 27)"),
    "export_date": ("Exportdatum", "Export date"),
    "register_version": ("Registerversie", "Register version"),
    "fingerprint": ("Vingerafdruk inhoud (SHA-256)", "Content fingerprint (SHA-256)"),
    "activity_count": ("Aantal verwerkingsactiviteiten", "Number of processing activities"),
    "not_recorded": ("niet vastgelegd", "not recorded"),
    "no_history": ("geen wijzigingshistorie", "no change history"),
    "contents": ("Inhoud", "Contents"),
    "overview": ("Overzicht van de verwerkingsactiviteiten", "Overview of processing activities"),
    "activities": ("Verwerkingsactiviteiten", "Processing activities"),
    "annexes": ("Bijlagen", "Annexes"),
    "annex": ("Bijlage", "Annex"),
    "page_of": ("pagina {page} van", "page {page} of"),
    "page": ("pagina", "page"),
    "none": ("geen", "none"),
    # An element whose list is empty: assessed as none, or not assessed yet (never the same).
    "assessed_none": ("geen (beoordeeld)", "none (assessed)"),
    "to_confirm": ("te bevestigen", "to be confirmed"),
    "country_to_confirm": ("land te bevestigen", "country to be confirmed"),
    "draft_count": (
        "Verwerkingen in concept (niet vastgesteld): {count} - {codes}",
        "Draft activities (not yet adopted): {count} - {codes}",
    ),
    "no_drafts": ("Geen verwerkingen in concept.", "No draft activities."),
    "open_count": (
        "Verwerkingen met punten die nog te bevestigen zijn: {count} - {codes}",
        "Activities with points still to be confirmed: {count} - {codes}",
    ),
    "translated_note": (
        "Vrije tekst is vertaald uit het Nederlandse register; bij verschil is de Nederlandse "
        "tekst leidend.",
        "Free text is translated from the Dutch register; where they differ, the Dutch text "
        "prevails.",
    ),
    "untranslated_count": (
        "Teksten zonder vertaling, in de oorspronkelijke taal gemarkeerd met [nl]: {count}",
        "Texts without a translation, printed in their original language marked [nl]: {count}",
    ),
    "missing_glyphs": (
        "Tekens die dit document niet kan weergeven (gedrukt als leeg vakje):",
        "Characters this document cannot show (printed as an empty box):",
    ),
    "missing_more": ("en nog {count} andere", "and {count} more"),
    # The parts of an activity section, in the order of Art. 30(1)
    "part_controller": (
        "a. Verwerkingsverantwoordelijke en contactgegevens",
        "a. Controller and contact details",
    ),
    "part_purposes": ("b. Doeleinden en grondslagen", "b. Purposes and lawful bases"),
    "part_subjects": (
        "c. Betrokkenen en persoonsgegevens",
        "c. Data subjects and personal data",
    ),
    "part_recipients": ("d. Ontvangers", "d. Recipients"),
    "part_transfers": (
        "e. Doorgifte naar derde landen en internationale organisaties",
        "e. Transfers to third countries and international organisations",
    ),
    "part_retention": ("f. Bewaartermijnen", "f. Retention periods"),
    "part_measures": (
        "g. Technische en organisatorische beveiligingsmaatregelen",
        "g. Technical and organisational security measures",
    ),
    "part_rights": ("Rechten van betrokkenen", "Rights of data subjects"),
    "part_dpia": (
        "Gegevensbeschermingseffectbeoordeling (DPIA)",
        "Data protection impact assessment (DPIA)",
    ),
    "part_review": ("Beoordeling en status", "Review and status"),
    "yes": ("Ja", "Yes"),
    "no": ("Nee", "No"),
    "data_sheets_note": (
        "Bewerkbare werkmap: de bladen met een naam die begint met _ bevatten het hele register "
        "als tabellen; bewerk die en lees het bestand weer in (import xlsx).",
        "Editable workbook: the sheets whose names start with _ hold the whole register as "
        "tables; edit those and read the file back in (import xlsx).",
    ),
    "internal_use": (
        "INTERN GEBRUIK - niet bestemd voor de toezichthouder: dit bestand bevat {what}.",
        "INTERNAL USE - not for the supervisory authority: this file holds {what}.",
    ),
    "internal_findings": ("de open bevindingen van de controles", "the open check findings"),
    "internal_notes": ("interne opmerkingen", "internal notes"),
    "internal_catalogue": (
        "catalogusregels die geen verwerking gebruikt",
        "catalogue entries that no activity uses",
    ),
    # Sheets and annexes
    "sheet_register": ("Register", "Register"),
    "sheet_processors": ("Verwerkers", "Processors"),
    "sheet_transfers": ("Doorgiften", "Transfers"),
    "sheet_retention": ("Bewaartermijnen", "Retention"),
    "sheet_measures": ("Beveiligingsmaatregelen", "Security measures"),
    "sheet_cookies": ("Cookies", "Cookies"),
    "sheet_findings": ("Open bevindingen", "Open findings"),
    "sheet_reference": ("Referentielijsten", "Reference lists"),
    "sheet_processor_records": ("Register als verwerker", "Record as processor"),
    # Activity columns (ICO template order where it fits)
    "code": ("Code", "Code"),
    "name": ("Naam", "Name"),
    "activity": ("Verwerkingsactiviteit", "Processing activity"),
    "business_function": ("Afdeling / bedrijfsfunctie", "Business function"),
    "description": ("Omschrijving", "Description"),
    "purposes": ("Doeleinden", "Purposes"),
    "purpose": ("Doel", "Purpose"),
    # One item of an activity's list, as a finding names it ("Bewaarregel 1 › Termijn").
    "item_source": ("Bron", "Source"),
    "item_transfer": ("Doorgifte", "Transfer"),
    "item_retention": ("Bewaarregel", "Retention rule"),
    "assessed_elements": ("Beoordeeld als geen", "Assessed as none"),
    "translations": ("Vertalingen", "Translations"),
    "assumption": ("Aanname", "Assumption"),
    "joint_controllers": ("Gezamenlijke verwerkingsverantwoordelijken", "Joint controllers"),
    "data_subjects": ("Categorieën betrokkenen", "Categories of individuals"),
    "data_categories": ("Categorieën persoonsgegevens", "Categories of personal data"),
    "data_category": ("Categorie persoonsgegevens", "Category of personal data"),
    "special_category": (
        "Bijzonder (art. 9) / strafrechtelijk (art. 10)",
        "Special (Art. 9) / criminal (Art. 10)",
    ),
    "special": ("bijzonder", "special"),
    "criminal": ("strafrechtelijk", "criminal"),
    "recipients": ("Categorieën ontvangers", "Categories of recipients"),
    "processors": ("Verwerkers (verwerkersovereenkomst)", "Processors (processing agreement)"),
    "third_countries": (
        "Derde landen of internationale organisaties",
        "Third countries or international organisations",
    ),
    "transfer_safeguards": (
        "Doorgiftemechanisme en waarborgen",
        "Transfer mechanism and safeguards",
    ),
    "retention": ("Bewaartermijnen", "Retention schedule"),
    "security_measures": (
        "Technische en organisatorische maatregelen",
        "Technical and organisational security measures",
    ),
    "security_note": ("Toelichting beveiliging", "Security notes"),
    "lawful_basis": ("Rechtsgrond (art. 6)", "Lawful basis (Art. 6)"),
    "art9_condition": ("Uitzonderingsgrond (art. 9)", "Special category condition (Art. 9)"),
    "legitimate_interest": ("Gerechtvaardigd belang", "Legitimate interests"),
    "balancing_note": ("Belangenafweging", "Legitimate interests assessment"),
    "rights": ("Rechten van betrokkenen", "Rights available to individuals"),
    "rights_note": ("Toelichting rechten", "Notes on rights"),
    "automated_decisions": (
        "Geautomatiseerde besluitvorming, incl. profilering",
        "Automated decision-making, incl. profiling",
    ),
    "sources": ("Bron van de gegevens", "Source of personal data"),
    "from_data_subject": ("van de betrokkene", "from the data subject"),
    "from_elsewhere": ("niet van de betrokkene", "not from the data subject"),
    "consent_record": ("Vastlegging toestemming", "Link to record of consent"),
    "legal_obligation_reference": (
        "Wettelijke verplichting (bron)",
        "Legal obligation (reference)",
    ),
    "storage_location": ("Opslaglocatie (systemen)", "Location of personal data (systems)"),
    "dpia_required": ("DPIA vereist", "DPIA required"),
    "dpia_screening": ("DPIA-toets", "DPIA screening"),
    "dpia_not_screened": ("Nog niet getoetst", "Not screened yet"),
    "dpia_required_ap": ("DPIA verplicht (lijst van de AP)", "DPIA mandatory (Dutch DPA list)"),
    "dpia_required_edpb": (
        "DPIA waarschijnlijk nodig (twee of meer EDPB-criteria)",
        "DPIA likely required (two or more EDPB criteria)",
    ),
    "dpia_not_required": ("Volgens de toets geen DPIA nodig", "No DPIA needed by the screening"),
    "dpia_status": ("Voortgang DPIA", "DPIA progress"),
    "dpia_reference": ("Verwijzing DPIA", "Link to DPIA"),
    "documents": ("Documenten", "Documents"),
    "document_file": ("bestand {name}", "file {name}"),
    "status": ("Status", "Status"),
    "owner": ("Eigenaar", "Owner"),
    "last_reviewed_on": ("Laatst beoordeeld op", "Last reviewed on"),
    "last_reviewed_by": ("Laatst beoordeeld door", "Last reviewed by"),
    "next_review_due": ("Volgende beoordeling", "Next review due"),
    "to_be_confirmed": ("Nog te bevestigen", "To be confirmed"),
    "note": ("Opmerking", "Note"),
    # Catalogue columns
    "service": ("Dienst", "Service"),
    "country": ("Land", "Country"),
    "role": ("Rol", "Role"),
    "agreement_signed_on": ("Verwerkersovereenkomst getekend op", "Processing agreement signed on"),
    "agreement_reference": ("Verwijzing overeenkomst", "Agreement reference"),
    "contact": ("Contact", "Contact"),
    "used_by": ("Aantal verwerkingen", "Number of activities"),
    "recipient": ("Ontvanger", "Recipient"),
    "mechanism": ("Doorgiftemechanisme", "Transfer mechanism"),
    "adequacy": ("Adequaatheidsbesluit", "Adequacy decision"),
    "adequacy_partial": ("geldt slechts gedeeltelijk", "covers only part of the recipients"),
    "assumed": ("aangenomen, te bevestigen", "assumed, to be confirmed"),
    "documentation_reference": ("Documentatie waarborgen", "Documentation of safeguards"),
    "period": ("Termijn", "Period"),
    "start_event": ("Vanaf", "Starting point"),
    "legal_ground": ("Wettelijke grondslag", "Legal ground"),
    "criterion": ("Criterium", "Criterion"),
    "whole_activity": ("hele verwerking", "whole activity"),
    "measure": ("Maatregel", "Measure"),
    "kind": ("Soort", "Kind"),
    "dpv": ("DPV-identificatie", "DPV identifier"),
    "provider": ("Aanbieder", "Provider"),
    "type": ("Type", "Type"),
    "severity": ("Ernst", "Severity"),
    "error": ("Fout", "Error"),
    "warning": ("Waarschuwing", "Warning"),
    "finding_code": ("Regel", "Rule"),
    "field": ("Veld", "Field"),
    "message": ("Bevinding", "Finding"),
    "label": ("Omschrijving", "Label"),
    "label_nl": ("Omschrijving (Nederlands)", "Label (Dutch)"),
    "label_en": ("Omschrijving (Engels)", "Label (English)"),
    "list": ("Lijst", "List"),
    "decided": ("Besloten", "Decided"),
    "scope": ("Reikwijdte", "Scope"),
    "decision_reference": ("Besluit en vindplaats (CELEX)", "Decision and reference (CELEX)"),
    "adequacy_review": ("Looptijd of evaluatie", "Validity or review"),
    "address": ("Adres", "Address"),
    "email": ("E-mail", "Email"),
    "phone": ("Telefoon", "Telephone"),
    "registration_number": ("Inschrijvingsnummer", "Registration number"),
    "entities": ("Rechtspersonen", "Legal entities"),
    "contacts": ("Contactpersonen", "Contacts"),
    "systems": ("Systemen", "Systems"),
    "location": ("Locatie", "Location"),
    "client_controller": ("Verwerkingsverantwoordelijke (opdrachtgever)", "Client controller"),
    "client_contact": ("Contactgegevens opdrachtgever", "Client contact details"),
    "client_representative": ("Vertegenwoordiger opdrachtgever", "Client representative"),
    "client_dpo": ("FG opdrachtgever", "Client DPO"),
    "processing_categories": ("Categorieën verwerkingen", "Categories of processing"),
    "transfers": ("Doorgiften", "Transfers"),
    # Reference lists
    "ref_lawful_bases": ("Rechtsgronden (art. 6)", "Lawful bases (Art. 6)"),
    "ref_art9": ("Uitzonderingsgronden (art. 9)", "Special category conditions (Art. 9)"),
    "ref_mechanisms": ("Doorgiftemechanismen", "Transfer mechanisms"),
    "ref_recipient_types": ("Soorten ontvangers", "Recipient types"),
    "ref_rights": ("Rechten van betrokkenen", "Data subject rights"),
    "ref_adequacy": ("Adequaatheidsbesluiten van de Europese Commissie", "EU adequacy decisions"),
}


_BY_LANG: dict[str, dict[str, str]] = {
    "nl": {key: pair[0] for key, pair in LABELS.items()},
    "en": {key: pair[1] for key, pair in LABELS.items()},
}


def label(key: str, lang: Lang) -> str:
    return _BY_LANG[lang][key]


def format_bool(value: bool, lang: Lang) -> str:
    return label("yes" if value else "no", lang)
