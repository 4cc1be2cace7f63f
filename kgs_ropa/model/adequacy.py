"""EU adequacy decisions (Art. 45 GDPR): who, since when, under which decision, for whom.

`ADEQUACY` maps an ISO country code (or an international organisation's code) to its decision.
A `partial` decision covers only some recipients (the US: organisations certified under the
Data Privacy Framework); the checks warn until the transfer records that its recipient is covered.

Source: the European Commission's list "Adequacy decisions" (commission.europa.eu, "How the EU
determines if a non-EU country has an adequate level of data protection"), and each decision in
the Official Journal (EUR-Lex). The pre-2018 decisions were adopted under Directive 95/46/EC,
stay in force under Art. 45(9) GDPR and were reconfirmed by the Commission's first review of
15 January 2024 (COM(2024) 7 final).

Verified on 2026-12-02 without access to EUR-Lex or the Commission's live page, against copies of
the decisions' published texts: the EPO, UK 2025 and Brazil numbers below were read in the
Official Journal texts as republished (Polish, Romanian, Norwegian) by inforlex.pl, lex24.ro and
europalov.no, which quote the decision number, date and notification number (C(...)) together;
the older numbers agree with the CELEX links of the W3C DPV adequacy list (2022) and with
practitioners' tables of 2026. Open each CELEX on EUR-Lex again before a release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Adequacy:
    """One decision. `partial`: it covers only some recipients (see the module docstring)."""

    country: str
    decided: date
    reference: str  # decision number and Official Journal reference
    celex: str
    scope_nl: str
    scope_en: str
    partial: bool = False
    valid_until: date | None = None
    review_nl: str = "Periodieke evaluatie (art. 45 lid 3 AVG)"
    review_en: str = "Periodic review (Art. 45(3) GDPR)"

    def scope(self, lang: str) -> str:
        return self.scope_nl if lang == "nl" else self.scope_en

    def review(self, lang: str) -> str:
        return self.review_nl if lang == "nl" else self.review_en

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today


_FULL = ("Volledig", "Full")


def _full(country: str, decided: date, reference: str, celex: str) -> Adequacy:
    return Adequacy(country, decided, reference, celex, *_FULL)


ADEQUACY: dict[str, Adequacy] = {
    # Commission Decision 2000/518/EC, OJ L 215, 25.8.2000, p. 1.
    "CH": _full("CH", date(2000, 7, 26), "Decision 2000/518/EC, OJ L 215, 25.8.2000", "32000D0518"),
    # Commission Decision 2002/2/EC, OJ L 2, 4.1.2002, p. 13: only organisations under PIPEDA.
    "CA": Adequacy(
        "CA",
        date(2001, 12, 20),
        "Decision 2002/2/EC, OJ L 2, 4.1.2002",
        "32002D0002",
        "Commerciële organisaties die onder PIPEDA vallen",
        "Commercial organisations subject to PIPEDA",
        partial=True,
    ),
    # Commission Decision 2003/490/EC, OJ L 168, 5.7.2003, p. 19.
    "AR": _full("AR", date(2003, 6, 30), "Decision 2003/490/EC, OJ L 168, 5.7.2003", "32003D0490"),
    # Commission Decision 2003/821/EC, OJ L 308, 25.11.2003, p. 27.
    "GG": _full(
        "GG", date(2003, 11, 21), "Decision 2003/821/EC, OJ L 308, 25.11.2003", "32003D0821"
    ),
    # Commission Decision 2004/411/EC, OJ L 151, 30.4.2004, p. 48.
    "IM": _full("IM", date(2004, 4, 28), "Decision 2004/411/EC, OJ L 151, 30.4.2004", "32004D0411"),
    # Commission Decision 2008/393/EC, OJ L 138, 28.5.2008, p. 21.
    "JE": _full("JE", date(2008, 5, 8), "Decision 2008/393/EC, OJ L 138, 28.5.2008", "32008D0393"),
    # Commission Decision 2010/146/EU, OJ L 58, 9.3.2010, p. 17.
    "FO": _full("FO", date(2010, 3, 5), "Decision 2010/146/EU, OJ L 58, 9.3.2010", "32010D0146"),
    # Commission Decision 2010/625/EU, OJ L 277, 21.10.2010, p. 27.
    "AD": _full(
        "AD", date(2010, 10, 19), "Decision 2010/625/EU, OJ L 277, 21.10.2010", "32010D0625"
    ),
    # Commission Decision 2011/61/EU, OJ L 27, 1.2.2011, p. 39: automated international transfers
    # and, in Israel, the automated processing of the data transferred.
    "IL": Adequacy(
        "IL",
        date(2011, 1, 31),
        "Decision 2011/61/EU, OJ L 27, 1.2.2011",
        "32011D0061",
        "Geautomatiseerde internationale doorgifte en geautomatiseerde verwerking",
        "Automated international transfers and automated processing",
        partial=True,
    ),
    # Commission Implementing Decision 2012/484/EU, OJ L 227, 23.8.2012, p. 11.
    "UY": _full(
        "UY",
        date(2012, 8, 21),
        "Implementing Decision 2012/484/EU, OJ L 227, 23.8.2012",
        "32012D0484",
    ),
    # Commission Implementing Decision 2013/65/EU of 19 December 2012, OJ L 28, 30.1.2013, p. 12.
    "NZ": _full(
        "NZ",
        date(2012, 12, 19),
        "Implementing Decision 2013/65/EU, OJ L 28, 30.1.2013",
        "32013D0065",
    ),
    # Commission Implementing Decision (EU) 2019/419, OJ L 76, 19.3.2019, p. 1: business
    # operators under the APPI (private sector), with the Supplementary Rules.
    "JP": Adequacy(
        "JP",
        date(2019, 1, 23),
        "Implementing Decision (EU) 2019/419, OJ L 76, 19.3.2019",
        "32019D0419",
        "Particuliere sector (bedrijven die onder de APPI vallen)",
        "Private sector (business operators under the APPI)",
        partial=True,
    ),
    # Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, OJ L 360, 11.10.2021,
    # p. 1; extended to 27 December 2025 in June 2025, then renewed by Commission Implementing
    # Decision (EU) 2025/2574 of 19 December 2025 (notified under C(2025) 8771, CELEX
    # 32025D2574), valid until 27 December 2031; the renewal ends the exclusion of data for
    # immigration control. Its twin under the Law Enforcement Directive, (EU) 2025/2571 (C(2025)
    # 8782), concerns police and justice authorities only. The renewal's OJ publication date was
    # not in the texts found: the reference gives its OJ L number only.
    "GB": Adequacy(
        "GB",
        date(2021, 6, 28),
        "Implementing Decision (EU) 2021/1772, OJ L 360, 11.10.2021; renewed by Implementing "
        "Decision (EU) 2025/2574 of 19 December 2025, OJ L, 2025/2574",
        "32021D1772, 32025D2574",
        "Volledig (de verlenging dekt ook gegevens voor immigratiecontrole)",
        "Full (the renewal also covers immigration control data)",
        valid_until=date(2031, 12, 27),
        review_nl="Geldig tot en met 27 december 2031",
        review_en="Valid until 27 December 2031",
    ),
    # Commission Implementing Decision (EU) 2022/254 of 17 December 2021, OJ L 44, 24.2.2022,
    # p. 1: excludes processing by religious, political and press organisations for those
    # activities and credit information under the Credit Information Act.
    "KR": Adequacy(
        "KR",
        date(2021, 12, 17),
        "Implementing Decision (EU) 2022/254, OJ L 44, 24.2.2022",
        "32022D0254",
        "Met uitzonderingen (o.a. kredietinformatie, religieuze en politieke organisaties)",
        "With exclusions (among others credit information, religious and political bodies)",
        partial=True,
    ),
    # Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy
    # Framework), OJ L 231, 20.9.2023, p. 118: only organisations on the DPF List.
    "US": Adequacy(
        "US",
        date(2023, 7, 10),
        "Implementing Decision (EU) 2023/1795, OJ L 231, 20.9.2023",
        "32023D1795",
        "Alleen organisaties gecertificeerd onder het EU-US Data Privacy Framework",
        "Only organisations certified under the EU-US Data Privacy Framework",
        partial=True,
    ),
    # Commission Implementing Decision (EU) 2025/1382 of 15 July 2025 on the adequate protection
    # of personal data by the European Patent Organisation (notified under C(2025) 4626), OJ L,
    # 2025/1382, 18.7.2025: the first adequacy decision for an international organisation.
    "EPO": Adequacy(
        "EPO",
        date(2025, 7, 15),
        "Implementing Decision (EU) 2025/1382, OJ L, 2025/1382, 18.7.2025",
        "32025D1382",
        "Internationale organisatie (Europese Octrooiorganisatie)",
        "International organisation (European Patent Organisation)",
    ),
    # Commission Implementing Decision (EU) 2026/179 of 26 January 2026, OJ L, 2026/179,
    # 28.1.2026 (europalov.no; notified under C(2026) 373 per one practitioner's table only):
    # public and private sector; first review four years after it took effect.
    "BR": Adequacy(
        "BR",
        date(2026, 1, 26),
        "Implementing Decision (EU) 2026/179, OJ L, 2026/179, 28.1.2026",
        "32026D0179",
        "Volledig (publieke en private sector)",
        "Full (public and private sector)",
        review_nl="Eerste evaluatie na vier jaar",
        review_en="First review after four years",
    ),
}
