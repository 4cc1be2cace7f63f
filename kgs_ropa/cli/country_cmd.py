"""`country`: which activities involve a country (a transfer, a processor or a system there)?

The same rule as the desktop app's country filter, dashboard and Transfers page
(services.country_links). The country may be given as a code or a name in Dutch, English or
French ("US", "Verenigde Staten", "États-Unis").
"""

from __future__ import annotations

import argparse
from typing import Any

from kgs_ropa.cli.common import EXIT_OK, CliError, add_lang, open_database

NONE_FOUND = (
    "Geen verwerking vastgelegd met een doorgifte, verwerker of systeem in dit land: {country}.",
    "No activity recorded with a transfer, processor or system in this country: {country}.",
)


# The register cannot rule these out: "none" would claim more than it knows.
UNKNOWN = (
    "Land niet vastgelegd bij een doorgifte, verwerker of systeem, dus mogelijk ook betrokken: "
    "{codes}.",
    "Country not recorded for a transfer, processor or system, so possibly involved too: {codes}.",
)


def add_commands(commands: Any) -> None:
    country = commands.add_parser(
        "country",
        help="list the activities that involve a country (transfers, processors, systems)",
    )
    country.add_argument("country", help='a country code or name, e.g. US or "Verenigde Staten"')
    add_lang(country)
    country.set_defaults(handler=run_country)


def _kind_labels() -> dict[str, tuple[str, str]]:
    from kgs_ropa.services import country_links

    return {
        country_links.TRANSFER: ("doorgifte", "transfer"),
        country_links.PROCESSOR: ("verwerker", "processor"),
        country_links.SYSTEM: ("systeem", "system"),
    }


def run_country(args: argparse.Namespace) -> int:
    from kgs_ropa.model import countries
    from kgs_ropa.services import impact

    code = countries.resolve_country(args.country)
    if code is None:
        raise CliError(f"unknown country {args.country!r}: give an ISO code (US) or a name")
    english = args.lang == "en"
    with impact.reading(open_database(args)) as connection:  # the answer and its doubt: one state
        rows = impact.links_to(connection, code)
        unknown = ", ".join(row.code for row in impact.country_unknown(connection, code))
    if not rows:
        label = countries.country_label(code, args.lang)
        print(NONE_FOUND[english].format(country=label))
    by_activity: dict[str, list[impact.TransferRow]] = {}
    for row in rows:
        by_activity.setdefault(f"{row.activity_code}  {row.name(args.lang)}", []).append(row)
    kind_labels = _kind_labels()
    for heading, links in by_activity.items():
        print(heading)
        for link in links:
            print(f"  {kind_labels[link.kind][english]:<10} {link.party(args.lang)}")
    if unknown:
        print(UNKNOWN[english].format(codes=unknown))
    return EXIT_OK
