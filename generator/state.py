"""What a generated tree remembers between runs, in ``.codegen/`` beside the package.

- ``manifest.json``: a fingerprint of every input (spec, overlays, options,
  templates, generator code, black's version) and, per generated file, its
  sha256 and the fingerprint of what it was rendered from. When the inputs are
  unchanged and every file on disk still has its recorded hash, nothing needs
  rendering; when one schema changes, only the files depending on it do.
- ``ir.json``: the IR the tree was generated from, so the next run can report
  what changed (and bump the version) without the old spec.
- ``CHANGELOG.md`` (beside the package): one dated entry per change of the API.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import GeneratorError

if TYPE_CHECKING:
    from .diff import Report
    from .ir import Api

MANIFEST = ".codegen/manifest.json"
IR_SNAPSHOT = ".codegen/ir.json"
CHANGELOG = "CHANGELOG.md"
FIRST_VERSION = "1.0.0"
_ROOT = Path(__file__).resolve().parent.parent
_CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Written by openai-evals-codegen whenever `make generate` finds the API changed; newest\n"
    "first. Breaking changes bump the major version, additions the minor, documentation the patch.\n"
)


class Previous:
    """The state of an existing output tree (nothing, for a new one).

    The IR snapshot is read only when asked for: an up-to-date run never needs it.
    """

    def __init__(self, out: Path):
        self.out = out
        manifest = _read_json(out / MANIFEST)
        self.manifest: dict[str, Any] | None = manifest if isinstance(manifest, dict) else None

    @property
    def version(self) -> str | None:
        version = self.manifest.get("package_version") if self.manifest else None
        return version if isinstance(version, str) else None

    @property
    def code_revision(self) -> int:
        """How many of ``diff.CODE_CHANGES`` the tree has had (none, for trees older than the list)."""
        revision = self.manifest.get("code_revision") if self.manifest else None
        return revision if isinstance(revision, int) and not isinstance(revision, bool) else 0

    @cached_property
    def api(self) -> Api | None:
        """The IR the tree was generated from; unreadable counts as absent (a full render)."""
        return read_snapshot(self.out / IR_SNAPSHOT)

    @cached_property
    def changelog(self) -> str | None:
        try:
            return (self.out / CHANGELOG).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def read_snapshot(path: Path) -> Api | None:
    """An IR snapshot (``ir.json``), or None when it is missing, unreadable or of another shape
    (an older generator's, say)."""
    from . import ir
    from .irjson import api_from_json

    snapshot = _read_json(path)
    if snapshot is None:
        return None
    try:
        loaded = api_from_json(snapshot)
    except (TypeError, ValueError, KeyError):
        return None
    if not isinstance(loaded, ir.Api) or not all(
        isinstance(item, kind)
        for items, kind in (
            (loaded.operations, ir.OperationIR),
            (loaded.models, ir.ModelIR),
            (loaded.enums, ir.EnumIR),
            (loaded.unions, ir.UnionIR),
            (loaded.modules, ir.ModuleIR),
        )
        for item in (items if isinstance(items, tuple) else (None,))
    ):
        return None
    return loaded


def read_previous(out: Path) -> Previous:
    """The state files of ``out``."""
    return Previous(out)


def fingerprint(data: Any) -> str:
    """sha256 of JSON data in a canonical form."""
    try:
        text = _canonical_json(data)
    except TypeError:  # keys of mixed types (YAML reads an unquoted 200 as a number): sort as text
        text = _canonical_json(_text_keys(data))
    return sha256(text.encode())


# One encoder for every fingerprint: json.dumps with options builds a new one per call.
_canonical_json = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
).encode


def _text_keys(data: Any) -> Any:
    if isinstance(data, dict):
        return {str(key): _text_keys(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_text_keys(item) for item in data]
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tool_fingerprint() -> dict[str, str]:
    """What besides the IR decides the output: templates, generator code, black, this version."""
    digest = hashlib.sha256()
    for folder in ("templates", "generator"):
        for path in sorted((_ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".jinja") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return {
        "generator": __version__,
        "code": digest.hexdigest(),
        "black": black_version(),
    }


def next_version(previous: str | None, report: Report | None) -> str:
    """The package version: 1.0.0 first, then bumped by what the change report calls for."""
    if previous is None or report is None:
        return previous or FIRST_VERSION
    numbers = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", previous)
    if numbers is None:
        raise GeneratorError(
            f"the package version recorded in {MANIFEST}, {previous!r}, is not a version number",
            hint=f"set it to a version like 1.2.3 in {MANIFEST}, or delete that file to start at {FIRST_VERSION}",
        )
    major, minor, patch = (int(part or 0) for part in numbers.groups())
    bump = report.bump
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return previous


def changelog_text(previous: Previous, api: Api, report: Report | None, version: str) -> str:
    """The changelog: the previous one, with a new entry on top when the API changed."""
    old = previous.changelog
    if old is not None and not old.startswith(_CHANGELOG_HEADER):
        old = None  # not ours: start afresh rather than mix formats
    if previous.api is not None and report is not None and report.bump == "none" and old is not None:
        return old
    if previous.api is None and previous.version is not None and old is not None:
        # The IR snapshot is gone or unreadable: what changed is unknown and the version
        # stays, so the changelog stays too (rather than a second "First generation" entry).
        return old
    from .diff import format_markdown
    from .escape import markdown

    title = f"## {version} — {today()} (spec {markdown(api.version)})"
    if previous.api is None or report is None:
        entry = (
            f"{title}\n\nFirst generation: {len(api.operations)} operations, {len(api.models)} models, "
            f"{len(api.enums)} enums, {len(api.unions)} unions.\n"
        )
    else:
        entry = format_markdown(report, title)
    body = old[len(_CHANGELOG_HEADER) :] if old else ""
    return _CHANGELOG_HEADER + "\n" + entry + body


def today() -> str:
    """The date for a changelog entry; ``SOURCE_DATE_EPOCH`` makes it reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def snapshot_text(api_json: dict[str, Any]) -> str:
    """``.codegen/ir.json``: the IR as JSON, one definition per line so its diffs can be reviewed."""
    lines = []
    for key, value in api_json.items():
        if isinstance(value, list) and value:
            items = ",\n".join(_compact(item) for item in value)
            lines.append(f"{_compact(key)}: [\n{items}\n]")
        else:
            lines.append(f"{_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def manifest_text(
    package: str,
    version: str,
    inputs: dict[str, Any],
    files: dict[str, dict[str, str]],
    validated: dict[str, str],
) -> str:
    """The manifest: inputs, each file's hash and inputs, and the spec parts known valid."""
    from .diff import CODE_CHANGES

    manifest = {
        "generator": f"openai-evals-codegen {__version__}",
        "package": package,
        "package_version": version,
        "code_revision": len(CODE_CHANGES),
        "inputs": inputs,
        "files": dict(sorted(files.items())),
        "validated": dict(sorted(validated.items())),
    }
    return json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def black_version() -> str:
    """The installed black's version, without importing black."""
    try:  # black's own one-line version module: much cheaper than importlib.metadata
        from _black_version import version

        return str(version)
    except ImportError:  # pragma: no cover - depends on how black was installed
        from importlib import metadata

        return metadata.version("black")
