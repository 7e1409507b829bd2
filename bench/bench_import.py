"""Section import: cold import cost of the generated package vs the official SDK.

Each figure is the wall time of a fresh ``python -c "import X"`` minus the wall
time of a fresh ``python -c pass`` (the bare interpreter start, including
site-packages' .pth files), medians over many interleaved runs. Both run with
the same environment (generated/ on PYTHONPATH) and with warm .pyc files (an
untimed round first). Measured:

  import openai_evals.models             the models package (submodules load lazily)
  ... + touch every name in __all__      the honest "everything loaded" figure
  import openai_evals                    the package, client included
  import openai                          the official SDK (the peer)

Plus: does ``import openai_evals`` pull in httpx (and which heavy modules)?
"""

from __future__ import annotations

import json
from typing import Any

from _common import (
    PYTHON,
    ROOT,
    fmt_ratio,
    fmt_time,
    heading,
    interleaved_commands,
    note,
    python_env,
    run_timed,
    safe_div,
    section_main,
    table,
    target_line,
)

TARGET = 0.1

_TOUCH_ALL = "import openai_evals.models as m\nfor n in m.__all__: getattr(m, n)"

_PROBE = r"""
import json, sys
before = set(sys.modules)
import {module}
{extra}
loaded = sorted(set(sys.modules) - before)
heavy = [m for m in ("httpx", "httpx2", "httpcore", "anyio", "pydantic", "ssl", "asyncio", "typing_extensions",
                     "openai") if m in sys.modules]
print(json.dumps({{"count": len(loaded), "heavy": heavy}}))
"""


def run(quick: bool) -> None:
    heading(
        "import",
        "cold import in a fresh interpreter, minus bare interpreter start (python -c pass)",
    )
    env = python_env()
    commands = {
        "python -c pass (bare start)": [PYTHON, "-c", "pass"],
        "import openai (peer)": [PYTHON, "-c", "import openai"],
        "import openai_evals.models": [PYTHON, "-c", "import openai_evals.models"],
        "import openai_evals.models + every name in __all__": [PYTHON, "-c", _TOUCH_ALL],
        "import openai_evals": [PYTHON, "-c", "import openai_evals"],
    }
    client_line = "import openai_evals; openai_evals.Client"
    _, probe = run_timed([PYTHON, "-c", client_line], env=env, cwd=ROOT, check=False)
    has_client = probe.returncode == 0
    if has_client:
        commands["import openai_evals + touch Client"] = [PYTHON, "-c", client_line]
    reps = 10 if quick else 40
    result = interleaved_commands(commands, reps, env=env, cwd=ROOT)
    bare = result["python -c pass (bare start)"]
    peer = result["import openai (peer)"]
    modules = {
        "import openai (peer)": _probe("openai", "", env),
        "import openai_evals.models": _probe("openai_evals.models", "", env),
        "import openai_evals.models + every name in __all__": _probe(
            "openai_evals.models",
            "for n in openai_evals.models.__all__: getattr(openai_evals.models, n)",
            env,
        ),
        "import openai_evals": _probe("openai_evals", "", env),
    }
    if has_client:
        modules["import openai_evals + touch Client"] = _probe(
            "openai_evals", "openai_evals.Client", env
        )
    print(f"  {reps} interleaved fresh-process runs each")
    rows = []
    for name, s in result.items():
        if s is bare:
            rows.append([name, fmt_time(s.median), fmt_time(s.min), "-", "-", "-", ""])
            continue
        info = modules.get(name, {})
        rows.append(
            [
                name,
                fmt_time(s.median),
                fmt_time(s.min),
                fmt_time(s.minus(bare)),
                fmt_ratio(safe_div(s.minus(bare), peer.minus(bare))),
                str(info.get("count", "")),
                ", ".join(info.get("heavy", [])),
            ]
        )
    table(
        [
            "",
            "wall median",
            "wall min",
            "import cost",
            "vs openai",
            "new modules",
            "heavy modules loaded",
        ],
        rows,
    )
    imports_httpx = "httpx" in modules["import openai_evals"]["heavy"]
    note(f"`import openai_evals` imports httpx: {'yes' if imports_httpx else 'no'}")
    if not has_client:
        note(
            "openai_evals.Client not available yet: `import openai_evals` is measured without a client"
        )
    models = result["import openai_evals.models"]
    package = result["import openai_evals"]
    target_line(
        "import openai_evals.models / import openai",
        safe_div(models.minus(bare), peer.minus(bare)),
        "<=",
        TARGET,
    )
    target_line(
        "import openai_evals / import openai",
        safe_div(package.minus(bare), peer.minus(bare)),
        "<=",
        TARGET,
    )
    everything = result["import openai_evals.models + every name in __all__"]
    print(
        f"  (info) every model loaded / import openai: "
        f"{fmt_ratio(safe_div(everything.minus(bare), peer.minus(bare)))}"
    )


def _probe(module: str, extra: str, env: dict[str, str]) -> dict[str, Any]:
    _, proc = run_timed(
        [PYTHON, "-c", _PROBE.format(module=module, extra=extra)], env=env, cwd=ROOT
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    section_main(run, __doc__)
