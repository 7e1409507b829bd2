"""generator.verify: the compile check and the import check's separate interpreter."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import generator.verify
from generator.errors import GeneratorError
from generator.verify import ImportCheck, compile_files

GOLDEN = Path(__file__).resolve().parents[1] / "generated"


def test_compile_files_names_the_file_and_line() -> None:
    compile_files({"pkg/ok.py": "x = 1\n", "README.md": "not python ("})
    with pytest.raises(GeneratorError, match=r"pkg/bad\.py does not compile: .* \(line 2\)"):
        compile_files({"pkg/bad.py": "x = 1\nreturn x\n"})


def test_imports_the_changed_modules_of_a_package() -> None:
    with ImportCheck("openai_evals") as check:
        check.run(GOLDEN, ["openai_evals/models/eval.py", "openai_evals/_client.py"])


def test_a_module_that_fails_to_import_is_reported(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "models" / "__init__.py").write_text("_MODULE_OF = {}\n")
    (package / "models" / "broken.py").write_text("raise RuntimeError('broken at import')\n")
    with (
        ImportCheck("pkg") as check,
        pytest.raises(GeneratorError, match="does not import: RuntimeError: broken at import"),
    ):
        check.run(tmp_path, ["pkg/models/broken.py"])
    assert check.process is not None and check.process.returncode is not None


def _package_with_table(root: Path) -> None:
    """``pkg`` whose models table names a module that is not there."""
    models = root / "pkg" / "models"
    models.mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("")
    (models / "__init__.py").write_text("_MODULE_OF = {'Eval': 'eval', 'Gone': 'gone'}\n")
    (models / "eval.py").write_text("class Eval:\n    pass\n")


@pytest.mark.parametrize(
    ("changed", "removed"),
    [
        (None, None),  # a first generation checks everything
        (["pkg/models/__init__.py"], None),  # the table changed
        (["pkg/models/eval.py"], ["pkg/models/gone.py"]),  # a module it may name went away
    ],
)
def test_the_models_table_is_checked_when_it_or_the_modules_may_have_changed(
    tmp_path: Path, changed: list[str] | None, removed: list[str] | None
) -> None:
    _package_with_table(tmp_path)
    with (
        ImportCheck("pkg") as check,
        pytest.raises(GeneratorError, match="does not import: ImportError: Gone: no module gone"),
    ):
        check.run(tmp_path, changed, removed=removed)


def test_an_unchanged_models_table_is_not_checked_again(tmp_path: Path) -> None:
    # It was checked when it was written, against files that are all still there.
    _package_with_table(tmp_path)
    with ImportCheck("pkg") as check:
        check.run(tmp_path, ["pkg/models/eval.py"])
    assert check.process is not None and check.process.returncode == 0


def test_a_large_request_and_a_chatty_interpreter_do_not_block_each_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The request (over the 64 KiB a pipe holds) and 200 KB on stderr before the child
    # reads it: writing the request must not wait for a reader that waits for us.
    chatty = "import sys; sys.stderr.write('x' * 200_000); sys.stderr.flush()\n"
    monkeypatch.setattr(generator.verify, "_IMPORT_SCRIPT", chatty + generator.verify._IMPORT_SCRIPT)
    check = ImportCheck("openai_evals")
    changed = ["openai_evals/models/eval.py"] * 3000
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            check.run(GOLDEN, changed)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=100)
    check.close()
    assert not worker.is_alive(), "the import check blocked"
    assert outcome == [None]


def test_close_stops_an_interpreter_that_was_never_asked() -> None:
    check = ImportCheck("openai_evals")
    check.start()
    check.close()
    assert check.process is not None and check.process.returncode is not None
    assert check.process.stdout is not None and check.process.stdout.closed
