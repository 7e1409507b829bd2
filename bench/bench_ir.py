"""Section ir: load + slice + validate + build the IR from the 3 MB upstream YAML.

Peer: ``yaml.load(data, Loader=yaml.CSafeLoader)`` of the same file alone (just
parsing it into Python data). Ours: ``load_document`` (fast libyaml event
loader) -> ``slice_spec`` (/evals) -> ``validate_slice`` -> ``build_ir``. The
2026 upstream slice has one known validation error (``$recursiveAnchor`` in
CompoundFilter): validation runs in full and raises ``SpecErrors``, which is
caught; its time counts.

Two settings:
  warm  in one process, imports done, interleaved repetitions (target <= 1.3x);
  cold  one fresh interpreter per run, imports included (generator modules,
        openapi_spec_validator and its dependencies vs just ``import yaml``),
        interpreter start-up (``python -c pass``) subtracted from both.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from _common import (
    PYTHON,
    ROOT,
    Stats,
    fmt_ratio,
    fmt_time,
    heading,
    interleaved,
    interleaved_commands,
    note,
    python_env,
    require_upstream,
    run_timed,
    safe_div,
    section_main,
    table,
    target_line,
)

TARGET = 1.3

# One fresh-process run of our pipeline; prints its own stage breakdown as JSON.
_COLD_OURS = r"""
import json, sys, time
t0 = time.perf_counter()
from generator.load import load_document
from generator.slice import slice_spec
from generator.validate import validate_slice
from generator.build import build_ir
from generator.errors import SpecErrors
t1 = time.perf_counter()
import jsonschema_path, openapi_spec_validator  # what validate_slice imports on first use
t2 = time.perf_counter()
document = load_document(sys.argv[1])
t3 = time.perf_counter()
spec_slice = slice_spec(document, ("/evals",))
t4 = time.perf_counter()
errors = 0
try:
    validate_slice(spec_slice)
except SpecErrors as exc:
    errors = len(exc.errors)
t5 = time.perf_counter()
api = build_ir(spec_slice)
t6 = time.perf_counter()
print(json.dumps({"import generator": t1 - t0, "import openapi_spec_validator": t2 - t1,
                  "load": t3 - t2, "slice": t4 - t3, "validate": t5 - t4, "build": t6 - t5,
                  "errors": errors}))
"""

_COLD_PEER = r"""
import sys
import yaml
with open(sys.argv[1], "rb") as f:
    yaml.load(f.read(), Loader=yaml.CSafeLoader)
"""


def run(quick: bool) -> None:
    heading(
        "ir",
        "load + slice(/evals) + validate + build IR from the 3 MB upstream YAML, "
        "vs yaml.load(CSafeLoader) of the same file",
    )
    path = require_upstream()
    print(f"  input: {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
    _warm(path, quick)
    _cold(path, quick)


def _warm(path: Path, quick: bool) -> None:
    import yaml

    from generator.build import build_ir
    from generator.errors import SpecErrors
    from generator.load import load_document
    from generator.slice import slice_spec
    from generator.validate import validate_slice

    stages: dict[str, list[float]] = {"load": [], "slice": [], "validate": [], "build": []}
    found_errors: list[int] = []

    def peer() -> None:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    def ours() -> None:
        t0 = time.perf_counter()
        document = load_document(path)
        t1 = time.perf_counter()
        spec_slice = slice_spec(document, ("/evals",))
        t2 = time.perf_counter()
        try:
            validate_slice(spec_slice)
            found_errors.append(0)
        except SpecErrors as exc:
            found_errors.append(len(exc.errors))
        t3 = time.perf_counter()
        build_ir(spec_slice)
        t4 = time.perf_counter()
        for name, value in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            stages[name].append(value)

    reps = 3 if quick else 9
    # The warm-up round imports openapi_spec_validator; its stage times are dropped below.
    result = interleaved(
        {"yaml.load CSafeLoader (peer)": peer, "ours: load+slice+validate+build": ours}, reps
    )
    for values in stages.values():
        del values[0]
    peer_s, ours_s = result.values()
    print()
    print(f"  warm (in-process, imports done, {reps} interleaved runs each):")
    rows = [
        [name, fmt_time(s.median), fmt_time(s.min), fmt_ratio(safe_div(s.median, peer_s.median))]
        for name, s in result.items()
    ]
    for name, values in stages.items():
        s = Stats(values)
        rows.append(
            [
                f"  {name}",
                fmt_time(s.median),
                fmt_time(s.min),
                fmt_ratio(safe_div(s.median, peer_s.median)),
            ]
        )
    table(["", "median", "min", "vs peer"], rows)
    if found_errors and found_errors[-1]:
        note(
            f"validation raised SpecErrors with {found_errors[-1]} error(s) (expected: the known "
            "$recursiveAnchor in CompoundFilter); its time is counted"
        )
    target_line("warm ours / CSafeLoader", safe_div(ours_s.median, peer_s.median), "<=", TARGET)


def _cold(path: Path, quick: bool) -> None:
    env = python_env()
    reps = 3 if quick else 7
    breakdowns: list[dict[str, float]] = []

    def ours_argv() -> list[str]:
        return [PYTHON, "-c", _COLD_OURS, str(path)]

    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "import yaml + CSafeLoader load (peer)": [PYTHON, "-c", _COLD_PEER, str(path)],
        "import validator (alone)": [
            PYTHON,
            "-c",
            "import jsonschema_path, openapi_spec_validator",
        ],
        "ours: imports + whole pipeline": ours_argv,
    }
    result = interleaved_commands(commands, reps, env=env, cwd=ROOT)
    bare, peer_s, validator_s, ours_s = result.values()
    for _ in range(1 if quick else 3):  # the pipeline's own stage clock, for the breakdown
        _, proc = run_timed(ours_argv(), env=env, cwd=ROOT)
        breakdowns.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print()
    print(
        f"  cold (fresh interpreter per run, {reps} interleaved runs each; 'above start' = wall - python -c pass):"
    )
    rows = []
    for name, s in result.items():
        above = "" if s is bare else fmt_time(s.minus(bare))
        vs = (
            ""
            if s is bare or s is validator_s
            else fmt_ratio(safe_div(s.minus(bare), peer_s.minus(bare)))
        )
        rows.append([name, fmt_time(s.median), fmt_time(s.min), above, vs])
    table(["", "wall median", "wall min", "above start", "vs peer"], rows)
    keys = [k for k in breakdowns[0] if k != "errors"]
    print()
    print(
        "  cold stage breakdown (clock inside the fresh process, median of "
        f"{len(breakdowns)} run(s)):"
    )
    total = sum(Stats([b[k] for b in breakdowns]).median for k in keys)
    table(
        ["stage", "time", "share"],
        [
            [
                k,
                fmt_time(Stats([b[k] for b in breakdowns]).median),
                f"{100 * Stats([b[k] for b in breakdowns]).median / total:.0f}%",
            ]
            for k in keys
        ],
    )
    note(
        f"one-time import of openapi_spec_validator + jsonschema_path in a fresh process: "
        f"{fmt_time(validator_s.minus(bare))} above interpreter start"
    )
    target_line(
        "cold ours / CSafeLoader (imports included)",
        safe_div(ours_s.minus(bare), peer_s.minus(bare)),
        "<=",
        TARGET,
    )


if __name__ == "__main__":
    section_main(run, __doc__)
