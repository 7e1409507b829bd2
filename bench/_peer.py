"""The bench-only peer environment: ``bench/.venv-peer`` with openapi-python-client.

Created on first use with ``python -m venv`` and ``pip install openapi-python-client``
(git-ignored, never part of the project's dependencies). When it cannot be
created (no network, no registry) the caller prints "peer unavailable" and goes on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _common import BENCH, PYTHON

PEER_VENV = BENCH / ".venv-peer"
PEER_PACKAGE = "openapi-python-client"


def _bin(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return PEER_VENV / folder / f"{name}{suffix}"


def peer_command() -> tuple[list[str], dict[str, str]] | str:
    """``(argv prefix, env)`` to run openapi-python-client, or a reason it is unavailable.

    The env puts the peer venv's bin/ first on PATH: openapi-python-client runs
    ``ruff`` (its own dependency) as a post-generation hook.
    """
    tool = _bin("openapi-python-client")
    if not tool.exists():
        print(
            f"  installing {PEER_PACKAGE} into {PEER_VENV} (first use only) ...",
            flush=True,
        )
        try:
            if not _bin("python").exists():
                subprocess.run(
                    [PYTHON, "-m", "venv", str(PEER_VENV)],
                    check=True,
                    capture_output=True,
                    text=True,
                )
            subprocess.run(
                [
                    str(_bin("python")),
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    PEER_PACKAGE,
                ],
                check=True,
                capture_output=True,
                text=True,
                timeout=600,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", None) or str(exc)
            return f"cannot install {PEER_PACKAGE}: {str(detail).strip().splitlines()[-1] if detail else exc}"
        if not tool.exists():
            return f"{PEER_PACKAGE} installed but {tool} is missing"
    env = dict(os.environ)
    env["PATH"] = str(tool.parent) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # same as our side: .pyc files are written and reused
    return [str(tool)], env


def peer_version() -> str:
    try:
        out = subprocess.run(
            [
                str(_bin("python")),
                "-c",
                "import importlib.metadata as m; print(m.version('openapi-python-client'))",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()
    except (subprocess.CalledProcessError, OSError):
        return "?"


if __name__ == "__main__":
    found = peer_command()
    print(found if isinstance(found, str) else f"peer: {found[0][0]} {peer_version()}")
    sys.exit(0)
