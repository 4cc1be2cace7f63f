"""Before a catalogue row is deleted, its uses are removed through the ORM, one activity at a time.

The database would cascade (link rows, data category uses) or set NULL (a retention rule's
category, an activity's controller, a contact's entity) on its own, and the history would not see
it. Done here instead, each affected activity's change is recorded in its own history, so
`history --activity`, the editor's History tab and a review's "what changed" show it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import Activity, Contact, Entity
from kgs_ropa.services.document import activity_load_options

# Activity lists that link catalogue rows (many-to-many).
LINKS = ("data_subjects", "systems", "recipients", "processors", "security_measures")


def detach(session: Session, item: Any) -> int:
    """Remove every use of `item` from the activities (and contacts); returns how many changed."""
    changed = 0
    for activity in session.scalars(select(Activity).options(*activity_load_options())):
        changed += _detach_from(activity, item)
    if isinstance(item, Entity):
        for contact in session.scalars(select(Contact).where(Contact.entity_id == item.id)):
            contact.entity_id = None
    return changed


def _detach_from(activity: Activity, item: Any) -> int:
    before = _uses(activity, item)
    for name in LINKS:
        links = getattr(activity, name)
        if item in links:
            links.remove(item)
    kept = [use for use in activity.data_categories if use.category is not item]
    if len(kept) != len(activity.data_categories):
        activity.data_categories = kept
    for rule in activity.retention:
        if rule.category is item:
            rule.category = None
    if activity.controller is item:
        activity.controller = None
    return 1 if before else 0


def _uses(activity: Activity, item: Any) -> bool:
    return (
        any(item in getattr(activity, name) for name in LINKS)
        or any(use.category is item for use in activity.data_categories)
        or any(rule.category is item for rule in activity.retention)
        or activity.controller is item
    )
