"""The pipeline from a spec file to the IR, one step per module, in order."""

from __future__ import annotations

import keyword
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import GeneratorError, read_input
from .state import (
    CHANGELOG,
    FIRST_VERSION,
    IR_SNAPSHOT,
    MANIFEST,
    Previous,
    changelog_text,
    fingerprint,
    manifest_text,
    next_version,
    read_previous,
    sha256,
    snapshot_text,
    tool_fingerprint,
)
from .write import TreeDiff, diff_tree, read_tree, write_tree

# The steps are imported where they run: when the manifest shows nothing changed, the
# generator answers without loading YAML, Jinja, the validator or black.
if TYPE_CHECKING:
    from .diff import Report
    from .ir import Api
    from .render import Renderer

DEFAULT_SPEC = "spec/openai-evals.yaml"
DEFAULT_PATHS = ("/evals",)
_PATHS_HINT = "check the --spec and --overlay paths"


class SpecOptions(NamedTuple):
    """What to read, how to correct it, and which part of it to keep."""

    spec: str = DEFAULT_SPEC
    paths: tuple[str, ...] = DEFAULT_PATHS
    tags: tuple[str, ...] = ()
    validate: bool = True
    overlays: tuple[str, ...] = ()


def read_api(options: SpecOptions) -> Api:
    """Load, apply overlays, slice, validate and build: the IR of the operations selected."""
    api, finish_validation = _read_api(options, None)
    finish_validation()
    return api


def _read_sources(options: SpecOptions) -> tuple[bytes, tuple[bytes, ...]]:
    """The bytes of the spec and of each overlay, read once: what is hashed is what is parsed."""
    return (
        read_input(options.spec, "the spec", _PATHS_HINT),
        tuple(read_input(path, "the overlay", _PATHS_HINT) for path in options.overlays),
    )


def _read_api(
    options: SpecOptions,
    validated: dict[str, str] | None,
    sources: tuple[bytes, tuple[bytes, ...]] | None = None,
) -> tuple[Api, Callable[[], None]]:
    """The IR, and a function that waits for the validation running meanwhile.

    ``sources`` are the files' bytes when the caller has read them already.
    ``validated`` (parts of the spec known to be valid, from the last run) skips
    validating what did not change; waiting updates it with the parts now valid.
    A spec too broken to build is reported by the validator when it has something to say.
    """
    from .build import build_ir
    from .load import parse_document
    from .slice import slice_spec
    from .validate import ValidatorFailed, start_validation

    spec, overlays = sources or _read_sources(options)
    document = parse_document(spec, options.spec)
    if overlays:
        from .overlay import apply_overlay

        for path, overlay in zip(options.overlays, overlays):
            apply_overlay(document.data, parse_document(overlay, path))
    spec_slice = slice_spec(document, options.paths, options.tags)
    if not options.validate:
        return build_ir(spec_slice), lambda: None
    wait = start_validation(spec_slice, validated)

    def finish() -> None:
        units = wait()
        if validated is not None:
            validated.clear()
            validated.update(units)

    try:
        api = build_ir(spec_slice)
    except GeneratorError as build_error:
        try:
            finish()  # raises the validation errors if there are any
        except ValidatorFailed:
            raise build_error from None  # the validator gave up: the builder's message says more
        raise
    return api, finish


class GenerateOptions(NamedTuple):
    """What to generate and where."""

    spec: SpecOptions = SpecOptions()
    out: Path = Path("generated")
    package: str = "openai_evals"


class Result(NamedTuple):
    """What a run found: file differences, API changes, the package version, what it rendered."""

    files: TreeDiff
    report: Report | None
    version: str
    rendered: tuple[str, ...]
    first: bool = False


def generate(options: GenerateOptions) -> Result:
    """Regenerate the output tree; on any failure it is left exactly as it was."""
    from .verify import ImportCheck

    with ImportCheck(options.package) as import_check:
        files, result = _build(options, on_render=import_check.start)
        if files is None:
            return result

        def verify(staging: Path, changed: TreeDiff) -> None:
            # A file rendered again to the same bytes compiled and imported when it was first
            # written; a module whose imports changed was rendered again.
            written = [name for name in changed.added + changed.changed if name.endswith(".py")]
            if written:
                import_check.run(
                    staging,
                    written if not result.first else None,
                    lambda: _compile(files, written),
                    removed=changed.removed,
                )

        return result._replace(files=write_tree(options.out, files, verify))


def check(options: GenerateOptions) -> Result:
    """How the output tree differs from what the spec and templates produce now."""
    files, result = _build(options)
    if files is None:
        return result
    _compile(files, result.rendered)
    return result._replace(files=diff_tree(options.out, files))


def _compile(files: dict[str, bytes], paths: Iterable[str]) -> None:
    """Compile the Python files among ``paths`` (the others compiled when they were made)."""
    from .verify import compile_files

    compile_files({path: files[path].decode() for path in paths if path.endswith(".py")})


def _build(
    options: GenerateOptions, on_render: Callable[[], None] = lambda: None
) -> tuple[dict[str, bytes] | None, Result]:
    """The files the tree should hold, or None when the manifest proves it already does.
    ``on_render`` is called once it is clear that files must be rendered."""
    _check_package_name(options.package)
    previous = read_previous(options.out)
    sources = _read_sources(options.spec)
    inputs = _inputs(options, sources)
    on_disk = read_tree(options.out)
    if _up_to_date(on_disk, previous, inputs):
        return None, Result(TreeDiff([], [], []), None, previous.version or FIRST_VERSION, ())
    on_render()

    from .diff import diff_apis, with_code_changes
    from .render import Renderer, RenderOptions
    recorded_valid = previous.manifest.get("validated") if previous.manifest else None
    validated = dict(recorded_valid) if isinstance(recorded_valid, dict) else {}
    api, finish_validation = _read_api(options.spec, validated, sources)
    try:
        report = None
        if previous.api is not None:
            report = with_code_changes(diff_apis(previous.api, api), previous.code_revision)
        version = next_version(previous.version, report)
        renderer = Renderer(api, RenderOptions(package=options.package, package_version=version))
        files, wanted, to_render = _render_changed(options, previous, on_disk, inputs["tool"], renderer)
    except BaseException:
        finish_validation()  # a spec the validator explains is reported as such (and the child reaped)
        raise
    finish_validation()
    files[IR_SNAPSHOT] = snapshot_text(renderer.api_json).encode()
    files[CHANGELOG] = changelog_text(previous, api, report, version).encode()
    entries = {
        path: {"sha256": sha256(data), "inputs": wanted.get(path, "")} for path, data in files.items()
    }
    files[MANIFEST] = manifest_text(options.package, version, inputs, entries, validated).encode()
    first = previous.api is None
    return dict(sorted(files.items())), Result(TreeDiff([], [], []), report, version, tuple(sorted(to_render)), first)


def _render_changed(
    options: GenerateOptions, previous: Previous, on_disk: dict[str, bytes], tool: Any, renderer: Renderer
) -> tuple[dict[str, bytes], dict[str, str], set[str]]:
    """Every file of the package: kept from disk when its inputs and bytes are as recorded,
    rendered and formatted otherwise. Returns the files, each file's inputs fingerprint,
    and the paths rendered."""
    from .format import format_files

    wanted = {path: fingerprint([tool, options.package, deps]) for path, deps in renderer.dependencies().items()}
    recorded = previous.manifest.get("files", {}) if previous.manifest else {}
    files: dict[str, bytes] = {}
    for path, wanted_inputs in wanted.items():
        entry = recorded.get(path)
        if isinstance(entry, dict) and entry.get("inputs") == wanted_inputs:
            current = on_disk.get(path)
            if current is not None and sha256(current) == entry.get("sha256"):
                files[path] = current
    to_render = set(wanted) - set(files)
    rendered = format_files(renderer.render(to_render))
    files.update((path, text.encode()) for path, text in rendered.items())
    return files, wanted, to_render


def _inputs(options: GenerateOptions, sources: tuple[bytes, tuple[bytes, ...]]) -> dict[str, Any]:
    """Everything the output depends on, as hashes: if these match, so does the output."""
    spec = options.spec
    return {
        "spec": sha256(sources[0]),
        "overlays": [sha256(overlay) for overlay in sources[1]],
        "options": {
            "paths": list(spec.paths),
            "tags": list(spec.tags),
            "validate": spec.validate,
            "package": options.package,
        },
        "tool": tool_fingerprint(),
    }


def _up_to_date(on_disk: dict[str, bytes], previous: Previous, inputs: dict[str, Any]) -> bool:
    """The inputs are those recorded, and every file is exactly as recorded (none added, none gone)."""
    manifest = previous.manifest
    if manifest is None or manifest.get("inputs") != inputs or not isinstance(manifest.get("files"), dict):
        return False
    recorded = manifest["files"]
    if set(on_disk) != set(recorded) | {MANIFEST}:
        return False
    return all(
        isinstance(entry, dict) and sha256(on_disk[path]) == entry.get("sha256")
        for path, entry in recorded.items()
    )


#: What the generated client imports (httpx and its dependencies, optional ones included): a
#: package of the same name would hide it.
_CLIENT_DEPENDENCIES = frozenset(
    {
        *("httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi"),
        *("exceptiongroup", "typing_extensions"),  # anyio's, on Python 3.10
        *("h2", "hpack", "hyperframe", "socksio", "brotli", "brotlicffi", "zstandard"),
    }
)


def _check_package_name(name: str) -> None:
    if not (name.isidentifier() and name.isascii() and name == name.lower() and not keyword.iskeyword(name)):
        raise GeneratorError(
            f"invalid package name {name!r}",
            hint="--package takes a lowercase Python identifier such as openai_evals",
        )
    if name in sys.stdlib_module_names or name in _CLIENT_DEPENDENCIES:
        what = "a standard library module" if name in sys.stdlib_module_names else "a dependency of the client"
        raise GeneratorError(
            f"invalid package name {name!r}: it is the name of {what}, which the package would hide",
            hint="choose another --package, such as openai_evals",
        )
