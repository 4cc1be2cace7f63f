"""The statement check's messages and the register's field names, in Dutch and English.

Each message says what differs and what to do about it; {activity} is the activity's name.
"""

from __future__ import annotations

_MESSAGES: dict[str, tuple[str, str]] = {
    "missing.controller": (
        "De verklaring noemt de verwerkingsverantwoordelijke {name} niet (art. 13 lid 1 sub a). "
        "Noem naam en contactgegevens.",
        "The statement does not name the controller {name} (Art. 13(1)(a)). Give its name and "
        "contact details.",
    ),
    "missing.purpose": (
        '{activity}: het doel "{purpose}" staat niet in de verklaring (art. 13 lid 1 sub c). '
        "Beschrijf het, of beëindig het in het register als het niet meer geldt.",
        '{activity}: the purpose "{purpose}" is not in the statement (Art. 13(1)(c)). Describe '
        "it, or retire it in the register if it no longer applies.",
    ),
    "missing.lawful_basis": (
        'De grondslag "{basis}" staat in het register maar nergens in de verklaring '
        "(art. 13 lid 1 sub c). Noem per doel de grondslag.",
        'The lawful basis "{basis}" is in the register but nowhere in the statement '
        "(Art. 13(1)(c)). Give the basis of each purpose.",
    ),
    "missing.data_category": (
        '{activity}: de categorie "{category}" staat niet in de verklaring (art. 14 lid 1 '
        "sub d, en goede praktijk bij art. 13). Noem de categorieën persoonsgegevens.",
        '{activity}: the category "{category}" is not in the statement (Art. 14(1)(d), and good '
        "practice under Art. 13). List the categories of personal data.",
    ),
    "missing.recipient": (
        '{activity}: de ontvanger "{recipient}" staat niet in de verklaring (art. 13 lid 1 '
        "sub e). Noem de ontvangers of categorieën van ontvangers.",
        '{activity}: the recipient "{recipient}" is not in the statement (Art. 13(1)(e)). Name '
        "the recipients or categories of recipients.",
    ),
    "missing.transfer": (
        "{activity}: het register legt een doorgifte vast naar {country}; de verklaring noemt "
        "geen doorgifte buiten de EER (art. 13 lid 1 sub f). Vermeld land en waarborg.",
        "{activity}: the register records a transfer to {country}; the statement mentions no "
        "transfer outside the EEA (Art. 13(1)(f)). State the country and the safeguard.",
    ),
    "missing.safeguard": (
        "{activity}: de verklaring noemt de doorgifte buiten de EER, maar niet op welke waarborg "
        "die berust (register: {mechanism}) of hoe men een kopie krijgt (art. 13 lid 1 sub f). "
        "Leg de waarborg vast en vermeld hem.",
        "{activity}: the statement mentions the transfer outside the EEA, but not the safeguard "
        "it rests on (register: {mechanism}) or how to obtain a copy (Art. 13(1)(f)). Record the "
        "safeguard and state it.",
    ),
    "missing.safeguard_unknown": (
        "{activity}: de verklaring noemt de doorgifte buiten de EER, maar niet op welke waarborg "
        "die berust of hoe men een kopie krijgt (art. 13 lid 1 sub f); ook het register legt "
        "land en waarborg nog niet vast. Stel ze vast, leg ze vast en vermeld ze.",
        "{activity}: the statement mentions the transfer outside the EEA, but not the safeguard "
        "it rests on or how to obtain a copy (Art. 13(1)(f)); the register does not record the "
        "country and safeguard yet either. Establish them, record them and state them.",
    ),
    "missing.copy": (
        "{activity}: de verklaring noemt de waarborg voor de doorgifte, maar niet hoe men er "
        "een kopie van krijgt (art. 13 lid 1 sub f).",
        "{activity}: the statement names the transfer's safeguard but not how to obtain a copy "
        "of it (Art. 13(1)(f)).",
    ),
    "missing.retention": (
        '{activity}: de bewaartermijn "{period}" staat niet in de verklaring (art. 13 lid 2 '
        "sub a). Noem de termijn of hoe die wordt bepaald.",
        '{activity}: the retention period "{period}" is not in the statement (Art. 13(2)(a)). '
        "State the period or how it is decided.",
    ),
    "missing.right": (
        "De verklaring noemt het {right} niet, dat voor verwerkingen in het register geldt "
        "(art. 13 lid 2 sub b-d).",
        "The statement does not mention the {right}, which applies to processing in the register "
        "(Art. 13(2)(b)-(d)).",
    ),
    "missing.cookie": (
        "De cookie {cookie} staat in het register maar niet in de verklaring. Neem hem op in de "
        "cookietabel.",
        "The cookie {cookie} is in the register but not in the statement. Add it to the cookie "
        "table.",
    ),
    "not_in_register.lawful_basis": (
        'De verklaring noemt de grondslag "{basis}", die geen doel in het register heeft. Leg '
        "het doel met deze grondslag vast, of pas de verklaring aan.",
        'The statement names the lawful basis "{basis}", which no purpose in the register has. '
        "Record the purpose with this basis, or correct the statement.",
    ),
    "not_in_register.country": (
        "De verklaring noemt {country}; het register kent geen doorgifte, verwerker of systeem "
        "in dat land. Leg de doorgifte vast, of pas de verklaring aan.",
        "The statement names {country}; the register has no transfer, processor or system in "
        "that country. Record the transfer, or correct the statement.",
    ),
    "not_in_register.period": (
        "De verklaring noemt een termijn van {period} die het register niet kent. Leg de "
        "bewaartermijn vast, of pas de verklaring aan.",
        "The statement gives a period of {period} that the register does not hold. Record the "
        "retention period, or correct the statement.",
    ),
    "not_in_register.name": (
        'De verklaring noemt "{name}", dat nergens in het register staat. Is het een '
        "ontvanger, verwerker of dienst? Leg het dan vast.",
        'The statement names "{name}", which appears nowhere in the register. If it is a '
        "recipient, processor or service, record it.",
    ),
    "not_in_register.cookie": (
        "De verklaring noemt de cookie {cookie}, die niet in het register staat. Leg hem vast "
        "met doel, bewaartermijn en grondslag.",
        "The statement names the cookie {cookie}, which is not in the register. Record it with "
        "its purpose, retention and basis.",
    ),
    "contradiction.lawful_basis": (
        "{activity}: bij dit doel noemt de verklaring als grondslag {statement}, het register "
        "{register}. Maak ze gelijk.",
        "{activity}: for this purpose the statement gives the basis {statement}, the register "
        "{register}. Make them agree.",
    ),
    "contradiction.retention": (
        '{activity}: de verklaring noemt als bewaartermijn {statement}, het register "{register}". '
        "Maak ze gelijk.",
        "{activity}: the statement gives the retention period {statement}, the register "
        '"{register}". Make them agree.',
    ),
    "contradiction.cookie_period": (
        "De cookie {cookie} wordt volgens de verklaring {statement} bewaard, volgens het "
        "register {register}. Maak ze gelijk.",
        "The statement keeps the cookie {cookie} for {statement}, the register for {register}. "
        "Make them agree.",
    ),
    "contradiction.no_personal_data": (
        "De verklaring zegt dat deze cookies geen persoonsgegevens bevatten, maar het register "
        'legt voor {cookie} vast: "{purpose}". Een cookie die gebruikers onderscheidt, '
        "verwerkt persoonsgegevens (overweging 30 AVG; art. 11.7a Tw). Pas de verklaring aan, "
        "of het register als het anders is.",
        "The statement says these cookies hold no personal data, but the register records for "
        '{cookie}: "{purpose}". A cookie that tells users apart processes personal data '
        "(Recital 30 GDPR; Dutch Telecommunications Act art. 11.7a). Correct the statement, or "
        "the register if it is otherwise.",
    ),
}

_FIELDS: dict[str, tuple[str, str]] = {
    "controller": ("Organisatie › Verwerkingsverantwoordelijke", "Organisation › Controller"),
    "purpose": ("Doel {n} › Omschrijving", "Purpose {n} › Description"),
    "lawful_basis": ("Doel {n} › Grondslag", "Purpose {n} › Lawful basis"),
    "data_category": ("Persoonsgegevens › {label}", "Personal data › {label}"),
    "recipient": ("Ontvangers › {label}", "Recipients › {label}"),
    "transfer_country": ("Doorgifte {n} › Land", "Transfer {n} › Country"),
    "transfer_mechanism": ("Doorgifte {n} › Waarborg", "Transfer {n} › Safeguard"),
    "retention": ("Bewaartermijn {n} › Termijn", "Retention {n} › Period"),
    "rights": ("Rechten van betrokkenen", "Data subject rights"),
    "cookie": ("Cookies › {name}", "Cookies › {name}"),
    "cookie_retention": ("Cookies › {name} › Bewaartermijn", "Cookies › {name} › Retention"),
    "cookie_purpose": ("Cookies › {name} › Doel", "Cookies › {name} › Purpose"),
}

_KIND_TITLES: dict[str, tuple[str, str]] = {
    "contradiction": ("Tegenstrijdig", "Contradiction"),
    "missing": ("Ontbreekt in de verklaring", "Missing from the statement"),
    "not_in_register": ("Niet in het register", "Not in the register"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


def message(key: str, lang: str, **values: str) -> str:
    return _pick(_MESSAGES[key], lang).format(**values)


def field_label(key: str, lang: str, **values: object) -> str:
    return _pick(_FIELDS[key], lang).format(**values)


def kind_title(kind: str, lang: str) -> str:
    return _pick(_KIND_TITLES[kind], lang)
