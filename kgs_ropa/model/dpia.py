"""DPIA screening (Art. 35 GDPR): the questions, and the conclusion the answers lead to.

An activity records the screening as the codes of the entries that apply (`dpia_criteria`) and
the date it was screened (`dpia_screened_on`). A DPIA is required when one entry of the Dutch
DPA's list applies, and likely required when two or more of the EDPB's criteria apply.

Sources:
- AP_LIST: Autoriteit Persoonsgegevens, "Besluit inzake lijst van verwerkingen van
  persoonsgegevens waarvoor een gegevensbeschermingseffectbeoordeling (DPIA) verplicht is"
  (Besluit van 19 november 2019, Staatscourant 2019, 64418). The labels summarise the 17 entries;
  each entry has its own condition (mostly "large scale and/or systematic"): answer yes only when
  the decision's condition for that entry is met.
- EDPB_CRITERIA: Article 29 Working Party, Guidelines on DPIA, WP248 rev.01 (4 October 2017),
  endorsed by the EDPB on 25 May 2018: nine criteria; two or more make a DPIA likely needed.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgs_ropa.model.vocabulary import Term, Vocabulary

AP_LIST = Vocabulary(
    "dpia_ap_entry",
    [
        Term("ap_covert", "Heimelijk onderzoek", "Covert investigation"),
        Term("ap_blacklist", "Zwarte lijsten", "Black lists"),
        Term("ap_fraud", "Fraudebestrijding", "Fraud prevention"),
        Term("ap_credit", "Kredietscores", "Credit scores"),
        Term("ap_financial", "Financiële situatie", "Financial situation"),
        Term("ap_genetic", "Genetische persoonsgegevens", "Genetic data"),
        Term("ap_health", "Gezondheidsgegevens", "Health data"),
        Term("ap_cooperation", "Samenwerkingsverbanden", "Cooperation arrangements"),
        Term("ap_camera", "Cameratoezicht", "Camera surveillance"),
        Term(
            "ap_flex_camera",
            "Flexibel cameratoezicht (bodycams, drones)",
            "Flexible camera surveillance (bodycams, drones)",
        ),
        Term("ap_employees", "Controle van werknemers", "Employee monitoring"),
        Term("ap_location", "Locatiegegevens", "Location data"),
        Term("ap_communication", "Communicatiegegevens", "Communication data"),
        Term("ap_iot", "Internet of things", "Internet of things"),
        Term("ap_profiling", "Profilering", "Profiling"),
        Term(
            "ap_behaviour",
            "Observatie en beïnvloeding van gedrag",
            "Observation and influencing of behaviour",
        ),
        Term("ap_biometric", "Biometrische gegevens", "Biometric data"),
    ],
)

EDPB_CRITERIA = Vocabulary(
    "dpia_edpb_criterion",
    [
        Term("edpb_scoring", "Evaluatie of scoren", "Evaluation or scoring"),
        Term(
            "edpb_automated_decision",
            "Geautomatiseerde besluitvorming met rechtsgevolg of vergelijkbaar effect",
            "Automated decision-making with legal or similarly significant effect",
        ),
        Term("edpb_monitoring", "Stelselmatige monitoring", "Systematic monitoring"),
        Term(
            "edpb_sensitive",
            "Gevoelige of zeer persoonlijke gegevens",
            "Sensitive data or data of a highly personal nature",
        ),
        Term("edpb_large_scale", "Grootschalige verwerking", "Data processed on a large scale"),
        Term(
            "edpb_matching", "Matchen of combineren van datasets", "Matching or combining datasets"
        ),
        Term(
            "edpb_vulnerable",
            "Gegevens van kwetsbare betrokkenen",
            "Data concerning vulnerable data subjects",
        ),
        Term(
            "edpb_innovative",
            "Innovatief gebruik of nieuwe technologie",
            "Innovative use or new technological solutions",
        ),
        Term(
            "edpb_blocks_right",
            "Verwerking verhindert een recht of dienst uit te oefenen of te gebruiken",
            "Processing prevents exercising a right or using a service or contract",
        ),
    ],
)

# Every screening question, AP entries first, labelled with their list: the editor's picker and
# the document's vocabulary.
SCREENING = Vocabulary(
    "dpia_criterion",
    [Term(t.code, f"AP-lijst: {t.nl}", f"Dutch DPA list: {t.en}") for t in AP_LIST]
    + [Term(t.code, f"EDPB-criterium: {t.nl}", f"EDPB criterion: {t.en}") for t in EDPB_CRITERIA],
)

REQUIRED_AP = "required_ap"
REQUIRED_EDPB = "required_edpb"
NOT_REQUIRED = "not_required"


def conclusion(criteria: Iterable[str]) -> str:
    """What the answers say: required by the AP list, by two EDPB criteria, or not required."""
    answers = set(criteria)
    if any(code in AP_LIST for code in answers):
        return REQUIRED_AP
    if sum(code in EDPB_CRITERIA for code in answers) >= 2:
        return REQUIRED_EDPB
    return NOT_REQUIRED


def matched(criteria: Iterable[str], lang: str, of: Vocabulary = SCREENING) -> str:
    """The labels of the answered entries of one list, for a message: "Profilering; ..."."""
    return "; ".join(of.label(code, lang) for code in criteria if code in of)
