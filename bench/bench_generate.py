"""Section generate: wall time of ``python -m generator generate`` in a subprocess (cwd = checkout).

  (a) cold generate of spec/openai-evals.yaml (empty black cache, no output yet)
      vs ``openapi-python-client generate --path <same file>`` (installed on first
      use in bench/.venv-peer; its default post-hooks run ruff fix + ruff format,
      the counterpart of our black step). Target <= 0.5x.
  (b) regenerate after a one-schema change (warm cache, previous output present),
      two kinds, a new edit each run, both held to the target <= 0.3 s:
      (b) one schema's description reworded: the generator sees that neither black's
          layout nor validation can depend on it; (b') a new optional property in the
          same schema: its module goes through black and the schema is validated again.
  (c) no-op regenerate (nothing changed). Target <= 0.15 s.
  (d) generate from the whole 3 MB upstream YAML (slicing /evals; warm cache,
      fresh output dir each run) vs a fresh ``python -c`` that loads the same
      file with yaml.CSafeLoader. Target <= 1.3x.
  (e) where the time goes: each pipeline step's exclusive time in a fresh
      process, for (a), (b), (b') and (c), and the import cost of the heavy dependencies.

(b) and (c) have absolute targets (given in the brief); they are printed with
the bare interpreter start beside them for scale. Every run of the generator is
checked to exit 0.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    BENCH,
    PYTHON,
    ROOT,
    SPEC,
    Skip,
    Stats,
    fmt_ratio,
    fmt_time,
    heading,
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
from _peer import peer_command, peer_version

TARGET_COLD = 0.5
TARGET_ONE_CHANGE = 0.3
TARGET_NOOP = 0.15
TARGET_UPSTREAM = 1.3
CACHE_ENV = "OPENAI_EVALS_CODEGEN_CACHE"
CHANGED_SCHEMA = "EvalRunOutputItem"


@dataclass
class _Warm:
    """The spec copy, output and warm cache of (b)/(c), and how to make a new one-schema edit."""

    spec: Path
    out: Path
    cache: Path
    edit: Callable[[], None]
    structural_edit: Callable[[], None]


class _Scratch:
    """Fresh, numbered paths under one temporary directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def fresh(self, stem: str) -> Path:
        self.count += 1
        return self.root / f"{stem}-{self.count}"


def run(quick: bool) -> None:
    heading(
        "generate",
        "python -m generator generate, wall clock in a fresh subprocess (cwd = checkout)",
    )
    if not SPEC.is_file():
        raise Skip(f"{SPEC} not found")
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        scratch = _Scratch(Path(tmp))
        bare = interleaved_commands(
            {"bare": [PYTHON, "-c", "pass"]}, 5, env=python_env(), cwd=ROOT
        )["bare"]
        print(f"  interpreter start (python -c pass): {fmt_time(bare.median)}")
        seed_cache = _part("(a)", _cold, scratch, quick)
        warm = _part("(b)/(c)", _warm_regenerate, scratch, quick, bare, seed_cache)
        _part("(d)", _upstream, scratch, quick)
        _part("(e)", _profile, scratch, warm)
        _part("(e) imports", _dependency_imports, quick)


def _part(label: str, fn: Callable[..., object], *args: object) -> object:
    """Run one part; a failure is printed and the next part still runs."""
    try:
        return fn(*args)
    except Skip as skip:
        print(f"  {label} skipped: {skip}")
    except Exception as exc:  # noqa: BLE001 - report and go on
        print(f"  {label} failed: {type(exc).__name__}: {str(exc).strip()}")
    return None


def _ours(spec: Path, out: Path, cache: Path, *extra: str) -> tuple[list[str], dict[str, str]]:
    argv = [PYTHON, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), *extra]
    return argv, python_env(**{CACHE_ENV: str(cache)})


def _check_ok(name: str, result: object) -> None:
    # run_timed already raises on a non-zero exit; this keeps the last output for the notes.
    _last_output[name] = " / ".join((getattr(result, "stdout", "") or "").strip().splitlines())


_last_output: dict[str, str] = {}


# ---- (a) cold ---------------------------------------------------------------------------------


def _cold(scratch: _Scratch, quick: bool) -> Path | None:
    """Returns the black cache of the last cold run (now warm for this spec), for (b)/(c)."""
    print()
    print(f"  (a) cold generate of {SPEC.relative_to(ROOT)}: empty black cache, no previous output")
    reps = 2 if quick else 5
    caches: list[Path] = []

    def ours_cold() -> tuple[list[str], dict[str, str]]:
        caches.append(scratch.fresh("cache"))
        return _ours(SPEC, scratch.fresh("out"), caches[-1])

    commands: dict[str, Any] = {"ours: python -m generator generate": ours_cold}
    peer = peer_command()
    if isinstance(peer, str):
        print(f"  peer unavailable: {peer}")
    else:
        prefix, peer_env = peer

        def peer_argv() -> tuple[list[str], dict[str, str]]:
            out = scratch.fresh("peer-out")
            return [
                *prefix,
                "generate",
                "--path",
                str(SPEC),
                "--output-path",
                str(out),
                "--overwrite",
            ], peer_env

        # Fail soft: a peer that cannot handle the spec is reported, not fatal.
        probe_argv, probe_env = peer_argv()
        _, probe = run_timed(probe_argv, env=probe_env, cwd=ROOT, check=False)
        if probe.returncode != 0:
            tail = (probe.stderr or probe.stdout).strip().splitlines()[-3:]
            print(
                f"  peer unavailable: openapi-python-client failed on the spec: {' | '.join(tail)}"
            )
        else:
            commands[f"peer: openapi-python-client {peer_version()} generate"] = peer_argv
    # No warm-up round (a cold run is cold by design); just make sure no timed run compiles .pyc.
    run_timed(
        [PYTHON, "-c", "import generator.cli, generator.pipeline, black, jinja2"],
        env=python_env(),
        cwd=ROOT,
    )
    result = interleaved_commands(commands, reps, cwd=ROOT, after=_check_ok, warmup=0)
    ours = result["ours: python -m generator generate"]
    peer_stats = next((s for name, s in result.items() if name.startswith("peer")), None)
    rows = [
        [
            name,
            fmt_time(s.median),
            fmt_time(s.min),
            fmt_ratio(safe_div(s.median, peer_stats.median)) if peer_stats else "-",
        ]
        for name, s in result.items()
    ]
    table(["", "wall median", "wall min", "vs peer"], rows)
    note(f"ours said: {_last_output.get('ours: python -m generator generate', '?')}")
    if peer_stats is not None:
        target_line(
            "cold ours / openapi-python-client",
            safe_div(ours.median, peer_stats.median),
            "<=",
            TARGET_COLD,
        )
    return caches[-1] if caches else None


# ---- (b) one-schema change and (c) no-op -------------------------------------------------------


def _warm_regenerate(
    scratch: _Scratch, quick: bool, bare: Stats, seed_cache: Path | None = None
) -> _Warm:
    import yaml

    spec_data = yaml.load(SPEC.read_bytes(), Loader=yaml.CSafeLoader)
    schemas = spec_data["components"]["schemas"]
    name = CHANGED_SCHEMA if CHANGED_SCHEMA in schemas else next(iter(schemas))
    original = schemas[name].get("description", "")
    properties = dict(schemas[name].get("properties", {}))
    spec = scratch.root / "spec-copy.yaml"
    out = scratch.root / "warm-out"
    cache = scratch.root / "warm-cache"
    revision = [0]
    state: dict[str, str | None] = {"description": original, "field": None}

    def write_spec() -> None:
        schemas[name]["description"] = state["description"]
        schemas[name]["properties"] = dict(properties)
        if state["field"] is not None:
            schemas[name]["properties"][state["field"]] = {"type": "string"}
        spec.write_text(
            yaml.dump(
                spec_data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100
            )
        )

    # Each edit changes one thing from the run before, whichever kind ran last.
    def edit() -> None:
        revision[0] += 1
        state["description"] = f"{original} (bench revision {revision[0]})"
        write_spec()

    def structural_edit() -> None:
        revision[0] += 1
        state["field"] = f"bench_field_{revision[0]}"
        write_spec()

    write_spec()
    if (
        seed_cache is not None and seed_cache.is_dir()
    ):  # saves a cold run: same files, same cache keys
        shutil.copytree(seed_cache, cache)
    run_timed(
        _ours(spec, out, cache)[0], env=_ours(spec, out, cache)[1], cwd=ROOT
    )  # warm cache, output present

    print()
    print(
        f"  (b) regenerate after a one-schema change to {name}, a new edit each run: (b) its description,"
    )
    print(
        "      (b') a new optional property; warm black cache, previous output present;"
        " (c) no-op regenerate"
    )
    reps_b = 3 if quick else 7
    result_b = interleaved_commands(
        {
            "(b) one-schema change: description": lambda: _ours(spec, out, cache),
            "(b') one-schema change: new property": lambda: _ours(spec, out, cache),
        },
        reps_b,
        cwd=ROOT,
        before={
            "(b) one-schema change: description": edit,
            "(b') one-schema change: new property": structural_edit,
        },
        after=_check_ok,
    )
    said_b = _last_output.get("(b) one-schema change: description", "?")
    reps_c = 3 if quick else 9
    result_c = interleaved_commands(
        {"(c) no-op": lambda: _ours(spec, out, cache)}, reps_c, cwd=ROOT, after=_check_ok
    )
    said_c = _last_output.get("(c) no-op", "?")
    rows = []
    for label, s in (*result_b.items(), *result_c.items()):
        rows.append([label, fmt_time(s.median), fmt_time(s.min), fmt_time(s.minus(bare))])
    table(["", "wall median", "wall min", "above interpreter start"], rows)
    note(f"(b) ours said: {said_b}; (c) ours said: {said_c}")
    for label in result_b:
        target_line(label, result_b[label].median, "<=", TARGET_ONE_CHANGE, unit="s")
    target_line("(c) no-op regenerate", result_c["(c) no-op"].median, "<=", TARGET_NOOP, unit="s")
    return _Warm(spec, out, cache, edit, structural_edit)


# ---- (d) whole upstream file -------------------------------------------------------------------


_CSAFE = "import sys, yaml\nwith open(sys.argv[1], 'rb') as f: yaml.load(f.read(), Loader=yaml.CSafeLoader)"


def _upstream(scratch: _Scratch, quick: bool) -> None:
    print()
    try:
        upstream = require_upstream()
    except Skip as skip:
        print(f"  (d) skipped: {skip}")
        return
    print(
        f"  (d) generate from the whole upstream file {upstream.name} (/evals; warm black cache, fresh --out each run)"
    )
    cache = scratch.root / "upstream-cache"
    extra: tuple[str, ...] = ()
    argv, env = _ours(upstream, scratch.fresh("up-out"), cache)
    _, first = run_timed(argv, env=env, cwd=ROOT, check=False)  # also warms the cache
    if first.returncode != 0:
        reason = (first.stderr or first.stdout).strip().splitlines()
        summary = reason[0][:160] if reason else "?"
        print(
            f"      validation fails on the upstream slice ({summary}) -> measured with --no-validate"
        )
        extra = ("--no-validate",)
        argv, env = _ours(upstream, scratch.fresh("up-out"), cache, *extra)
        run_timed(argv, env=env, cwd=ROOT)
    reps = 2 if quick else 5
    label = "ours: generate --spec <upstream>" + "".join(" " + e for e in extra)
    result = interleaved_commands(
        {
            "peer: fresh python, yaml.load CSafeLoader": lambda: (
                [PYTHON, "-c", _CSAFE, str(upstream)],
                python_env(),
            ),
            label: lambda: _ours(upstream, scratch.fresh("up-out"), cache, *extra),
        },
        reps,
        cwd=ROOT,
    )
    peer, ours = result.values()
    table(
        ["", "wall median", "wall min", "vs peer"],
        [
            [name, fmt_time(s.median), fmt_time(s.min), fmt_ratio(safe_div(s.median, peer.median))]
            for name, s in result.items()
        ],
    )
    target_line(
        "whole-upstream generate / CSafeLoader load",
        safe_div(ours.median, peer.median),
        "<=",
        TARGET_UPSTREAM,
    )


# ---- (e) profile --------------------------------------------------------------------------------


def _profile(scratch: _Scratch, warm: _Warm | None) -> None:
    print()
    print("  (e) where the time goes: exclusive time per pipeline step, one fresh process each")
    if warm is None:
        raise Skip("(b)/(c) failed, so there is no warm output to profile")
    profiler = BENCH / "_profile_generate.py"

    def profile(args: list[str], cache: Path) -> dict[str, Any] | None:
        elapsed, proc = run_timed(
            [PYTHON, str(profiler), *args],
            env=python_env(**{CACHE_ENV: str(cache)}),
            cwd=ROOT,
            check=False,
        )
        try:
            data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            print(f"      profile failed: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}")
            return None
        if data.get("status") != 0:
            print(
                f"      profiled run exited {data.get('status')}: {proc.stderr.strip().splitlines()[-1:]}"
            )
        data["wall"] = elapsed
        return data

    warm_args = ["--spec", str(warm.spec), "--out", str(warm.out)]
    runs: dict[str, dict[str, Any] | None] = {
        "cold (a)": profile(
            ["--spec", str(SPEC), "--out", str(scratch.fresh("prof-out"))],
            scratch.fresh("prof-cache"),
        ),
    }
    warm.edit()
    runs["description (b)"] = profile(warm_args, warm.cache)
    warm.structural_edit()
    runs["new property (b')"] = profile(warm_args, warm.cache)
    runs["no-op (c)"] = profile(warm_args, warm.cache)
    found = {name: data for name, data in runs.items() if data}
    if not found:
        return
    steps: list[str] = []
    for data in found.values():
        steps += [step for step in data["steps"] if step not in steps]
    shown = [s for s in steps if any(d["steps"].get(s, 0.0) >= 0.001 for d in found.values())]

    def value_of(step: str, data: dict[str, Any]) -> float:
        times: dict[str, float] = data["steps"]
        if step == "interpreter start + exit":
            return float(data["wall"] - data["import"] - data["main"])
        if step == "import generator":
            return float(data["import"])
        if step.startswith("other"):
            return float(data["main"] - sum(times.get(s, 0.0) for s in shown))
        return times.get(step, 0.0)

    rows = []
    for step in [
        "interpreter start + exit",
        "import generator",
        *shown,
        "other steps (< 1 ms each)",
    ]:
        cells = [step]
        for data in found.values():
            value = value_of(step, data)
            cells.append(f"{fmt_time(value)} {100 * value / data['wall']:3.0f}%")
        rows.append(cells)
    rows.append(["wall (whole process)", *[fmt_time(d["wall"]) for d in found.values()]])
    table(["step", *found], rows)
    note(
        "a step's time includes the lazy imports it triggers (format_files: black); the validator runs "
        "in a forked process from start_validation on, and waiting for it counts in _build; "
        "ImportCheck.run is the wait for the import check of the new tree (a fresh interpreter started when the render began)"
    )


def _dependency_imports(quick: bool) -> None:
    env = python_env()
    commands = {
        "bare": [PYTHON, "-c", "pass"],
        "import black": [PYTHON, "-c", "import black"],
        "import jinja2": [PYTHON, "-c", "import jinja2"],
        "import openapi_spec_validator, jsonschema_path": [
            PYTHON,
            "-c",
            "import openapi_spec_validator, jsonschema_path",
        ],
        "import yaml": [PYTHON, "-c", "import yaml"],
        "import generator.cli": [PYTHON, "-c", "import generator.cli"],
    }
    result = interleaved_commands(commands, 3 if quick else 10, env=env, cwd=ROOT)
    bare = result.pop("bare")
    print()
    print("  import cost of the generator's dependencies (fresh process, above interpreter start):")
    table(["", "import cost"], [[name, fmt_time(s.minus(bare))] for name, s in result.items()])


if __name__ == "__main__":
    section_main(run, __doc__)
