"""The command line: ``python -m generator {inspect,generate,check,diff} ...``.

Exit status: 0 success, 1 a check found differences, 2 bad input (with a
message saying which file, where, what is wrong and what to do).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import GeneratorError
from .irjson import api_summary, api_to_json
from .pipeline import DEFAULT_PATHS, DEFAULT_SPEC, SpecOptions, read_api


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
    return parser


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


def _inspect(args: argparse.Namespace) -> int:
    api = read_api(_spec_options(args))
    if args.json:
        print(json.dumps(api_to_json(api), indent=2, ensure_ascii=False))
    else:
        print(api_summary(api), end="")
    return 0
