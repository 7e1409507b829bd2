"""The command line: ``python -m generator {inspect,generate,check,diff,fetch} ...``.

Exit status: 0 success, 1 a check found differences, 2 bad input (with a
message saying which file, where, what is wrong and what to do).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import GeneratorError, shorten
from .pipeline import (
    DEFAULT_PATHS,
    DEFAULT_SPEC,
    GenerateOptions,
    Result,
    SpecOptions,
    check,
    generate,
    read_api,
)
from .state import IR_SNAPSHOT, read_snapshot
from .write import TreeDiff

if TYPE_CHECKING:
    from .ir import Api

#: Where ``fetch`` (``make update-spec``) puts a new upstream spec; git ignores it.
UPSTREAM_COPY = "spec/upstream/openai-openapi.yaml"


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
    except BrokenPipeError:  # the reader of our output went away (`... | head`)
        return 0
    except RecursionError:
        print(
            "error: an input (the spec or an overlay) nests more deeply than the generator can follow "
            "(Python's recursion limit)\n"
            "hint: look for a very deeply nested schema, document or chain of $refs",
            file=sys.stderr,
        )
        return 2
    except Exception as error:  # noqa: BLE001 - a bug; exit 1 would read as "differs" or "breaking"
        print(f"error: internal error: {_where(error)}: {type(error).__name__}: {shorten(error)}", file=sys.stderr)
        print("hint: this is a bug in the generator; please report it with the spec", file=sys.stderr)
        return 2


def _where(error: BaseException) -> str:
    """Where in the generator an unexpected exception was raised, as ``module.py:line``."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


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

    diff = commands.add_parser(
        "diff",
        help="report what changed between two specs, for users of the generated client",
        description="Compare the IRs built from two specs (or from a generated tree's .codegen/ir.json) "
        "and list operations, parameters, models, fields, enum values and union variants added, "
        "removed or changed, each classified as breaking or compatible. --overlay applies to NEW_SPEC.",
    )
    diff.add_argument("old", metavar="OLD_SPEC", help="the earlier spec, or a generated directory / ir.json")
    diff.add_argument("new", metavar="NEW_SPEC", help="the later spec, or a generated directory / ir.json")
    _add_selection_options(diff)
    diff.add_argument("--format", choices=("markdown", "json"), default="markdown", help="output format")
    diff.add_argument(
        "--fail-on-breaking", action="store_true", help="exit with status 1 when a breaking change is found"
    )
    diff.set_defaults(run=_diff)

    fetch = commands.add_parser(
        "fetch",
        help="copy or download a new upstream spec into spec/upstream/",
        description="Copy a spec file (or download it, from an http(s) URL) to DEST after checking "
        "that it parses as an OpenAPI document. DEST is git-ignored: generate from it with "
        "`make generate SPEC=DEST OVERLAY=spec/overlays/upstream-to-ours.yaml`.",
    )
    fetch.add_argument("source", metavar="PATH_OR_URL", help="a local file or an http(s) URL")
    fetch.add_argument("dest", nargs="?", default=UPSTREAM_COPY, help=f"where to put it (default: {UPSTREAM_COPY})")
    fetch.set_defaults(run=_fetch)
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="generated", help="output directory (default: generated)")
    parser.add_argument(
        "--package", default="openai_evals", help="Python package name (default: openai_evals)"
    )


def _add_spec_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", default=DEFAULT_SPEC, help=f"OpenAPI file, YAML or JSON (default: {DEFAULT_SPEC})")
    _add_selection_options(parser)


def _add_selection_options(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--overlay",
        dest="overlays",
        action="append",
        default=[],
        metavar="FILE",
        help="apply an OpenAPI Overlay 1.0 document to the spec before slicing (repeatable, in order)",
    )


def _spec_options(args: argparse.Namespace) -> SpecOptions:
    # Tags alone select by tag only; paths default to /evals when neither is given.
    paths = tuple(args.paths) if args.paths else (() if args.tags else DEFAULT_PATHS)
    return SpecOptions(
        spec=getattr(args, "spec", DEFAULT_SPEC),
        paths=paths,
        tags=tuple(args.tags),
        validate=args.validate,
        overlays=tuple(args.overlays),
    )


def _generate_options(args: argparse.Namespace) -> GenerateOptions:
    return GenerateOptions(spec=_spec_options(args), out=Path(args.out), package=args.package)


def _generate(args: argparse.Namespace) -> int:
    result = generate(_generate_options(args))
    if not result.files:
        print(f"{args.out}: up to date (version {result.version})")
        return 0
    print(f"{args.out}: {_diff_summary(result.files)}; version {result.version}")
    print(_api_summary(result))
    return 0


def _check(args: argparse.Namespace) -> int:
    result = check(_generate_options(args))
    if not result.files:
        print(f"{args.out}: up to date (version {result.version})")
        return 0
    diff = result.files
    print(f"{args.out} differs from what the spec and templates produce ({_diff_summary(diff)}):")
    for label, names in (("changed", diff.changed), ("missing", diff.added), ("unexpected", diff.removed)):
        for name in names:
            print(f"  {label}: {name}")
    print(_api_summary(result))
    print("run `make generate` to update it")
    return 1


def _diff(args: argparse.Namespace) -> int:
    from .diff import diff_apis, format_json, format_markdown

    selection = _spec_options(args)
    # Overlays correct the new (upstream) spec; the old one is taken as it is.
    old = _api_from(args.old, selection._replace(overlays=()))
    new = _api_from(args.new, selection)
    report = diff_apis(old, new)
    if args.format == "json":
        print(json.dumps(format_json(report), indent=2, ensure_ascii=False))
    else:
        title = f"## {args.old} -> {args.new}: {report.bump} ({len(report.breaking)} breaking, " + (
            f"{len(report.compatible)} compatible)"
        )
        print(format_markdown(report, title), end="")
    return 1 if args.fail_on_breaking and report.breaking else 0


def _fetch(args: argparse.Namespace) -> int:
    from .fetch import fetch_spec

    size = fetch_spec(args.source, Path(args.dest))
    print(f"{args.dest}: {size} bytes from {args.source}")
    print(f"next: make generate SPEC={args.dest} OVERLAY=spec/overlays/upstream-to-ours.yaml")
    return 0


def _api_from(path: str, selection: SpecOptions) -> Api:
    """A spec's IR, or the IR a generated tree recorded (a directory or its .codegen/ir.json)."""
    candidate = Path(path)
    if candidate.is_dir():
        api = read_snapshot(candidate / IR_SNAPSHOT)
        if api is None:
            raise GeneratorError(
                f"{candidate} holds no IR snapshot this generator can read ({IR_SNAPSHOT})",
                hint="regenerate that tree, or compare the specs themselves",
            )
        return api
    if candidate.suffix == ".json":
        api = read_snapshot(candidate)  # a snapshot, or else a spec in JSON
        if api is not None:
            return api
    return read_api(selection._replace(spec=path))


def _api_summary(result: Result) -> str:
    if result.first:
        return "first generation: see CHANGELOG.md"
    report = result.report
    if report is None or report.bump == "none":
        return "the API did not change"
    return (
        f"the API changed: {len(report.breaking)} breaking, "
        f"{len(report.compatible)} compatible change(s) -> {report.bump} version bump; "
        "see CHANGELOG.md"
    )


def _diff_summary(diff: TreeDiff) -> str:
    parts = [f"{len(diff.changed)} changed", f"{len(diff.added)} added", f"{len(diff.removed)} removed"]
    return ", ".join(parts)


def _inspect(args: argparse.Namespace) -> int:
    from .irjson import api_summary, api_to_json

    api = read_api(_spec_options(args))
    if args.json:
        print(json.dumps(api_to_json(api), indent=2, ensure_ascii=False))
    else:
        print(api_summary(api), end="")
    return 0
