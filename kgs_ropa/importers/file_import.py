"""Import a register file (our JSON, our workbook, or a spreadsheet on a supported template)
into the register, empty or not. All or nothing: every problem is listed by sheet, row and
column, and the database is left untouched unless the whole file is good. The preview is the
same run, rolled back."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kgs_ropa.importers.conflicts import OnConflict
from kgs_ropa.importers.merge import Plan, plan_import
from kgs_ropa.importers.problems import ImportFileError, Problem, file_problem
from kgs_ropa.importers.sheet_mapping import Mapping as ColumnMapping
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message
from kgs_ropa.model import Activity
from kgs_ropa.services import collector, standard
from kgs_ropa.services.document import (
    DocumentError,
    References,
    StoredCodeError,
    activity_load_options,
    check_format,
    fill_activity,
    load_register,
)
from kgs_ropa.services.setup import activity_count, seed_vocabularies
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import ConcurrentChangeError

if TYPE_CHECKING:
    from kgs_ropa.importers.json_file import StreamedActivities

Doc = dict[str, Any]
Progress = Callable[[int, int], None]
Choices = Mapping[str, str | None]
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class ReadFile:
    name: str
    sha256: str
    kind: str  # "json", "kgs-ropa" (our own workbook) or "spreadsheet"
    document: Doc = field(default_factory=dict)
    origin: dict[int, tuple[str, int]] = field(default_factory=dict)
    mapping: ColumnMapping | None = None
    generated: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    # A JSON file's activities, read as they go (not in `document`); None: in `document`.
    activities: StreamedActivities | None = None


@dataclass
class ImportResult:
    kind: str
    file_name: str
    sha256: str
    dry_run: bool
    mapping: ColumnMapping | None = None
    added: list[str] = field(default_factory=list)  # "code name" of each activity added
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    reused: list[tuple[str, str, str]] = field(default_factory=list)  # catalogue, code, name
    problems: list[Problem] = field(default_factory=list)

    @property
    def activities(self) -> int:
        return len(self.added) + len(self.replaced)

    @property
    def mapping_lines(self) -> list[str]:
        return self.mapping.describe() if self.mapping else []


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_file(
    path: Path, choices: Choices | None = None, progress: Progress | None = None
) -> ReadFile:
    """The register document in the file at `path`, with every problem found on the way."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(
            [file_problem(path.name, Message(QT_TRANSLATE_NOOP("ServiceMessages", "no such file")))]
        )
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(
            [
                file_problem(
                    path.name,
                    Message(QT_TRANSLATE_NOOP("ServiceMessages", "file larger than 200 MB")),
                )
            ]
        )
    if path.suffix.lower() == ".json":
        from kgs_ropa.importers.json_file import read_json

        read = ReadFile(path.name, "", "json")
        read_json(path, read)  # its hash from the bytes it parses
    else:
        read = ReadFile(path.name, _sha256(path), "json")
        from kgs_ropa.importers.workbook import read_workbook  # openpyxl only when needed

        read_workbook(path, read, choices or {}, progress)
    return read


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def locate(error: DocumentError, root: Doc, origin: dict[int, tuple[str, int]]) -> Problem:
    """The sheet and row a load_register error points at, found by walking its path."""
    node: Any = root
    where: tuple[str | None, int | None] = ("register", None)
    rest: list[str] = []
    for name, index in _STEP.findall(error.path):
        try:
            node = node[int(index)] if index else node[name]
        except (KeyError, IndexError, TypeError):
            rest.append(name or f"[{index}]")
            continue
        if isinstance(node, dict) and id(node) in origin:
            where, rest = origin[id(node)], []
        elif name:
            rest.append(name)
    column = ".".join(rest) or None
    return Problem(where[0], where[1], column, error.message)


def _conflict_problems(plan: Plan, read: ReadFile) -> list[Problem]:
    problems = []
    for conflict in plan.conflicts:
        sheet, row = read.origin.get(id(conflict.item), (None, None))
        detail = message(
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "{what} {code} ({name}) is in the register already: "
                "choose to skip or to replace it",
            ),
            what=Message(conflict.kind),
            code=conflict.code,
            name=conflict.name,
        )
        problems.append(Problem(sheet or read.name, row, None, detail))
    return problems


_ACTIVITY_STEP = re.compile(r"^(activities|replacements)\[(\d+)\]")


def activity_at(document: Doc, path: str) -> str:
    """ "KGS-02 Klantenservice", the activity a document path points into; "" if none."""
    found = _ACTIVITY_STEP.match(path)
    items = document.get(found.group(1)) if found else None
    if found is None or not isinstance(items, list) or int(found.group(2)) >= len(items):
        return ""
    item = items[int(found.group(2))]
    if not isinstance(item, dict):
        return ""
    return " ".join(str(item.get(key) or "").strip() for key in ("code", "name")).strip()


def _where(error: DocumentError, plan: Plan, read: ReadFile) -> Problem:
    document = {**plan.document, "replacements": plan.replacements}
    if read.activities is not None:  # read as they went: their outline names them
        document["activities"] = plan.kept
    if read.kind == "json":  # the path in the document is the place
        activity = activity_at(document, error.path)
        return Problem(None, None, None, error.message, path=error.path, activity=activity)
    return locate(error, document, read.origin)


def _apply(session: Session, plan: Plan, read: ReadFile) -> None:
    streamed = read.activities
    load_register(session, plan.document, plan.streamed(streamed) if streamed else None)
    if not plan.replacements:
        return
    codes = [a["code"] for a in plan.replacements]
    query = select(Activity).where(Activity.code.in_(codes)).options(*activity_load_options())
    stored = {a.code: a for a in session.scalars(query)}
    refs = References.from_session(session)
    for index, item in enumerate(plan.replacements):
        fill_activity(stored[item["code"]], item, refs, f"replacements[{index}]")
    session.flush()


class ConcurrentImportError(ConcurrentChangeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} was not imported: someone else added records with the same codes to the "
            "register while it was being imported (another import?). Nothing was imported; "
            "run the import again to see what is in the register now."
        )


def run_import(
    db: Database,
    read: ReadFile,
    on_conflict: OnConflict = "fail",
    dry_run: bool = False,
) -> ImportResult:
    """Import what `read` holds in one transaction; a dry run (or any problem) rolls back."""
    result = ImportResult(read.kind, read.name, read.sha256, dry_run, read.mapping)
    result.problems = list(read.problems)
    if result.problems and read.kind != "spreadsheet":  # a sheet's document is whole anyway
        return result
    if read.kind == "json":  # the file's own document: the plan reads it as a register's
        try:
            check_format(read.document)
        except DocumentError as exc:
            result.problems.append(Problem(None, None, None, exc.message, path=exc.path))
            return result
    with collector.paused(), db.transaction() as session:
        session.info["comment"] = f"import {read.name} (SHA-256 {read.sha256})"
        real_codes = read.kind != "spreadsheet"  # a sheet's catalogue codes are made up
        if real_codes and activity_count(session) == 0:
            # A register document brings its own catalogues: into a new register it comes
            # back as it was, the standard entries it does not hold left to the pickers.
            standard.drop_unused_seeds(session)
        else:
            seed_vocabularies(session)
        outline = read.activities.outline if read.activities else None
        plan = plan_import(
            session, read.document, read.generated, on_conflict, real_codes, outline=outline
        )
        result.added, result.skipped, result.reused = plan.added, plan.skipped, plan.reused
        result.replaced = plan.replaced
        if on_conflict == "fail":
            result.problems += _conflict_problems(plan, read)
        if not result.problems:
            try:
                _apply(session, plan, read)
                seed_vocabularies(session)  # only catalogues left empty
            except StoredCodeError as exc:
                # The plan left out every code the register held when it was read: one there
                # now was added meanwhile, by another import or user.
                raise ConcurrentImportError(read.name) from exc
            except DocumentError as exc:
                result.problems.append(_where(exc, plan, read))
            except IntegrityError as exc:
                # The document's codes were checked against the register as read: a clash
                # now is another import or user adding the same codes meanwhile.
                raise ConcurrentImportError(read.name) from exc
        if dry_run or result.problems:
            session.rollback()
    return result


def import_file(
    db: Database,
    path: Path,
    on_conflict: OnConflict = "fail",
    dry_run: bool = False,
    choices: Choices | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read and import `path`; ImportFileError lists every problem when anything is wrong."""
    result = run_import(db, read_file(path, choices, progress), on_conflict, dry_run)
    if result.problems:
        raise ImportFileError(result.problems)
    return result


def preview_file(
    db: Database,
    path: Path,
    on_conflict: OnConflict = "fail",
    choices: Choices | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """The import as a dry run: what would be added, reused, replaced, and every problem."""
    try:
        read = read_file(path, choices, progress)
    except ImportFileError as exc:
        return ImportResult("", Path(path).name, "", True, problems=exc.problems)
    return run_import(db, read, on_conflict, dry_run=True)
