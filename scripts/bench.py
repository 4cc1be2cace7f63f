"""How fast KGS ROPA is at every size, each figure beside a baseline run in the same session.

    python -m scripts.bench [--rows ROW ...] [--sizes N ...] [--repeat 3] [--quick] [--no-write]

Every figure is a whole process, timed from just before it starts, as a user waits for it: the
product's command (or the desktop app up to its first paint and its findings) and a baseline
written for the comparison (scripts/bench_baselines.py), run alternately, each the median of
`--repeat` runs, with the peak memory (max RSS) of each. The registers are synthetic
(services.synthetic). The results table, with the date and a line about the machine and its
load, replaces the one in docs/performance.md. The exit status is 1 when a goal is missed, so
the benchmark can be run as a check; it is not part of the unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench results: begin -->", "<!-- bench results: end -->"
PY = sys.executable
SIZES = [100, 1_000, 10_000]


@dataclass
class Run:
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the process (to its exit)
    peak_mib: float
    marks: dict[str, float] = field(default_factory=dict)  # other moments it reported


@dataclass
class Figure:
    row: str
    size: int | None
    product: list[Run] = field(default_factory=list)
    baseline: list[Run] = field(default_factory=list)
    note: str = ""

    @staticmethod
    def median(runs: list[Run], judge: str = "wall") -> tuple[float, float]:
        """(seconds, peak MiB): wall-clock or CPU seconds as `judge` says."""
        return (
            statistics.median(r.cpu if judge == "cpu" else r.seconds for r in runs),
            statistics.median(r.peak_mib for r in runs),
        )


@dataclass(frozen=True)
class Row:
    """One line of the issue's table: how to run the product and its baseline at a size, and
    the goal (a verdict from the product's and the baseline's medians, or None: no goal)."""

    title: str
    baseline_title: str
    sizes: tuple[int, ...] | None  # None: the figure does not depend on the register
    goal_text: str
    goal: Callable[[int | None, tuple[float, float], tuple[float, float] | None], bool | None]


# ---------------------------------------------------------------------------- processes


# Starts the command from a small process and writes when it started and ended and what it used.
# Linux counts into a process's peak memory that of the process it was forked from, so the
# command must not be forked from this one, which grows as it prepares the baselines' inputs:
# a bare interpreter's 10 MiB or so is the floor of every peak memory figure instead.
SPAWN = """
import json, os, subprocess, sys, time
start = time.monotonic()
proc = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(proc.pid, 0)
end = time.monotonic()
cpu = usage.ru_utime + usage.ru_stime
with open(sys.argv[1], "w") as out:
    json.dump({"start": start, "end": end, "cpu": cpu, "maxrss": usage.ru_maxrss}, out)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(cmd: list[str], env: dict[str, str], *, ok: tuple[int, ...] = (0,)) -> Run:
    """Run `cmd` to its end: the seconds from just before its start to its exit (or to the
    "done" it reports, less any "input" it reports), its CPU seconds and peak memory."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "figures.json"
        wrapped = [PY, "-c", SPAWN, str(figures), *cmd]
        proc = subprocess.run(wrapped, stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT)
        if proc.returncode not in ok:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read().decode()}")
        used = json.loads(figures.read_text())
    reported = _reported(proc.stdout.decode("utf-8", "replace"))
    start = used["start"]
    seconds = reported.get("done", used["end"]) - start - reported.get("input", 0.0)
    marks = {k: v - start for k, v in reported.items() if k not in ("done", "input")}
    return Run(seconds, used["cpu"], used["maxrss"] / 1024, marks)  # maxrss: KiB on Linux


def _reported(out: str) -> dict[str, float]:
    for line in reversed(out.splitlines()):
        if line.startswith("{"):
            return {k: v for k, v in json.loads(line).items() if isinstance(v, float)}
    return {}


def environment(work: Path) -> dict[str, str]:
    """Offscreen Qt, and the app's settings, lock and log folders in the work folder.

    The product's modules are compiled to bytecode once, as an installed copy has them (pip
    compiles at install, the frozen app ships them compiled): with PYTHONDONTWRITEBYTECODE set,
    as in some shells and CI runners, every process compiled some 90 of its modules from source
    again, about 0.1 s CPU of every command that no user pays.
    """
    dropped = ("KGS_ROPA_DB", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(work / "home" / name.lower())
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "kgs_ropa")], env=env, check=True)
    return env


def cli(*args: str) -> list[str]:
    return [PY, "-m", "kgs_ropa", *args]


def baseline(name: str, *args: str) -> list[str]:
    return [PY, "-m", "scripts.bench_baselines", name, *args]


# ---------------------------------------------------------------------------- registers


class Registers:
    """Per size: the synthetic document, the register made from it by the product's import,
    and the prepared inputs of the baselines (made once, outside the timings)."""

    def __init__(self, work: Path, env: dict[str, str]) -> None:
        self.work, self.env = work, env
        self._made: dict[int, Path] = {}
        self._count = 0

    def path(self, name: str) -> Path:
        self._count += 1
        return self.work / f"{self._count:04d}-{name}"

    def document(self, size: int) -> Path:
        path = self.work / f"register-{size}.json"
        if not path.exists():
            from kgs_ropa.services.synthetic import synthetic_document

            path.write_text(json.dumps(synthetic_document(size), ensure_ascii=False), "utf-8")
        return path

    def register(self, size: int, made: Path | None = None) -> Path:
        """The register of `size` activities: one the import row made, or made now."""
        if made is not None:
            self._made.setdefault(size, made)
        if size not in self._made:
            db = self.new_register(f"register-{size}.sqlite")
            run(cli("--db", str(db), "import", "json", str(self.document(size))), self.env)
            self._made[size] = db
        return self._made[size]

    def new_register(self, name: str) -> Path:
        """An empty register (`init`): an import goes into an existing register."""
        db = self.path(name)
        run(cli("--db", str(db), "init"), self.env)
        return db

    def prepared(self, name: str, size: int, make: Callable[[int], Any]) -> Path:
        path = self.work / f"{name}-{size}.pickle"
        if not path.exists():
            with path.open("wb") as stream:
                pickle.dump(make(size), stream, pickle.HIGHEST_PROTOCOL)
        return path

    def table_rows(self, size: int) -> dict[str, list[dict[str, Any]]]:
        """Every row of the register's tables but the history's own."""
        from sqlalchemy import create_engine, select

        from kgs_ropa.model.base import Base

        skip = {"history_entry", "snapshot", "review_session", "review_item", "alembic_version"}
        engine = create_engine(f"sqlite:///{self.register(size)}")
        with engine.connect() as connection:
            return {
                table.name: [dict(r._mapping) for r in connection.execute(select(table))]
                for table in Base.metadata.sorted_tables
                if table.name not in skip
            }

    def workbook_cells(self, size: int) -> list[tuple[str, list[list[Any]]]]:
        """The product's workbook, sheet by sheet: (value, wrapped, top-aligned, bold)."""
        from openpyxl import load_workbook

        out = self.path("cells.xlsx")
        run(cli("--db", str(self.register(size)), "export", "xlsx", str(out)), self.env)
        wb = load_workbook(out, read_only=True)
        sheets = []
        for ws in wb.worksheets:
            rows = [
                [
                    (
                        c.value,
                        bool(c.alignment.wrap_text),
                        c.alignment.vertical == "top",
                        bool(c.font.b),
                    )
                    for c in row
                    if c.value is not None
                ]
                for row in ws.iter_rows()
            ]
            sheets.append((ws.title, rows))
        wb.close()
        return sheets

    def pdf_lines(self, size: int) -> list[list[str]]:
        """The product's PDF as the text lines of each page."""
        from pypdf import PdfReader

        out = self.path("lines.pdf")
        run(cli("--db", str(self.register(size)), "export", "pdf", str(out)), self.env)
        return [(page.extract_text() or "").splitlines() for page in PdfReader(out).pages]


# ---------------------------------------------------------------------------- the rows


def within(limits: dict[int | None, float]) -> Callable[..., bool | None]:
    """A goal on the ratio product / baseline at the sizes in `limits` (none elsewhere)."""

    def goal(size: int | None, ours: tuple[float, float], base: Any) -> bool | None:
        if size not in limits or base is None:
            return None
        return ours[0] <= limits[size] * base[0]

    return goal


def under(size_limit: int | None, seconds: float) -> Callable[..., bool | None]:
    def goal(size: int | None, ours: tuple[float, float], _base: Any) -> bool | None:
        return ours[0] < seconds if size == size_limit else None

    return goal


def import_goal(size: int | None, ours: tuple[float, float], base: Any) -> bool | None:
    """Within 2x the time at 10k, and memory within 2x of the baseline's, which holds every row
    too: "flat" means no more than the register must take."""
    if size != 10_000 or base is None:
        return None
    return ours[0] <= 2 * base[0] and ours[1] <= 2 * base[1]


def start_row(which: str) -> Row:
    """The app's start to its findings, `which` saying whether they were kept from before."""
    return Row(
        f"app start to the register shown (first paint) and findings ready, {which}",
        "bare PySide6 window, QTableView of the same rows (first paint)",
        (100, 1_000, 10_000),
        "findings ready within 3x at 10k, 2x at 100",
        within({10_000: 3, 100: 2}),
    )


ROWS: dict[str, Row] = {
    "version": Row(
        "`kgs-ropa --version`",
        "`python -c pass`",
        None,
        "under 0.25 s",
        under(None, 0.25),
    ),
    "import": Row(
        "`import json` into a new register",
        "SQLAlchemy Core executemany of the same rows",
        (100, 1_000, 10_000),
        "within 2x at 10k, memory within 2x of the baseline's",
        import_goal,
    ),
    "start": start_row("cold (no findings kept from an earlier start)"),
    "start_warm": start_row(
        "warm (the register unchanged since the last start: its findings kept)"
    ),
    "xlsx": Row(
        "`export xlsx`",
        "bare openpyxl write-only of the same cells",
        (100, 1_000, 10_000),
        "within 1.3x at 1k and 10k",
        within({1_000: 1.3, 10_000: 1.3}),
    ),
    "pdf": Row(
        "`export pdf`",
        "reportlab canvas drawing the same lines per page",
        (100, 1_000),
        "within 1.5x at 100 and 1k",
        within({100: 1.5, 1_000: 1.5}),
    ),
    "as_of": Row(
        "`export json --as-of` today (no snapshot: the whole history replayed)",
        "`export json` of the same register",
        (100, 1_000, 10_000),
        "within 2x at 10k",
        within({10_000: 2}),
    ),
    "check": Row("`check`", "", (100, 1_000, 10_000), "under 2 s at 10k", under(10_000, 2.0)),
}


def commands(
    key: str, size: int | None, regs: Registers
) -> tuple[Callable[[], list[str]], Callable[[], list[str]] | None, tuple[int, ...]]:
    """(product command, baseline command or None, exit codes that count as success); each a
    function, so every run gets fresh output paths."""
    if key == "version":
        return (lambda: cli("--version")), (lambda: [PY, "-c", "pass"]), (0,)
    assert size is not None
    if key == "import":
        doc = str(regs.document(size))
        rows = str(regs.prepared("rows", size, regs.table_rows))

        def product() -> list[str]:
            db = regs.new_register(f"import-{size}.sqlite")  # made before the clock starts
            regs.register(size, db)
            return cli("--db", str(db), "import", "json", doc)

        def bare() -> list[str]:
            return baseline("core_import", rows, str(regs.path(f"core-{size}.sqlite")))

        return product, bare, (0,)
    db = str(regs.register(size))
    if key in ("start", "start_warm"):
        app = [PY, "-m", "scripts.bench_app_start", db]
        findings_kept = regs.work / "home" / "xdg_cache_home"

        def cold() -> list[str]:
            shutil.rmtree(findings_kept, ignore_errors=True)  # before the clock starts
            return app

        if key == "start_warm":
            run(cold(), regs.env)  # one start beforehand keeps the findings
        return (
            (cold if key == "start" else lambda: app),
            (lambda: baseline("bare_window", db)),
            (0,),
        )
    if key == "xlsx":
        cells = str(regs.prepared("cells", size, regs.workbook_cells))
        return (
            lambda: cli("--db", db, "export", "xlsx", str(regs.path("out.xlsx"))),
            lambda: baseline("bare_xlsx", cells, str(regs.path("bare.xlsx"))),
            (0,),
        )
    if key == "pdf":
        lines = str(regs.prepared("lines", size, regs.pdf_lines))
        return (
            lambda: cli("--db", db, "export", "pdf", str(regs.path("out.pdf"))),
            lambda: baseline("canvas_pdf", lines, str(regs.path("bare.pdf"))),
            (0,),
        )
    if key == "as_of":
        today = date.today().isoformat()
        return (
            lambda: cli(
                "--db", db, "export", "json", str(regs.path("past.json")), "--as-of", today
            ),
            lambda: cli("--db", db, "export", "json", str(regs.path("now.json"))),
            (0,),
        )
    if key == "check":
        return (lambda: cli("--db", db, "check")), None, (0, 1)  # 1: findings were listed
    raise KeyError(key)


def measure(key: str, size: int | None, regs: Registers, repeat: int) -> Figure:
    """Product and baseline alternately, the order swapped every round."""
    product, bare, ok = commands(key, size, regs)
    figure = Figure(key, size)
    for round_ in range(repeat):
        pair = [(figure.product, product), (figure.baseline, bare)]
        for runs, make in pair if round_ % 2 == 0 else pair[::-1]:
            if make is not None:
                runs.append(run(make(), regs.env, ok=ok))
    return figure


# ---------------------------------------------------------------------------- the report


def machine_line(load_before: tuple[float, ...], load_after: tuple[float, ...]) -> str:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        cpu = names[0] if names else ""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu or platform.machine()}), {memory:.0f} GiB, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}; "
        f"load average (1/5/15 min) {'/'.join(f'{x:.1f}' for x in load_before)} at the start, "
        f"{'/'.join(f'{x:.1f}' for x in load_after)} at the end"
    )


def _cpu(runs: list[Run]) -> str:
    return f"{statistics.median(r.cpu for r in runs):.2f}" if runs else ""


def _app_moments(figures: list[Figure]) -> list[str]:
    """When the app's table was painted and its search ready, before the findings."""
    lines = []
    for f in figures:
        if f.row in ("start", "start_warm"):
            moments = ", ".join(
                f"{name} {statistics.median(r.marks[name] for r in f.product):.2f} s"
                for name in ("painted", "search", "findings")
            )
            kind = "cold" if f.row == "start" else "warm"
            lines.append(f"App start ({kind}) at {f.size:,} activities (median): {moments}.")
    return [*lines, ""] if lines else []


def table(figures: list[Figure], repeat: int, judge: str) -> tuple[list[str], bool]:
    lines = [
        "| figure | size | product s | CPU s | peak MiB | baseline | baseline s | CPU s "
        "| peak MiB | ratio | goal | met |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    missed = False
    for f in figures:
        row = ROWS[f.row]
        ours, base = Figure.median(f.product), Figure.median(f.baseline) if f.baseline else None
        judged = Figure.median(f.product, judge)
        judged_base = Figure.median(f.baseline, judge) if f.baseline else None
        verdict = row.goal(f.size, judged, judged_base)
        missed |= verdict is False
        met = {None: "", True: "yes", False: "**no**"}[verdict]
        ratio = f"{judged[0] / judged_base[0]:.2f}x" if judged_base else ""
        b_secs, b_mib = (f"{base[0]:.2f}", f"{base[1]:.0f}") if base else ("", "")
        size = f"{f.size:,}" if f.size else ""
        lines.append(
            f"| {row.title} | {size} | {ours[0]:.2f} | {_cpu(f.product)} | {ours[1]:.0f} "
            f"| {row.baseline_title} | {b_secs} | {_cpu(f.baseline)} | {b_mib} | {ratio} "
            f"| {row.goal_text} | {met} |"
        )
    lines += ["", *_app_moments(figures)]
    lines.append(
        f"Medians of {repeat} alternated runs. Seconds are wall clock from just before the "
        "process starts; CPU s is its user + system time to its exit; peak MiB its max RSS. "
        f"Ratios and goals are judged on {'CPU' if judge == 'cpu' else 'wall-clock'} seconds."
    )
    return lines, missed


def write_doc(block: list[str]) -> None:
    text = DOC.read_text("utf-8") if DOC.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DOC.write_text(head + BEGIN + "\n" + "\n".join(block) + "\n" + END + tail, "utf-8")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", nargs="+", choices=list(ROWS), default=list(ROWS))
    parser.add_argument("--sizes", nargs="+", type=int, default=SIZES)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (median; >= 3)")
    parser.add_argument("--quick", action="store_true", help="100 activities only")
    parser.add_argument("--no-write", action="store_true", help="leave docs/performance.md")
    parser.add_argument(
        "--judge",
        choices=["wall", "cpu"],
        default="wall",
        help="judge ratios and goals on wall-clock (default) or CPU seconds; CPU when other "
        "work shares the machine's cores (the machine line gives the load)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [100]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    load_before = os.getloadavg()
    figures = []
    with tempfile.TemporaryDirectory(prefix="kgs-ropa-bench-") as folder:
        regs = Registers(Path(folder), environment(Path(folder)))
        for key in args.rows:
            sizes = ROWS[key].sizes
            for size in [None] if sizes is None else [s for s in args.sizes if s in sizes]:
                figure = measure(key, size, regs, args.repeat)
                figures.append(figure)
                ours = Figure.median(figure.product)
                cpu = _cpu(figure.product)
                line = f"{key:<8} {size or '':>7}  {ours[0]:8.2f} s  {cpu:>6} s CPU"
                print(f"{line}  {ours[1]:6.0f} MiB", flush=True)
    lines, missed = table(figures, args.repeat, args.judge)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = " ".join(["python -m scripts.bench", *(argv if argv is not None else sys.argv[1:])])
    block = [
        f"Run {stamp}: `{command.strip()}`",
        "",
        f"Machine: {machine_line(load_before, os.getloadavg())}.",
        "",
        *lines,
    ]
    print("\n".join(block))
    if not args.no_write:
        write_doc(block)
        print(f"written to {DOC.relative_to(ROOT)}")
    if missed:
        print("a goal was missed", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
