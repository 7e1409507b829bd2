"""The golden record: ``generated/`` is exactly what the spec and templates produce.

Regenerating from ``spec/openai-evals.yaml`` into a temporary directory must give the committed
tree byte for byte, every file, none missing and none extra. The tree must pass
``mypy --strict`` and ``ruff check``. Generation must be deterministic (hash seed, black's
cache) and must work on both upstream OpenAI specs too.

The generated tree remembers state between runs (its version, the IR it was made from, its
changelog, in ``.codegen/`` and ``CHANGELOG.md``); the regeneration starts from that same state,
as ``make generate`` does.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "generated"
SPEC = REPO / "spec" / "openai-evals.yaml"
PACKAGE = "openai_evals"
UPSTREAM = REPO.parent / "shared" / "upstream"
UPSTREAM_FILES = ["openai-openapi-2025-04-29.yaml", "openai-openapi-2026-08-21.yaml"]
#: What a generated tree carries over from the previous run (absent in older layouts).
STATE_FILES = (".codegen/manifest.json", ".codegen/ir.json", "CHANGELOG.md")
#: A fixed date for changelog entries, so two runs on either side of midnight agree.
EPOCH = "1767225600"


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by POSIX path, ignoring byte-code caches."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def seed_state(out: Path) -> None:
    """Start ``out`` from the golden tree's remembered state (not its code)."""
    for name in STATE_FILES:
        source = GOLDEN / name
        if source.is_file():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, out / name)


def _environment(**overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1", **overrides)
    return env


def generate_in_subprocess(out: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--out", str(out), *args],
        check=False,
        cwd=REPO,
        env=_environment(**env),
        capture_output=True,
        text=True,
        timeout=600,
    )


def first_difference(want: dict[str, bytes], got: dict[str, bytes]) -> str | None:
    """None when equal; else the missing/extra files and a unified diff of the first differing one."""
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    # Show a file of the package before the state files (whose hashes change with anything).
    changed = sorted(
        (name for name in set(want) & set(got) if want[name] != got[name]),
        key=lambda name: (name.startswith(".codegen/") or name == "CHANGELOG.md", name),
    )
    if not (missing or extra or changed):
        return None
    lines = []
    if missing:
        lines.append(f"in generated/ but not produced: {missing}")
    if extra:
        lines.append(f"produced but not in generated/: {extra}")
    if changed:
        name = changed[0]
        lines.append(f"{len(changed)} file(s) differ: {changed[:10]}; the first one, {name}:")
        diff = difflib.unified_diff(
            want[name].decode("utf-8", "replace").splitlines(keepends=True),
            got[name].decode("utf-8", "replace").splitlines(keepends=True),
            fromfile=f"generated/{name} (committed)",
            tofile=f"{name} (regenerated)",
        )
        lines.append("".join(list(diff)[:200]))
    return "\n".join(lines)


# ---- the golden record ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regenerated") / "generated"
    out.mkdir()
    seed_state(out)
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        code = main(["generate", "--spec", str(SPEC), "--out", str(out)])
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    assert code == 0, "generating from spec/openai-evals.yaml failed (see the captured stderr)"
    return out


def test_generated_is_what_the_spec_and_templates_produce(regenerated: Path) -> None:
    problem = first_difference(read_tree(GOLDEN), read_tree(regenerated))
    if problem is not None:
        pytest.fail(
            "generated/ is out of date with spec/openai-evals.yaml and the templates; "
            "run `make generate`\n" + problem,
            pytrace=False,
        )


def test_the_golden_tree_is_complete(regenerated: Path) -> None:
    names = set(read_tree(GOLDEN))
    for name in (
        "pyproject.toml",
        "README.md",
        ".codegen/manifest.json",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/_runtime.py",
        f"{PACKAGE}/_client.py",
        f"{PACKAGE}/models/__init__.py",
        f"{PACKAGE}/models/eval.py",
        f"{PACKAGE}/models/eval_run_output_item.py",
    ):
        assert name in names, name


def test_first_difference_shows_a_unified_diff() -> None:
    """The failure message of the golden test: what is missing, extra, and the first diff."""
    want = {
        "a.py": b"x = 1\ny = 2\n",
        "b.py": b"same\n",
        "gone.py": b"",
        ".codegen/manifest.json": b"{1}",
    }
    got = {
        "a.py": b"x = 1\ny = 3\n",
        "b.py": b"same\n",
        "new.py": b"",
        ".codegen/manifest.json": b"{2}",
    }
    message = first_difference(want, got)
    assert message is not None
    assert "in generated/ but not produced: ['gone.py']" in message
    assert "produced but not in generated/: ['new.py']" in message
    assert "2 file(s) differ: ['a.py', '.codegen/manifest.json']; the first one, a.py:" in message
    assert "--- generated/a.py (committed)" in message and "+++ a.py (regenerated)" in message
    assert "-y = 2\n+y = 3" in message
    assert first_difference(want, dict(want)) is None


# ---- static checks of the golden package -------------------------------------------------------


def _tool(args: list[str], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        check=False,
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("mypy-golden")
    result = _tool(["mypy", "--strict", "--cache-dir", str(cache), str(GOLDEN / PACKAGE)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_ruff(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("ruff-golden")
    target = str(GOLDEN / PACKAGE)
    # The repository's pyproject excludes generated/ from `make lint`; name it explicitly.
    listed = _tool(["ruff", "check", "--cache-dir", str(cache), "--show-files", target])
    assert f"{PACKAGE}/_runtime.py" in listed.stdout, "ruff did not look at the generated package"
    result = _tool(["ruff", "check", "--cache-dir", str(cache), target])
    assert result.returncode == 0, result.stdout + result.stderr


# ---- determinism -----------------------------------------------------------------------------


def test_deterministic_across_runs_hash_seeds_and_black_cache(
    tmp_path: Path, regenerated: Path
) -> None:
    cache = tmp_path / "black-cache"
    trees = []
    for run, seed in enumerate(("1", "2")):
        out = tmp_path / f"run{run}"
        out.mkdir()
        seed_state(out)
        # Run 0 formats with an empty cache (black itself), run 1 from what run 0 cached.
        result = generate_in_subprocess(
            out,
            "--spec",
            str(SPEC),
            PYTHONHASHSEED=seed,
            OPENAI_EVALS_CODEGEN_CACHE=str(cache),
            SOURCE_DATE_EPOCH=EPOCH,
        )
        assert result.returncode == 0, result.stderr
        if run == 0:
            assert any(cache.rglob("*")), "the black cache was not used"
        trees.append(read_tree(out))
    assert first_difference(trees[0], trees[1]) is None, first_difference(trees[0], trees[1])
    assert first_difference(trees[0], read_tree(regenerated)) is None


# ---- the upstream specs -----------------------------------------------------------------------


@pytest.fixture(scope="module", params=UPSTREAM_FILES)
def upstream_package(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    spec = UPSTREAM / request.param
    if not spec.is_file():
        pytest.skip(
            f"../shared is absent: {spec} is missing (the upstream specs sit beside the checkout)"
        )
    out = tmp_path_factory.mktemp("upstream") / "out"
    # Both upstream slices have known validation errors (see tests/test_upstream_ir.py).
    result = generate_in_subprocess(
        out, "--spec", str(spec), "--no-validate", SOURCE_DATE_EPOCH=EPOCH
    )
    assert result.returncode == 0, result.stderr
    return out


def test_upstream_generates_and_imports(upstream_package: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        sys.path.insert(0, {str(upstream_package)!r})
        import {PACKAGE}, {PACKAGE}.models as models
        for info in pkgutil.walk_packages({PACKAGE}.__path__, "{PACKAGE}."):
            importlib.import_module(info.name)
        names = [name for name in models.__all__ if getattr(models, name) is not None]
        {PACKAGE}.Client(api_key="k").close()
        print(len(names))
        """)
    result = subprocess.run(
        [sys.executable, "-I", "-c", script],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 50
    assert (upstream_package / PACKAGE / "models" / "eval.py").is_file()


def test_upstream_passes_mypy_strict(upstream_package: Path, tmp_path: Path) -> None:
    result = _tool(
        ["mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), str(upstream_package / PACKAGE)]
    )
    assert result.returncode == 0, result.stdout + result.stderr
