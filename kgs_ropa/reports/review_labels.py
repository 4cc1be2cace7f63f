"""The fixed words of the review report and the inquiry pack, in Dutch and English."""

from __future__ import annotations

from kgs_ropa.reports.labels import Lang

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Verslag periodieke review", "Periodic review report"),
    "subtitle": (
        "Register van verwerkingsactiviteiten (artikel 30 AVG)",
        "Record of processing activities (Article 30 GDPR)",
    ),
    "session": ("Review", "Review"),
    "held_on": ("Datum", "Date"),
    "closed_on": ("Afgesloten op", "Closed on"),
    "participants": ("Deelnemers", "Participants"),
    "scope": ("Reikwijdte", "Scope"),
    "scope_text": ("{count} verwerkingsactiviteiten", "{count} processing activities"),
    "snapshot": ("Momentopname (nummer · vingerafdruk)", "Snapshot (number · fingerprint)"),
    "history_hash": ("Wijzigingshistorie (laatste hash)", "Change history (latest hash)"),
    "summary": (
        # Counts after the words: right for 1 as for 3 ("1 were confirmed" was not).
        "Van de {total} verwerkingsactiviteiten: ongewijzigd bevestigd {confirmed}, "
        "gewijzigd {changed}, met een actie {follow_up}, niet beoordeeld {pending}.",
        "Of the {total} processing activities: confirmed unchanged {confirmed}, "
        "changed {changed}, needing follow-up {follow_up}, not reviewed {pending}.",
    ),
    "outcomes": ("Uitkomst per verwerkingsactiviteit", "Outcome per processing activity"),
    "changes": ("Wijzigingen", "Changes"),
    "changes_since": (
        "Wijzigingen sinds de vorige review ({name})",
        "Changes since the previous review ({name})",
    ),
    "first_review": (
        "Dit is de eerste afgesloten review: er is geen eerdere momentopname om mee te "
        "vergelijken.",
        "This is the first closed review: there is no earlier snapshot to compare with.",
    ),
    "follow_ups": ("Openstaande acties", "Open follow-ups"),
    "findings": ("Open bevindingen van de controle", "Open check findings"),
    "overdue": ("verlopen", "overdue"),
    "added": ("toegevoegd", "added"),
    "removed": ("verwijderd", "removed"),
    "changed_field": ("gewijzigd", "changed"),
    "confirmed": ("Bevestigd, ongewijzigd", "Confirmed unchanged"),
    "changed": ("Gewijzigd", "Changed"),
    "follow_up": ("Actie nodig", "Needs follow-up"),
    "pending": ("Niet beoordeeld", "Not reviewed"),
    "col_code": ("Code", "Code"),
    "col_activity": ("Verwerkingsactiviteit", "Processing activity"),
    "col_outcome": ("Uitkomst", "Outcome"),
    "col_note": ("Toelichting", "Note"),
    "col_marked_by": ("Door", "By"),
    "col_marked_on": ("Op", "On"),
    "col_change": ("Wijziging", "Change"),
    "col_field": ("Veld", "Field"),
    "col_before": ("Was", "Before"),
    "col_after": ("Wordt", "After"),
    "col_action": ("Actie", "Action"),
    # The change history as a PDF
    "history_title": ("Wijzigingshistorie", "Change history"),
    "history_register": ("Register", "Register"),
    "history_selection": ("Selectie", "Selection"),
    "history_count": ("Aantal wijzigingen", "Number of changes"),
    "history_made_on": ("Gemaakt op", "Made on"),
    "history_times": (
        "Tijden in de lokale tijd van de computer waarop dit verslag is gemaakt.",
        "Times in the local time of the computer this report was made on.",
    ),
    "col_when": ("Wanneer", "When"),
    "col_value_before": ("Voor", "Before"),
    "col_value_after": ("Na", "After"),
    "col_user": ("Gebruiker", "User"),
    "col_what": ("Wat", "What"),
    "col_comment": ("Toelichting", "Comment"),
    "col_owner": ("Eigenaar", "Owner"),
    "col_due": ("Uiterlijk", "Due"),
    "col_session": ("Review", "Review"),
    "page_of": ("pagina {page} van", "page {page} of"),
    # The inquiry pack
    "pack_readme": (
        "Inhoud van dit pakket, met de SHA-256 van elk bestand in manifest.json.",
        "Contents of this pack, with the SHA-256 of each file in manifest.json.",
    ),
}


def rlabel(key: str, lang: Lang) -> str:
    pair = LABELS[key]
    return pair[0] if lang == "nl" else pair[1]


def outcome_label(outcome: str | None, lang: Lang) -> str:
    return rlabel(outcome or "pending", lang)
