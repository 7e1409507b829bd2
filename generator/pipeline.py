"""The pipeline from a spec file to the IR, one step per module, in order."""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .build import build_ir
from .errors import GeneratorError
from .format import format_files
from .ir import Api
from .load import load_document
from .render import RenderOptions, render_package
from .slice import slice_spec
from .validate import validate_slice
from .verify import compile_files, import_package
from .write import MARKER, TreeDiff, diff_tree, write_tree

DEFAULT_SPEC = "spec/openai-evals.yaml"
DEFAULT_PATHS = ("/evals",)


@dataclass(frozen=True)
class SpecOptions:
    """What to read and which part of it to keep."""

    spec: str = DEFAULT_SPEC
    paths: tuple[str, ...] = DEFAULT_PATHS
    tags: tuple[str, ...] = ()
    validate: bool = True


def read_api(options: SpecOptions) -> Api:
    """Load, slice, validate and build: the IR of the operations ``options`` selects."""
    document = load_document(options.spec)
    spec_slice = slice_spec(document, options.paths, options.tags)
    if options.validate:
        validate_slice(spec_slice)
    return build_ir(spec_slice)


@dataclass(frozen=True)
class GenerateOptions:
    """What to generate and where."""

    spec: SpecOptions = SpecOptions()
    out: Path = Path("generated")
    package: str = "openai_evals"


def build_files(options: GenerateOptions) -> dict[str, bytes]:
    """Every file of the generated tree, rendered, formatted and compiled, by relative path."""
    _check_package_name(options.package)
    api = read_api(options.spec)
    render_options = RenderOptions(package=options.package, package_version=_package_version(options))
    files = format_files(render_package(api, render_options))
    compile_files(files)
    manifest = {
        "generator": f"openai-evals-codegen {__version__}",
        "package": options.package,
        "package_version": render_options.package_version,
    }
    files[MARKER] = json.dumps(manifest, indent=2) + "\n"
    return {name: text.encode() for name, text in sorted(files.items())}


def generate(options: GenerateOptions) -> TreeDiff:
    """Regenerate the output tree; on any failure it is left exactly as it was."""
    files = build_files(options)
    return write_tree(options.out, files, verify=lambda staging: import_package(staging, options.package))


def check(options: GenerateOptions) -> TreeDiff:
    """How the output tree differs from what the spec and templates produce now."""
    return diff_tree(options.out, build_files(options))


def _package_version(options: GenerateOptions) -> str:
    manifest = options.out / MARKER
    try:
        version = json.loads(manifest.read_text())["package_version"]
    except (OSError, ValueError, KeyError, TypeError):
        return "0.1.0"
    return str(version)


def _check_package_name(name: str) -> None:
    if not (name.isidentifier() and name.isascii() and name == name.lower() and not keyword.iskeyword(name)):
        raise GeneratorError(
            f"invalid package name {name!r}",
            hint="--package takes a lowercase Python identifier such as openai_evals",
        )
