"""The sentences of the privacy statement, per element, in Dutch and English.

Every sentence of a generated statement comes from a template here and is filled with the
register's own words: nothing is guessed. Plain words first, the article behind it, as the AP
asks (short sentences, "u" and "wij").
"""

from __future__ import annotations

from kgs_ropa.reports.labels import Lang

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Privacyverklaring van {controller}", "Privacy statement of {controller}"),
    "intro": (
        "In deze privacyverklaring leest u welke persoonsgegevens wij verwerken, waarom wij dat "
        "doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft. De "
        "verklaring is opgesteld uit ons register van verwerkingsactiviteiten ({date}).",
        "This privacy statement tells you which personal data we process, why we do so, who we "
        "share it with, how long we keep it and which rights you have. It is drawn up from our "
        "record of processing activities ({date}).",
    ),
    "who_heading": ("Wie zijn wij?", "Who are we?"),
    "controller": (
        "{name} is verantwoordelijk voor de verwerking van uw persoonsgegevens.",
        "{name} is the controller responsible for processing your personal data.",
    ),
    "address": ("Ons adres: {address}.", "Our address: {address}."),
    "reach": ("U bereikt ons via {ways}.", "You can reach us at {ways}."),
    "dpo": (
        "Onze functionaris gegevensbescherming is {name}; u bereikt deze via {ways}.",
        "Our data protection officer is {name}; you can reach them at {ways}.",
    ),
    "privacy_officer": (
        "Met vragen over privacy kunt u terecht bij {name} ({ways}).",
        "For questions about privacy, contact {name} ({ways}).",
    ),
    "representative": (
        "Onze vertegenwoordiger in de Europese Unie is {name} ({ways}).",
        "Our representative in the European Union is {name} ({ways}).",
    ),
    "concerns": ("Dit gaat over: {subjects}.", "This concerns: {subjects}."),
    "purpose": ("{purpose}. Wij doen dit {basis}", "{purpose}. We do this {basis}"),
    "draft": ("verwerking in concept", "processing still in draft"),
    "why": ("Waarvoor gebruiken wij uw gegevens?", "What do we use your data for?"),
    "what": ("Welke gegevens gebruiken wij?", "Which data do we use?"),
    "from_you": (
        "U geeft ons deze gegevens zelf: {sources}.",
        "You give us this data yourself: {sources}.",
    ),
    "not_from_you": (
        "Deze gegevens krijgen wij niet van u zelf, maar uit deze bron: {sources}.",
        "We do not get this data from you but from this source: {sources}.",
    ),
    "special": (
        "{category} (een bijzonder persoonsgegeven; wij mogen dit verwerken op grond van: "
        "{condition})",
        "{category} (a special category of personal data; we may process it on the ground of: "
        "{condition})",
    ),
    "who_receives": ("Wie ontvangt uw gegevens?", "Who receives your data?"),
    "recipients": ("Wij delen deze gegevens met: {items}.", "We share this data with: {items}."),
    "no_recipients": (
        "Wij delen deze gegevens met niemand buiten onze organisatie.",
        "We share this data with no one outside our organisation.",
    ),
    "processors": (
        "Deze verwerkers werken in onze opdracht: {items}.",
        "These processors work on our behalf: {items}.",
    ),
    "abroad": ("Gaan uw gegevens naar het buitenland?", "Does your data go abroad?"),
    "no_transfers": (
        "Wij geven deze gegevens niet door aan landen buiten de Europese Economische Ruimte (EER).",
        "We do not transfer this data to countries outside the European Economic Area (EEA).",
    ),
    "transfer": (
        "Wij geven gegevens door aan {recipient} in {country}, buiten de Europese Economische "
        "Ruimte (EER).",
        "We transfer data to {recipient} in {country}, outside the European Economic Area (EEA).",
    ),
    "safeguard_adequacy": (
        "Dat mag omdat de Europese Commissie heeft besloten dat dit land een passend "
        "beschermingsniveau biedt ({mechanism}).",
        "This is allowed because the European Commission has decided that this country offers "
        "an adequate level of protection ({mechanism}).",
    ),
    "safeguard": (
        "Wij beschermen uw gegevens daarbij met: {mechanism}. Een kopie van deze waarborgen kunt "
        "u bij ons opvragen via {ways}.",
        "We protect your data there with: {mechanism}. You can obtain a copy of these safeguards "
        "from us at {ways}.",
    ),
    "derogation": (
        "Wij doen dat op grond van een uitzondering voor specifieke situaties ({mechanism}).",
        "We do so on the basis of a derogation for specific situations ({mechanism}).",
    ),
    "how_long": ("Hoe lang bewaren wij uw gegevens?", "How long do we keep your data?"),
    "from_event": ("vanaf {event}", "from {event}"),
    "required_heading": ("Moet u ons deze gegevens geven?", "Do you have to give us this data?"),
    "required_contract": (
        "Voor de uitvoering van de overeenkomst zijn deze gegevens nodig; zonder deze gegevens "
        "kunnen wij de overeenkomst niet uitvoeren.",
        "This data is needed to perform the contract; without it we cannot perform the contract.",
    ),
    "required_law": (
        "Voor zover de wet ons verplicht deze gegevens te verwerken, is het geven ervan een "
        "wettelijke verplichting.",
        "Where the law obliges us to process this data, providing it is a statutory requirement.",
    ),
    "required_consent": (
        "U bent niet verplicht deze gegevens te geven; zonder uw toestemming verwerken wij ze "
        "niet.",
        "You are not obliged to give this data; without your consent we do not process it.",
    ),
    "automated": (
        "Wij nemen hierbij besluiten die uitsluitend op geautomatiseerde verwerking berusten: "
        "{note}.",
        "We take decisions here based solely on automated processing: {note}.",
    ),
    "no_automated": (
        "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.",
        "We take no decisions about you based solely on automated processing.",
    ),
    "rights_heading": ("Uw rechten", "Your rights"),
    "rights_intro": (
        "U heeft de volgende rechten. Welke rechten gelden, hangt af van de grondslag van de "
        "verwerking.",
        "You have the following rights. Which rights apply depends on the lawful basis of the "
        "processing.",
    ),
    "applies_to": ("Dit geldt voor: {items}", "This applies to: {items}"),
    "exercise": (
        "Wilt u een van deze rechten uitoefenen? Neem contact met ons op via {ways}.",
        "Do you want to exercise one of these rights? Contact us at {ways}.",
    ),
    "complaint": (
        "Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan heeft u het recht een "
        "klacht in te dienen bij de Autoriteit Persoonsgegevens.",
        "If you disagree with how we handle your data, you have the right to lodge a complaint "
        "with the Dutch supervisory authority, the Autoriteit Persoonsgegevens.",
    ),
    "cookies_heading": ("Cookies", "Cookies"),
    "cookies_intro": (
        "Op onze website gebruiken wij de volgende cookies.",
        "Our website uses the following cookies.",
    ),
    "cookie_name": ("Cookie", "Cookie"),
    "cookie_provider": ("Leverancier", "Provider"),
    "cookie_purpose": ("Doel", "Purpose"),
    "cookie_retention": ("Bewaartermijn", "Retention"),
    "cookie_type": ("Soort", "Type"),
    "automated_heading": ("Geautomatiseerde besluiten", "Automated decisions"),
    "or": ("of", "or"),
    "and": ("en", "and"),
    "open": ("te bevestigen", "to be confirmed"),
    # What an open point is about: "[te bevestigen: bewaartermijn]".
    "open_ways": ("e-mailadres of telefoonnummer", "email address or telephone number"),
    "open_dpo": (
        "functionaris gegevensbescherming of privacycontact",
        "data protection officer or privacy contact",
    ),
    "open_basis": ("grondslag", "lawful basis"),
    "open_interest": ("gerechtvaardigd belang", "legitimate interest"),
    "open_categories": ("categorieën persoonsgegevens", "categories of personal data"),
    "open_recipients": ("ontvangers", "recipients"),
    "open_transfers": ("doorgifte buiten de EER", "transfers outside the EEA"),
    "open_country": ("land", "country"),
    "open_safeguard": ("waarborg voor de doorgifte", "safeguard for the transfer"),
    "open_retention": ("bewaartermijn", "retention period"),
    "open_required": (
        "of u de gegevens moet geven en wat er gebeurt als u dat niet doet",
        "whether you must give the data and what happens if you do not",
    ),
    "open_controller": ("verwerkingsverantwoordelijke", "controller"),
    "open_automated": (
        "of wij hierbij besluiten nemen die uitsluitend op geautomatiseerde verwerking berusten",
        "whether we take decisions here based solely on automated processing",
    ),
}

# Per lawful basis: the reason in plain words, with the article behind it.
_BASIS: dict[str, tuple[str, str]] = {
    "consent": (
        "met uw toestemming, die u altijd kunt intrekken (art. 6 lid 1 sub a AVG)",
        "with your consent, which you can withdraw at any time (Art. 6(1)(a) GDPR)",
    ),
    "contract": (
        "omdat dit nodig is voor de uitvoering van de overeenkomst met u of uw bedrijf "
        "(art. 6 lid 1 sub b AVG)",
        "because this is necessary for the performance of the contract with you or your company "
        "(Art. 6(1)(b) GDPR)",
    ),
    "legal_obligation": (
        "omdat wij dit moeten doen op grond van een wettelijke verplichting "
        "(art. 6 lid 1 sub c AVG)",
        "because we must do this to comply with a legal obligation (Art. 6(1)(c) GDPR)",
    ),
    "vital_interests": (
        "om uw vitale belangen of die van een ander te beschermen (art. 6 lid 1 sub d AVG)",
        "to protect your vital interests or those of another person (Art. 6(1)(d) GDPR)",
    ),
    "public_task": (
        "voor de vervulling van een taak van algemeen belang (art. 6 lid 1 sub e AVG)",
        "to perform a task carried out in the public interest (Art. 6(1)(e) GDPR)",
    ),
    "legitimate_interests": (
        "omdat wij daar een gerechtvaardigd belang bij hebben (art. 6 lid 1 sub f AVG)",
        "because we have a legitimate interest in it (Art. 6(1)(f) GDPR)",
    ),
}
_INTEREST = ("ons belang: {interest}", "our interest: {interest}")
_LEGAL_REFERENCE = ("op grond van {reference}", "under {reference}")

# Per right: what it lets the person do, in plain words.
_RIGHTS: dict[str, tuple[str, str]] = {
    "access": (
        "Recht van inzage: u mag de persoonsgegevens inzien die wij van u hebben.",
        "Right of access: you may see the personal data we hold about you.",
    ),
    "rectification": (
        "Recht op rectificatie: u mag onjuiste of onvolledige gegevens laten verbeteren of "
        "aanvullen.",
        "Right to rectification: you may have incorrect or incomplete data corrected or completed.",
    ),
    "erasure": (
        "Recht op verwijdering: u mag ons vragen uw gegevens te verwijderen.",
        "Right to erasure: you may ask us to delete your data.",
    ),
    "restriction": (
        "Recht op beperking van de verwerking: u mag ons vragen de verwerking tijdelijk stop te "
        "zetten.",
        "Right to restriction of processing: you may ask us to pause the processing.",
    ),
    "portability": (
        "Recht op dataportabiliteit: u mag de gegevens die u ons gaf in een gangbaar formaat "
        "krijgen of laten doorsturen.",
        "Right to data portability: you may receive the data you gave us in a common format, or "
        "have it sent on.",
    ),
    "objection": (
        "Recht van bezwaar: u mag bezwaar maken tegen een verwerking op grond van ons "
        "gerechtvaardigd belang; tegen direct marketing altijd.",
        "Right to object: you may object to processing based on our legitimate interests, and "
        "always to direct marketing.",
    ),
    "withdraw_consent": (
        "Recht om toestemming in te trekken: u mag uw toestemming altijd intrekken.",
        "Right to withdraw consent: you may withdraw your consent at any time.",
    ),
}


def text(key: str, lang: Lang, **values: str) -> str:
    nl, en = _TEXT[key]
    return (nl if lang == "nl" else en).format(**values)


def basis_phrase(basis: str, lang: Lang) -> str:
    nl, en = _BASIS[basis]
    return nl if lang == "nl" else en


def interest_phrase(interest: str, lang: Lang) -> str:
    nl, en = _INTEREST
    return (nl if lang == "nl" else en).format(interest=interest)


def legal_reference_phrase(reference: str, lang: Lang) -> str:
    nl, en = _LEGAL_REFERENCE
    return (nl if lang == "nl" else en).format(reference=reference)


def right_sentence(right: str, lang: Lang) -> str:
    nl, en = _RIGHTS[right]
    return nl if lang == "nl" else en


def template_words() -> frozenset[str]:
    """Every word the templates write, folded as the statement check compares words."""
    from kgs_ropa.checks.statement_terms import fold

    texts = [t for table in (_TEXT, _BASIS, _RIGHTS) for pair in table.values() for t in pair]
    return frozenset(fold(" ".join(texts + [*_INTEREST, *_LEGAL_REFERENCE])).split())


def is_known_basis(basis: str | None) -> bool:
    return basis in _BASIS
