"""``python -m generator fetch``: bring a new upstream spec into the checkout.

The file is read (or downloaded), checked to be an OpenAPI 3 document, and only
then written, atomically, so a failed download never replaces a good copy.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from .errors import GeneratorError, Location, read_input
from .load import parse_document
from .write import replace_file

MAX_BYTES = 64 * 1024 * 1024
TIMEOUT_SECONDS = 60


def fetch_spec(source: str, dest: Path) -> int:
    """Copy or download ``source`` to ``dest``; returns the number of bytes written."""
    if source.startswith(("http://", "https://")):
        data = _download(source)
    else:
        data = read_input(source, "the spec", "give the path of a spec file or an http(s) URL")
    document = parse_document(data, source)
    version = str(document.data.get("openapi", ""))
    if not version.startswith("3."):
        raise GeneratorError(
            f"not an OpenAPI 3 document (openapi: {version or 'missing'})",
            location=Location(source),
            hint="fetch the OpenAPI document itself, e.g. openapi.yaml from openai/openai-openapi",
        )
    try:
        replace_file(dest, data)
    except OSError as error:
        raise GeneratorError(
            f"cannot write {dest}: {error.strerror or error}",
            location=Location(str(dest)),
            hint="give a destination in a directory you can write to",
        ) from None
    return len(data)


def _download(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError) as error:
        raise GeneratorError(
            f"cannot download {url}: {getattr(error, 'reason', error)}",
            location=Location(url),
            hint="check the URL and the network; or download it yourself and pass the file's path",
        ) from None
    if len(data) > MAX_BYTES:
        raise GeneratorError(f"{url} is larger than {MAX_BYTES // (1024 * 1024)} MB", location=Location(url))
    return data
