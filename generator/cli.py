"""The command line: ``python -m generator {inspect,generate,check,diff} ...``.

Exit status: 0 success, 1 a check found differences, 2 bad input (with a
message saying which file, where, what is wrong and what to do).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GeneratorError
from .irjson import api_summary, api_to_json
from .pipeline import (
    DEFAULT_PATHS,
    DEFAULT_SPEC,
    GenerateOptions,
    SpecOptions,
    check,
    generate,
    read_api,
)
from .write import TreeDiff


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except GeneratorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client for the OpenAI Evals API from an OpenAPI spec.",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    inspect = commands.add_parser(
        "inspect",
        help="print the intermediate model built from the spec",
        description="Print the intermediate model (operations, models, enums, unions) built from the spec.",
    )
    _add_spec_options(inspect)
    inspect.add_argument("--json", action="store_true", help="print JSON (stable key order) instead of text")
    inspect.set_defaults(run=_inspect)

    generate = commands.add_parser(
        "generate",
        help="write the client package",
        description="Render, format and verify the client package, then replace the output "
        "directory in one swap. On any failure the output is left as it was.",
    )
    _add_spec_options(generate)
    _add_output_options(generate)
    generate.set_defaults(run=_generate)

    check = commands.add_parser(
        "check",
        help="exit 1 if the output differs from what the spec and templates produce",
        description="Regenerate in memory and compare with the output directory, file by file. "
        "Exit status 0 when identical, 1 when not.",
    )
    _add_spec_options(check)
    _add_output_options(check)
    check.set_defaults(run=_check)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="generated", help="output directory (default: generated)")
    parser.add_argument(
        "--package", default="openai_evals", help="Python package name (default: openai_evals)"
    )


def _add_spec_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", default=DEFAULT_SPEC, help=f"OpenAPI file, YAML or JSON (default: {DEFAULT_SPEC})")
    parser.add_argument(
        "--paths",
        nargs="+",
        default=None,
        metavar="PREFIX",
        help=f"keep operations whose path starts with any PREFIX (default: {' '.join(DEFAULT_PATHS)})",
    )
    parser.add_argument(
        "--tags", nargs="+", default=(), metavar="TAG", help="also keep operations carrying any TAG"
    )
    parser.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="skip validating the selected part of the spec",
    )


def _spec_options(args: argparse.Namespace) -> SpecOptions:
    # Tags alone select by tag only; paths default to /evals when neither is given.
    paths = tuple(args.paths) if args.paths else (() if args.tags else DEFAULT_PATHS)
    return SpecOptions(spec=args.spec, paths=paths, tags=tuple(args.tags), validate=args.validate)


def _generate_options(args: argparse.Namespace) -> GenerateOptions:
    return GenerateOptions(spec=_spec_options(args), out=Path(args.out), package=args.package)


def _generate(args: argparse.Namespace) -> int:
    diff = generate(_generate_options(args))
    if not diff:
        print(f"{args.out}: up to date")
    else:
        print(f"{args.out}: {_diff_summary(diff)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    diff = check(_generate_options(args))
    if not diff:
        print(f"{args.out}: up to date")
        return 0
    print(f"{args.out} differs from what the spec and templates produce ({_diff_summary(diff)}):")
    for label, names in (("changed", diff.changed), ("missing", diff.added), ("unexpected", diff.removed)):
        for name in names:
            print(f"  {label}: {name}")
    print("run `make generate` to update it")
    return 1


def _diff_summary(diff: TreeDiff) -> str:
    parts = [f"{len(diff.changed)} changed", f"{len(diff.added)} added", f"{len(diff.removed)} removed"]
    return ", ".join(parts)


def _inspect(args: argparse.Namespace) -> int:
    api = read_api(_spec_options(args))
    if args.json:
        print(json.dumps(api_to_json(api), indent=2, ensure_ascii=False))
    else:
        print(api_summary(api), end="")
    return 0
