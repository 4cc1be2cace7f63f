"""The one message table of the checks: every finding code with its Dutch and English text.

Templates use str.format fields filled from the finding's params. Two conventions keep the
rules free of language: a param pair `x_nl` / `x_en` becomes `{x}` in the chosen language, and
`country` (an ISO code) is shown as the country's name, `basis` as the lawful basis' label.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc

# code -> (Dutch, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # Art. 30(1) elements of an activity
    "activity.owner": (
        "De verwerking is actief maar heeft geen eigenaar: vul de afdeling of de "
        "verantwoordelijke persoon in.",
        "The activity is active but has no owner: give the business function or the person "
        "responsible.",
    ),
    "activity.automated_unknown": (
        "De verwerking is actief maar niet beoordeeld op geautomatiseerde besluitvorming; de "
        'export meldt "te bevestigen". Kies Nee of Ja (art. 13 lid 2 sub f en art. 22 AVG).',
        "The activity is active but not assessed for automated decision-making; exports say "
        '"to be confirmed". Choose No or Yes (Art. 13(2)(f) and Art. 22 GDPR).',
    ),
    "activity.name": (
        "De verwerking heeft geen naam; zonder naam is ze in het register niet te herkennen.",
        "The activity has no name; without one it cannot be recognised in the register.",
    ),
    "art30.controller": (
        "Geen verwerkingsverantwoordelijke gekozen (art. 30 lid 1 sub a AVG).",
        "No controller chosen (Art. 30(1)(a) GDPR).",
    ),
    "art30.purposes": (
        "Geen doeleinden van de verwerking vermeld (art. 30 lid 1 sub b AVG).",
        "No purposes of the processing given (Art. 30(1)(b) GDPR).",
    ),
    "art30.purpose_description": (
        "Doel {n} heeft geen omschrijving (art. 30 lid 1 sub b AVG).",
        "Purpose {n} has no description (Art. 30(1)(b) GDPR).",
    ),
    "art30.data_subjects": (
        "Geen categorieën van betrokkenen vermeld (art. 30 lid 1 sub c AVG).",
        "No categories of data subjects given (Art. 30(1)(c) GDPR).",
    ),
    "art30.data_categories": (
        "Geen categorieën van persoonsgegevens vermeld (art. 30 lid 1 sub c AVG).",
        "No categories of personal data given (Art. 30(1)(c) GDPR).",
    ),
    "art30.recipients": (
        "Geen categorieën van ontvangers vermeld (art. 30 lid 1 sub d AVG). Zien alleen eigen "
        "medewerkers de gegevens, kies dan de interne ontvanger.",
        "No categories of recipients given (Art. 30(1)(d) GDPR). If only own staff see the data, "
        "choose the internal recipient.",
    ),
    "art30.retention": (
        "Geen bewaartermijn vermeld (art. 30 lid 1 sub f AVG).",
        "No retention period given (Art. 30(1)(f) GDPR).",
    ),
    "art30.security": (
        "Geen beveiligingsmaatregelen vermeld (art. 30 lid 1 sub g en art. 32 AVG).",
        "No security measures given (Art. 30(1)(g) and Art. 32 GDPR).",
    ),
    # Lawful basis per purpose
    "basis.missing": (
        "Doel {n}{purpose} heeft geen rechtsgrond (art. 6 lid 1 AVG).",
        "Purpose {n}{purpose} has no lawful basis (Art. 6(1) GDPR).",
    ),
    "basis.interest": (
        "Doel {n}{purpose} steunt op gerechtvaardigd belang, maar het belang zelf is niet "
        "beschreven.",
        "Purpose {n}{purpose} relies on legitimate interests, but the interest itself is not "
        "described.",
    ),
    "basis.balancing": (
        "Doel {n}{purpose} steunt op gerechtvaardigd belang zonder vastgelegde belangenafweging "
        "(een aanname, een plaatshouder of een citaat uit de privacyverklaring telt niet); leg "
        "de afweging vast of verwijs naar het document (art. 6 lid 1 sub f AVG).",
        "Purpose {n}{purpose} relies on legitimate interests without a recorded balancing test "
        "(an assumption, a placeholder or a quote from the privacy statement does not count); "
        "record the assessment or refer to it (Art. 6(1)(f) GDPR).",
    ),
    "basis.consent_record": (
        "Doel {n}{purpose} steunt op toestemming, maar er is niet vastgelegd hoe de toestemming "
        "wordt geregistreerd (een plaatshouder of citaat telt niet); beschrijf waar en hoe "
        "(art. 7 lid 1 AVG).",
        "Purpose {n}{purpose} relies on consent, but how consent is recorded is not documented "
        "(a placeholder or a quote does not count); say where and how (Art. 7(1) GDPR).",
    ),
    "basis.legal_reference": (
        "Doel {n}{purpose} steunt op een wettelijke verplichting zonder te noemen welke wet of "
        "regel; noem de wet en het artikel (art. 6 lid 3 AVG).",
        "Purpose {n}{purpose} relies on a legal obligation without naming the law or rule; name "
        "the law and its article (Art. 6(3) GDPR).",
    ),
    "basis.assumed_active": (
        "De verwerking staat op actief, maar haar rechtsgronden zijn alleen aangenomen; bevestig "
        "de rechtsgrond of zet de status op concept (art. 5 lid 2 en art. 6 lid 1 AVG).",
        "The activity is marked active, but its lawful bases are only assumed; confirm the basis "
        "or set the status to draft (Art. 5(2) and Art. 6(1) GDPR).",
    ),
    "cookies.consent": (
        "Doel {n}{purpose} steunt op gerechtvaardigd belang, maar de verwerking plaatst "
        "analytische of tracking-cookies: daarvoor is toestemming nodig (art. 11.7a "
        "Telecommunicatiewet). Kies toestemming, of leg vast dat het om analytische cookies met "
        "geen of geringe gevolgen voor de privacy gaat.",
        "Purpose {n}{purpose} relies on legitimate interests, but the activity places analytics "
        "or tracking cookies: they need consent (Dutch Telecommunications Act Art. 11.7a). Choose "
        "consent, or record the cookies as analytics with little or no privacy impact.",
    ),
    # Special-category and criminal data
    "art9.condition": (
        'Gegevenscategorie "{category}" is een bijzonder persoonsgegeven (art. 9 AVG) zonder '
        "uitzonderingsgrond uit art. 9 lid 2 AVG.",
        'Data category "{category}" is special-category data (Art. 9 GDPR) without a condition '
        "under Art. 9(2) GDPR.",
    ),
    "art10.criminal": (
        'Gegevenscategorie "{category}" bevat strafrechtelijke gegevens: alleen toegestaan onder '
        "overheidstoezicht of met een wettelijke grondslag (art. 10 AVG, art. 31-33 UAVG); leg "
        "die grondslag vast in de toelichting.",
        'Data category "{category}" holds criminal-offence data: allowed only under official '
        "authority or when authorised by law (Art. 10 GDPR); record that authorisation in the "
        "note.",
    ),
    "text.untranslated": (
        "{count} tekst(en) zonder vertaling ({lang}); de organisatie exporteert het register "
        "ook in die taal, waar de tekst dan met [nl] gemarkeerd in het Nederlands verschijnt.",
        "{count} text(s) without a translation ({lang}); the organisation also exports the "
        "register in that language, where the text then appears in Dutch marked [nl].",
    ),
    # Transfers to third countries
    "transfer.unassessed": (
        "Nog niet beoordeeld of er doorgiften buiten de EER zijn; de export meldt "
        '"te bevestigen". Vermeld de doorgiften, of leg vast dat er geen zijn '
        "(art. 30 lid 1 sub e AVG).",
        "Not yet assessed whether there are transfers outside the EEA; exports say "
        '"to be confirmed". List the transfers, or record that there are none '
        "(Art. 30(1)(e) GDPR).",
    ),
    "transfer.country": (
        "Doorgifte {n}{recipient}: het derde land is niet genoemd (art. 30 lid 1 sub e AVG).",
        "Transfer {n}{recipient}: the third country is not named (Art. 30(1)(e) GDPR).",
    ),
    "transfer.mechanism": (
        "Doorgifte {n}{recipient}: geen doorgiftegrondslag (adequaatheidsbesluit, "
        "modelcontractbepalingen, BCR of art. 49-afwijking; hoofdstuk V AVG).",
        "Transfer {n}{recipient}: no transfer mechanism (adequacy decision, standard contractual "
        "clauses, BCR or Art. 49 derogation; Chapter V GDPR).",
    ),
    "transfer.no_adequacy": (
        "Doorgifte {n} naar {country} steunt op een adequaatheidsbesluit, maar voor dat land "
        "bestaat er geen (art. 45 AVG); kies een andere grondslag.",
        "Transfer {n} to {country} relies on an adequacy decision, but there is none for that "
        "country (Art. 45 GDPR); choose another mechanism.",
    ),
    "transfer.partial_adequacy": (
        "Doorgifte {n} naar {country}: het adequaatheidsbesluit heeft een beperkte reikwijdte "
        "({scope}). Controleer dat de ontvanger daaronder valt en vink dat aan bij de doorgifte.",
        "Transfer {n} to {country}: the adequacy decision is limited in scope ({scope}). Confirm "
        "that the recipient is covered and tick that on the transfer.",
    ),
    "transfer.adequacy_expired": (
        "Doorgifte {n} naar {country} steunt op een adequaatheidsbesluit dat op {until} is "
        "verlopen (art. 45 AVG); kies een andere grondslag, zoals modelcontractbepalingen.",
        "Transfer {n} to {country} relies on an adequacy decision that expired on {until} "
        "(Art. 45 GDPR); choose another mechanism, such as standard contractual clauses.",
    ),
    "transfer.eea": (
        "Doorgifte {n} naar {country}: dat land ligt in de EER, dus dit is geen doorgifte naar "
        "een derde land; vermeld de partij bij de ontvangers.",
        "Transfer {n} to {country}: that country is in the EEA, so this is no transfer to a third "
        "country; list the party among the recipients.",
    ),
    "transfer.documentation": (
        "Doorgifte {n}{recipient}: geen verwijzing naar de documentatie van de waarborgen "
        "(contract, BCR, transfer impact assessment; art. 30 lid 1 sub e AVG).",
        "Transfer {n}{recipient}: no reference to the documentation of the safeguards "
        "(contract, BCR, transfer impact assessment; Art. 30(1)(e) GDPR).",
    ),
    "transfer.assumed_active": (
        "De verwerking staat op actief, maar doorgifte {n}{recipient} steunt op een aangenomen "
        "waarborg of afwijking; bevestig het doorgiftemechanisme met de documentatie ervan, of zet "
        "de status op concept (art. 44 en art. 46 tot en met 49 AVG).",
        "The activity is marked active, but transfer {n}{recipient} relies on an assumed "
        "safeguard or derogation; confirm the transfer mechanism and its documentation, or set "
        "the status to draft (Art. 44 and Art. 46 to 49 GDPR).",
    ),
    "transfer.assumed": (
        "Doorgifte {n}{recipient} steunt op een aangenomen waarborg of afwijking; bevestig het "
        "doorgiftemechanisme met de documentatie ervan voordat de verwerking actief wordt "
        "(art. 44 en art. 46 tot en met 49 AVG).",
        "Transfer {n}{recipient} relies on an assumed safeguard or derogation; confirm the "
        "transfer mechanism and its documentation before the activity goes live (Art. 44 and "
        "Art. 46 to 49 GDPR).",
    ),
    "transfer.unlisted": (
        '"{party}" is gevestigd in {country}, maar er is geen doorgifte naar dat land vermeld; '
        "voeg de doorgifte met haar grondslag toe (art. 30 lid 1 sub e AVG).",
        '"{party}" is based in {country}, but no transfer to that country is listed; add the '
        "transfer with its mechanism (Art. 30(1)(e) GDPR).",
    ),
    "party.country": (
        '"{party}" heeft geen land; vul in de catalogus in waar de partij of het systeem '
        "gevestigd is, anders is niet na te gaan of er een doorgifte is (art. 30 lid 1 sub e AVG).",
        '"{party}" has no country; record in the catalogue where the party or system is, or '
        "nobody can tell whether there is a transfer (Art. 30(1)(e) GDPR).",
    ),
    # Processors
    "processor.agreement": (
        'Verwerker "{processor}": geen verwerkersovereenkomst vastgelegd; vul de datum van '
        "ondertekening of het kenmerk in (een plaatshouder telt niet; art. 28 lid 3 AVG).",
        'Processor "{processor}": no processing agreement recorded; give the date signed or its '
        "reference (a placeholder does not count; Art. 28(3) GDPR).",
    ),
    # Retention
    "retention.empty": (
        "Bewaarregel {n} is leeg: vul een termijn of een criterium in (art. 30 lid 1 sub f AVG).",
        "Retention rule {n} is empty: give a period or a criterion (Art. 30(1)(f) GDPR).",
    ),
    "retention.vague": (
        'Bewaarregel {n} is vaag ("{text}"): noem een vaste termijn, of de gebeurtenis waarop de '
        "termijn eindigt met de termijn daarna (art. 30 lid 1 sub f AVG).",
        'Retention rule {n} is vague ("{text}"): give a fixed period, or the event that ends it '
        "and the period after it (Art. 30(1)(f) GDPR).",
    ),
    "retention.start": (
        "Bewaarregel {n} noemt een termijn maar niet vanaf welk moment die loopt; vul het "
        "startmoment in (bijvoorbeeld het einde van de klantrelatie).",
        "Retention rule {n} gives a period but not the event it runs from; give the start event "
        "(for example the end of the customer relationship).",
    ),
    "retention.contradicts": (
        'Bewaarregel {n}: de termijn in woorden ("{text}") is een andere dan {period}; maak '
        "ze gelijk of laat de woorden de termijn alleen toelichten.",
        'Retention rule {n}: the period in words ("{text}") differs from {period}; make them '
        "agree, or let the words only explain the period.",
    ),
    "retention.category": (
        "Geen bewaartermijn vastgelegd voor {categories} (art. 30 lid 1 sub f AVG).",
        "No retention period for {categories} (Art. 30(1)(f) GDPR).",
    ),
    # Upkeep of the register
    "storage.missing": (
        "Niet vermeld waar de gegevens zijn opgeslagen (systeem of locatie); nodig om inzage- en "
        "verwijderverzoeken te kunnen afhandelen (aanbeveling 4 van de AP).",
        "Where the data is stored (system or location) is not given; needed to handle access and "
        "erasure requests (Dutch DPA recommendation 4).",
    ),
    "review.overdue": (
        "De periodieke controle is achterstallig: die stond gepland op {due}.",
        "The periodic review is overdue: it was due on {due}.",
    ),
    "review.unscheduled": (
        "Geen datum voor de volgende controle gepland.",
        "No date scheduled for the next review.",
    ),
    "assumption.open": (
        'Nog te bevestigen: "{text}".',
        'To be confirmed: "{text}".',
    ),
    "dpia.screening": (
        "De DPIA-toets is niet vastgelegd: beantwoord of de verwerking op de DPIA-lijst van de AP "
        "staat of aan twee of meer EDPB-criteria voldoet, en leg de datum vast (art. 35 AVG).",
        "The DPIA screening is not recorded: answer whether the activity is on the Dutch DPA's "
        "DPIA list or meets two or more EDPB criteria, and record the date (Art. 35 GDPR).",
    ),
    "dpia.required_ap": (
        "Een DPIA is verplicht: de verwerking staat op de lijst van de AP (Stcrt. 2019, 64418: "
        '"{criteria}"), maar er is geen DPIA vastgelegd; voer de DPIA uit vóór de verwerking '
        "(art. 35 lid 4 AVG).",
        "A DPIA is mandatory: the activity is on the Dutch DPA's list (Stcrt. 2019, 64418: "
        '"{criteria}"), but no DPIA is recorded; carry it out before the processing (Art. 35(4) '
        "GDPR).",
    ),
    "dpia.required_edpb": (
        "Een DPIA is waarschijnlijk nodig: de verwerking voldoet aan twee of meer EDPB-criteria "
        '("{criteria}"; WP248 rev.01), maar er is geen DPIA vastgelegd; voer de DPIA uit of leg '
        "vast waarom die niet nodig is (art. 35 lid 1 AVG).",
        "A DPIA is likely required: the activity meets two or more EDPB criteria "
        '("{criteria}"; WP248 rev.01), but no DPIA is recorded; carry it out or record why it is '
        "not needed (Art. 35(1) GDPR).",
    ),
    "dpia.reference": (
        "De DPIA is afgerond, maar er staat niet bij waar die te vinden is; vul de verwijzing in "
        "(een plaatshouder telt niet).",
        "The DPIA is completed, but the register does not say where it is; give the reference (a "
        "placeholder does not count).",
    ),
    "dpia.incomplete": (
        "Een DPIA is vereist (art. 35 AVG) maar niet afgerond (status: {status}).",
        "A DPIA is required (Art. 35 GDPR) but not completed (status: {status}).",
    ),
    # Register-wide
    "contact.email": (
        'Het e-mailadres "{email}" van "{name}" is geen geldig e-mailadres; corrigeer het, het '
        "staat op het voorblad van het register (art. 30 lid 1 sub a AVG).",
        'The email address "{email}" of "{name}" is not a valid email address; correct it, it is '
        "printed on the register's cover (Art. 30(1)(a) GDPR).",
    ),
    "register.controller": (
        "Geen verwerkingsverantwoordelijke met naam en contactgegevens (adres, e-mail of "
        "telefoon) in de organisatiegegevens (art. 30 lid 1 sub a AVG).",
        "No controller with name and contact details (address, email or telephone) in the "
        "organisation details (Art. 30(1)(a) GDPR).",
    ),
    "register.privacy_contact": (
        "Geen privacy officer of functionaris gegevensbescherming met contactgegevens vastgelegd "
        "(art. 30 lid 1 sub a AVG, voor zover aangewezen).",
        "No privacy officer or data protection officer with contact details recorded "
        "(Art. 30(1)(a) GDPR, where designated).",
    ),
    "register.processor_records": (
        "De organisatie treedt ook op als verwerker, maar er is geen verwerkersregister per "
        "opdrachtgever (art. 30 lid 2 AVG).",
        "The organisation also acts as a processor, but there is no processor record per client "
        "controller (Art. 30(2) GDPR).",
    ),
}

SEVERITY_LABELS = {"error": ("fout", "error"), "warning": ("waarschuwing", "warning")}


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def severity_label(severity: str, lang: str) -> str:
    return pick(SEVERITY_LABELS.get(severity, (severity, severity)), lang)


class _Values(dict[str, str]):
    """Format values that show a missing one as '?' rather than failing a whole report."""

    def __missing__(self, key: str) -> str:
        return "?"


def localise(params: Mapping[str, str | int], lang: str) -> dict[str, str]:
    values = _Values()
    other = "nl" if lang == "en" else "en"
    for key, value in params.items():
        if key.endswith(("_nl", "_en")):
            base = key[:-3]
            values[base] = str(params.get(f"{base}_{lang}") or params.get(f"{base}_{other}") or "")
        elif key == "country":
            values[key] = countries.country_label(str(value), lang)
        elif key == "basis":
            values[key] = voc.LAWFUL_BASES.label(str(value), lang)
        elif key == "status":
            values[key] = voc.DPIA_STATUSES.label(str(value), lang)
        else:
            values[key] = str(value)
    # An optional purpose or recipient name is shown after the number, quoted.
    for key in ("purpose", "recipient"):
        if values.get(key):
            values[key] = f' "{values[key]}"'
        else:
            values[key] = ""
    return values


def render(code: str, params: Mapping[str, str | int], lang: str) -> str:
    try:
        return _rendered(code, lang, tuple(params.items()))
    except TypeError:  # a value that is not hashable: not one a rule makes
        return _render(code, params, lang)


@lru_cache(maxsize=4096)
def _rendered(code: str, lang: str, params: tuple[tuple[str, str | int], ...]) -> str:
    # Many findings say the same ("not screened", one processor's missing agreement, the same
    # categories): a register's check says each message once.
    return _render(code, dict(params), lang)


def _render(code: str, params: Mapping[str, str | int], lang: str) -> str:
    pair = MESSAGES.get(code)
    if pair is None:
        return code
    return pick(pair, lang).format_map(localise(params, lang))
