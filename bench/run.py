"""Run the benchmark suite: ``python bench/run.py [--quick] [section ...]``.

Sections (default: all, in this order): ir, models, import, client, generate.
Each prints a table and one TARGET line per target, with the ratio against a
peer measured in the same run and "met" / "NOT met". The exit status is 0 even
when a target is missed or a section cannot run (it then says why). See
bench/README.md for what each section measures and how to read it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Skip, machine_line

SECTIONS = {
    "ir": "bench_ir",
    "models": "bench_models",
    "import": "bench_import",
    "client": "bench_client",
    "generate": "bench_generate",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmarks of openai-evals-codegen against peers, as ratios."
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions (the whole suite in about 2 minutes)",
    )
    parser.add_argument(
        "sections",
        nargs="*",
        metavar="section",
        help=f"sections to run (default: all): {', '.join(SECTIONS)}",
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.sections if name not in SECTIONS]
    if unknown:
        parser.error(
            f"unknown section(s): {', '.join(unknown)} (choose from {', '.join(SECTIONS)})"
        )
    chosen = args.sections or list(SECTIONS)
    print(
        f"openai-evals-codegen benchmarks ({'quick' if args.quick else 'full'}): {', '.join(chosen)}"
    )
    print(machine_line())
    start = time.perf_counter()
    for name in chosen:
        section_start = time.perf_counter()
        try:
            module = importlib.import_module(SECTIONS[name])
            module.run(args.quick)
        except Skip as skip:
            print(f"  skipped: {skip}")
        except KeyboardInterrupt:
            print("\ninterrupted")
            return 130
        except Exception:  # noqa: BLE001 - one broken section must not hide the others
            print(f"  section {name} failed:")
            print("    " + traceback.format_exc().strip().replace("\n", "\n    "))
        print(f"  ({name}: {time.perf_counter() - section_start:.0f} s)")
    print()
    print(f"done in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
