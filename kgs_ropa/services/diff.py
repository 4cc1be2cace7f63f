"""Differences between two register documents: activities added, removed and changed per field.

Works on the plain documents (services.document), so it compares a snapshot with another
snapshot or with the live register alike. Field paths are those of the activity document, e.g.
``purposes[0].lawful_basis``; list items with a code (catalogue rows) are matched by code, other
list items by position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

Doc = dict[str, Any]
_MISSING = object()


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ActivityChange:
    code: str
    name: str
    changes: list[FieldChange]


@dataclass
class RegisterDiff:
    added: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[ActivityChange] = field(default_factory=list)
    other: list[FieldChange] = field(default_factory=list)  # organisation, catalogues, cookies

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.other)


def _item_key(items: list[Any]) -> str | None:
    for key in ("code", "name"):
        if all(isinstance(i, dict) and i.get(key) is not None for i in items):
            values = [i[key] for i in items]
            if len(set(values)) == len(values):
                return key
    return None


def _keyed(items: list[Any], key: str | None) -> dict[Any, Any]:
    return {(i[key] if key else n): i for n, i in enumerate(items)}


def _diff_lists(a: list[Any], b: list[Any], path: str, out: list[FieldChange]) -> None:
    if not all(isinstance(i, dict) for i in [*a, *b]):
        out.append(FieldChange(path, a, b))  # a list of codes or words: compared whole
        return
    key = _item_key([*a, *b])
    old, new = _keyed(a, key), _keyed(b, key)
    for item_key in [*old, *(k for k in new if k not in old)]:
        _diff(old.get(item_key, _MISSING), new.get(item_key, _MISSING), f"{path}[{item_key}]", out)


def _diff(a: Any, b: Any, path: str, out: list[FieldChange]) -> None:
    if a == b:
        return
    if a is _MISSING or b is _MISSING:
        out.append(FieldChange(path, None if a is _MISSING else a, None if b is _MISSING else b))
    elif isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            sub = f"{path}.{key}" if path else str(key)
            _diff(a.get(key, _MISSING), b.get(key, _MISSING), sub, out)
    elif isinstance(a, list) and isinstance(b, list):
        _diff_lists(a, b, path, out)
    else:
        out.append(FieldChange(path, a, b))


def field_changes(a: Any, b: Any) -> list[FieldChange]:
    out: list[FieldChange] = []
    _diff(a, b, "", out)
    return out


def diff_documents(a: Doc, b: Doc) -> RegisterDiff:
    """What changed from document `a` (older) to document `b` (newer)."""
    old = {x["code"]: x for x in a.get("activities", [])}
    new = {x["code"]: x for x in b.get("activities", [])}
    result = RegisterDiff(
        added=[(c, new[c].get("name", "")) for c in sorted(new) if c not in old],
        removed=[(c, old[c].get("name", "")) for c in sorted(old) if c not in new],
    )
    for code in sorted(set(old) & set(new)):
        changes = field_changes(old[code], new[code])
        if changes:
            result.changed.append(ActivityChange(code, new[code].get("name", ""), changes))
    for section in ("organisation", "catalogues", "cookies"):
        result.other.extend(
            FieldChange(
                f"{section}{'' if c.path.startswith('[') else '.'}{c.path}", c.before, c.after
            )
            for c in field_changes(a.get(section), b.get(section))
        )
    return result


def show(value: Any) -> str:
    """A value as one line of text."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value or "-"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "-"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def diff_lines(diff: RegisterDiff) -> list[str]:
    """The diff as plain text lines (the CLI's output)."""
    lines = [f"+ {code}  {name}" for code, name in diff.added]
    lines += [f"- {code}  {name}" for code, name in diff.removed]
    for activity in diff.changed:
        lines.append(f"~ {activity.code}  {activity.name}")
        lines += [f"    {c.path}: {show(c.before)} -> {show(c.after)}" for c in activity.changes]
    lines += [f"~ {c.path}: {show(c.before)} -> {show(c.after)}" for c in diff.other]
    return lines
