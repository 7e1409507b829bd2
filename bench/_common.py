"""Shared helpers for the benchmark sections: paths, timing, subprocesses, tables.

Every section measures "ours" against a peer IN THE SAME RUN and prints the
ratio next to its target with "met" / "NOT met"; nothing here fails on a
missed target. Timings use ``time.perf_counter``; repetitions of the things
being compared are interleaved (ours, peer, ours, peer, ... with the order
rotating each round) so that a burst of noise on a busy machine hits every
contender alike, and the median (with the min beside it) is what is reported.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
GENERATED = ROOT / "generated"
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "upstream"
UPSTREAM_2026 = UPSTREAM / "openai-openapi-2026-08-21.yaml"
UPSTREAM_2025 = UPSTREAM / "openai-openapi-2025-04-29.yaml"
SEEDS = SHARED / "seeds"
SPEC = ROOT / "spec" / "openai-evals.yaml"
WORK = BENCH / ".work"  # scratch space (git-ignored)
PYTHON = sys.executable

for _path in (str(GENERATED), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)


class Skip(Exception):
    """A section (or part of one) cannot run here; the message says why."""


def require_upstream(path: Path = UPSTREAM_2026) -> Path:
    """The upstream spec file, or :class:`Skip` with a clear message when it is absent."""
    if not path.is_file():
        raise Skip(
            f"upstream spec not found at {path} (expected in ../shared/upstream beside the "
            "checkout); this measurement needs it"
        )
    return path


# ---------------------------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------------------------


@dataclass
class Stats:
    """Repeated timings of one thing, in seconds."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def n(self) -> int:
        return len(self.samples)

    def minus(self, floor: Stats) -> float:
        """Median above a floor's median (never negative)."""
        return max(self.median - floor.median, 0.0)

    def minus_min(self, floor: Stats) -> float:
        return max(self.min - floor.min, 0.0)


def interleaved(
    contenders: Mapping[str, Callable[[], object]],
    reps: int,
    *,
    warmup: int = 1,
    collect: bool = True,
) -> dict[str, Stats]:
    """Time each callable ``reps`` times, interleaved, rotating the order every round.

    ``warmup`` untimed rounds run first (imports, caches, connection set-up).
    ``gc.collect()`` runs before every timed call so garbage left by one
    contender is not collected on the next one's clock, and what was alive
    before the timed rounds is frozen (``gc.freeze``) so the harness's own heap
    does not slow collections; the collector stays enabled during each call,
    as in real use.
    """
    names = list(contenders)
    for _ in range(warmup):
        for name in names:
            contenders[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    # Objects alive now (the harness, imported modules, inputs) move to the permanent
    # generation so collections during a timed call scan only what that call made.
    gc.collect()
    gc.freeze()
    try:
        for round_ in range(reps):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                fn = contenders[name]
                if collect:
                    gc.collect()
                start = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - start)
    finally:
        gc.unfreeze()
    return {name: Stats(values) for name, values in samples.items()}


def run_timed(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    check: bool = True,
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall-clock seconds of one subprocess (start to exit), and its result."""
    start = time.perf_counter()
    result = subprocess.run(
        list(argv),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if check and result.returncode != 0:
        raise RuntimeError(
            f"command failed (exit {result.returncode}): {' '.join(map(str, argv))}\n"
            + _tail(result.stderr or result.stdout)
        )
    return elapsed, result


#: An argv, or a callable returning an argv or ``(argv, env)``.
Command = Any


def interleaved_commands(
    commands: Mapping[str, Command],
    reps: int,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | str | None = None,
    warmup: int = 1,
    before: Mapping[str, Callable[[], None]] | None = None,
    after: Callable[[str, subprocess.CompletedProcess[str]], None] | None = None,
) -> dict[str, Stats]:
    """Wall time of fresh subprocesses, interleaved like :func:`interleaved`.

    A command is an argv, or a callable returning an argv or ``(argv, env)``
    (for a fresh output path or cache per run); ``before[name]`` runs untimed
    before each of that command's runs, ``after(name, result)`` after each.
    """
    names = list(commands)
    before = before or {}

    def resolve(name: str) -> tuple[Sequence[str], Mapping[str, str] | None]:
        command = commands[name]
        value = command() if callable(command) else command
        if isinstance(value, tuple):
            return value[0], value[1]
        return value, env

    for _ in range(warmup):  # also writes .pyc files, so no timed run compiles
        for name in names:
            if name in before:
                before[name]()
            argv, run_env = resolve(name)
            _, result = run_timed(argv, env=run_env, cwd=cwd)
            if after is not None:
                after(name, result)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(reps):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            if name in before:
                before[name]()
            argv, run_env = resolve(name)
            elapsed, result = run_timed(argv, env=run_env, cwd=cwd)
            samples[name].append(elapsed)
            if after is not None:
                after(name, result)
    return {name: Stats(values) for name, values in samples.items()}


def python_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: ours, with generated/ and the checkout importable."""
    env = dict(os.environ)
    paths = [str(GENERATED), str(ROOT)]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(extra)
    return env


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    """A duration with a readable unit."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_ratio(value: float) -> str:
    if value == float("inf"):
        return "inf"
    if value >= 100:
        return f"{value:.0f}x"
    if value >= 10:
        return f"{value:.1f}x"
    return f"{value:.2f}x"


def verdict(value: float, op: str, target: float) -> str:
    """'met' / 'NOT met' for ``value <op> target`` (op is '<=' or '>=')."""
    ok = value <= target if op == "<=" else value >= target
    return "met" if ok else "NOT met"


def safe_div(a: float, b: float) -> float:
    return a / b if b > 0 else float("inf")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], indent: str = "  ") -> None:
    """Print a plain-text table; the first column is left-aligned, the rest right-aligned."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        return indent + "  ".join(parts).rstrip()

    print(line(cells[0]))
    print(indent + "  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))


def target_line(label: str, value: float, op: str, target: float, unit: str = "x") -> None:
    """One 'TARGET' line: what was measured, the target and whether it was met."""
    shown = (
        fmt_ratio(value)
        if unit == "x"
        else (fmt_time(value) if unit == "s" else f"{value:.1f} {unit}")
    )
    goal = (
        f"{target:g}x"
        if unit == "x"
        else (fmt_time(target) if unit == "s" else f"{target:g} {unit}")
    )
    print(f"  TARGET {label}: {shown}  (target {op} {goal}: {verdict(value, op, target)})")


def heading(title: str, what: str) -> None:
    print()
    print(f"== {title} " + "=" * max(0, 74 - len(title)))
    print(f"  {what}")


def note(text: str) -> None:
    print(f"  note: {text}")


def section_main(run: Callable[[bool], None], doc: str | None) -> None:
    """``python bench/bench_X.py [--quick]``: run one section alone."""
    parser = argparse.ArgumentParser(
        description=(doc or "").strip().splitlines()[0] if doc else None
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    try:
        run(args.quick)
    except Skip as skip:
        print(f"  skipped: {skip}")
    sys.exit(0)


def machine_line() -> str:
    import platform

    return (
        f"Python {platform.python_version()} ({sys.executable}), {platform.machine()}, "
        f"{os.cpu_count()} CPU(s), load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
