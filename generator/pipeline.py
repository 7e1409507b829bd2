"""The pipeline from a spec file to the IR, one step per module, in order."""

from __future__ import annotations

from dataclasses import dataclass

from .build import build_ir
from .ir import Api
from .load import load_document
from .slice import slice_spec
from .validate import validate_slice

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
