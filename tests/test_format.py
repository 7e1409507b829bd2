"""generator.format: black's output, its cache, and the strings set aside while black runs."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import black
import pytest

from generator import format as fmt
from generator.escape import docstring, string_literal
from generator.format import CACHE_ENV, format_files
from generator.pysource import STRING_OR_COMMENT

ROOT = Path(__file__).resolve().parents[1]
SOURCE = {"pkg/a.py": "x = {  'a':1 }\n", "pkg/b.py": "def f( y ):\n  return y\n", "README.md": "x = { }\n"}
FORMATTED = {"pkg/a.py": 'x = {"a": 1}\n', "pkg/b.py": "def f(y):\n    return y\n", "README.md": "x = { }\n"}

_FRESH_RUN = """
import json, sys
from generator.format import format_files
result = format_files(json.loads(sys.argv[1]))
print(json.dumps({"result": result, "black imported": "black" in sys.modules}))
"""


def _format_in_fresh_process(cache: Path, files: dict[str, str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _FRESH_RUN, json.dumps(files)],
        env={CACHE_ENV: str(cache), "PATH": ""},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_python_files_are_formatted_and_others_left_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert format_files(SOURCE) == FORMATTED


def test_black_is_imported_only_when_a_file_misses_the_cache(tmp_path: Path) -> None:
    first = _format_in_fresh_process(tmp_path, SOURCE)
    assert first == {"result": FORMATTED, "black imported": True}
    second = _format_in_fresh_process(tmp_path, SOURCE)
    assert second == {"result": FORMATTED, "black imported": False}
    changed = dict(SOURCE, **{"pkg/b.py": "y = ( 1 )\n"})
    third = _format_in_fresh_process(tmp_path, changed)
    assert third == {"result": dict(FORMATTED, **{"pkg/b.py": "y = 1\n"}), "black imported": True}


# ---- strings set aside: a docstring or same-length literal edit is a cache hit ----------------


MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=fmt.LINE_LENGTH)

#: Awkward text for docstrings and literals: quotes, backslashes, spaces where black strips
#: them, tabs, wide and invisible characters, text that would end a docstring early.
_PIECES = (
    "word", "other", "x" * 95, " ", "  ", "\n", "\n\n", "\n  indented", '"', "'", '"""', "\\",
    "\\n", "\t", "\u00e9", "\u4e2d\u6587", "\u00a0", "\u200b", "end.", "(", ")", "#", "``code``",
)


#: What most descriptions are made of.
_PROSE = ("word", "other", "x" * 95, " ", "\n", "\n\n", "\n  indented", "'", "\u00e9", "\u4e2d\u6587", "end.", "``code``")


def _text(rng: random.Random, short: bool = False) -> str:
    if short:
        return "".join(rng.choices(("a", "b c", " ", "-", "\u00e9", '"', "\\"), k=rng.randint(0, 6)))
    return "".join(rng.choices(_PROSE if rng.random() < 0.6 else _PIECES, k=rng.randint(1, 12)))


def _source(rng: random.Random) -> str:
    """A module in the shape the templates write, with random docstrings and literals."""
    def doc(indent: int) -> str:
        return docstring(_text(rng), indent, fallback="Fallback.")

    def lit() -> str:
        return string_literal(_text(rng, short=rng.random() < 0.8))

    return (
        f"{doc(0)}\n\nfrom typing import Literal\n\nVERSION = {lit()}\n\n\n"
        f"class A:\n    {doc(4)}\n\n    kind: Literal[{lit()}] = {lit()}\n    {doc(4)}\n"
        f"    names: list[str] = [{lit()}, {lit()}, {lit()}]\n    {doc(4)}\n\n"
        f"    def method(self, value: str = {lit()}) -> dict[str, str]:\n        {doc(8)}\n"
        f"        return {{{lit()}: value, {lit()}: self.kind, {lit()}: {lit()} + {lit()}}}\n"
    )


_PLAIN = "".join(c for c in map(chr, range(32, 127)) if c not in "\"'\\")


def _another(rng: random.Random, item: Any) -> Any:
    """Another string that can be set aside in the place of ``item``: same stand-in."""
    if item.column is None:
        content = "".join(rng.choice(_PLAIN) for _ in range(len(item.value) - 2))
        return item._replace(value=f'"{content}"')
    for _ in range(50):
        value = docstring(_text(rng), item.column)
        if fmt._kept_by_black(value, item.column):
            return item._replace(value=value)
    return item


def _with_strings(abstract: Any, aside: list[Any]) -> str:
    """The abstract text with each stand-in replaced by the string set aside in ``aside``, in
    the stand-in's quotes (what the renderer would have written)."""
    by_position = {item.position: item for item in aside}
    pieces: list[str] = []
    done = index = 0
    for match in STRING_OR_COMMENT.finditer(abstract.text):
        if match.group()[0] == "#":
            continue
        if index in by_position:
            item, quote = by_position[index], match.group()[0]
            pieces += (abstract.text[done : match.start()], item.value if item.column else quote + item.value[1:-1] + quote)
            done = match.end()
        index += 1
    return "".join(pieces) + abstract.text[done:]


def _no_black(*args: object) -> object:
    raise AssertionError("black was run")


def test_strings_set_aside_come_back_exactly_as_black_prints_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    rng = random.Random(20261204)
    aside = {"literal": 0, "docstring": 0, "docstring of several lines": 0, "edits": 0}
    for _ in range(30):
        source = _source(rng)
        assert format_files({"m.py": source}) == {"m.py": black.format_str(source, mode=MODE)}
        # Every string set aside replaced by another with the same stand-in: black's output
        # for the stand-ins is cached, so the file is formatted without black.
        abstract = fmt._set_aside(source)
        for item in abstract.aside:
            kind = "literal" if item.column is None else "docstring of several lines" if "\n" in item.value else "docstring"
            aside[kind] += 1
        edited = _with_strings(abstract, [_another(rng, item) for item in abstract.aside])
        assert fmt._set_aside(edited).text == abstract.text
        aside["edits"] += edited != source
        with monkeypatch.context() as patch:
            patch.setattr(fmt, "_format_all", _no_black)
            assert format_files({"m.py": edited}) == {"m.py": black.format_str(edited, mode=MODE)}
    assert min(aside.values()) >= 20  # each kind was set aside, not only left to black


def test_a_docstring_edit_needs_no_black(tmp_path: Path) -> None:
    def module(description: str, version: str) -> str:
        return (
            f'"""Models."""\n\n__version__ = {string_literal(version)}\n\n\nclass Grader:\n'
            f"    {docstring(description, 4)}\n\n    name: str\n    {docstring(description * 2, 4)}\n"
        )

    before = module("A grader that checks a string, with words enough for two lines. " * 3, "1.0.9")
    after = module("A grader.\n\nIt now has\n    an indented line and a quote in 'it'.", "1.0.8")
    assert fmt._set_aside(before).text == fmt._set_aside(after).text
    assert _format_in_fresh_process(tmp_path, {"m.py": before})["black imported"] is True
    second = _format_in_fresh_process(tmp_path, {"m.py": after})
    assert second == {"result": {"m.py": black.format_str(after, mode=MODE)}, "black imported": False}
    # A literal of another length changes the layout black may choose: it is formatted.
    longer = module("A grader.", "1.0.10")
    assert _format_in_fresh_process(tmp_path, {"m.py": longer})["black imported"] is True


@pytest.mark.parametrize(
    "source",
    [
        'f(\n    """Argument."""\n)\n',  # inside brackets: black may join the lines
        'x = """Assigned."""\n',  # not first on its line: the length decides the layout
        'class A:\n    """Called.""".strip()\n',  # not last on its line
        'class A:\n    r"""Raw."""\n',  # a prefix
        "class A:\n    'Single quotes.'\n",  # a docstring black would requote
        'class A:\n    """ Leading space."""\n',  # black strips it
        'class A:\n    """Two\n  lines, the second indented less."""\n',  # black re-indents it
        'class A:\n    """Closing quotes that would go past the line length."""\n'.replace(
            "length", "length " + "x" * 60 + "\n   "
        ),
        "x = [f'{y}']\n",  # a prefix
        "x = [\"it's\"]\n",  # a quote inside
        "x = ['\\t']\n",  # a backslash
        "x = ['\u00e9']\n",  # not ASCII: black measures width, not length
        "'''A docstring in single quotes.'''\n",
        # After a block's colon, a semicolon, or only whitespace, a string can be a docstring,
        # which black strips (found by a reviewer's fuzzing).
        'def f(): " x "\n',
        'class A: " x "\n',
        'x = 1; " x "\n',
        'def f():\n\t" x "\n',
        '\x0c" x "\n',
        'def f():\r    " x "\r',
        'f = lambda: " x "\n',
    ],
)
def test_strings_black_may_treat_by_their_content_are_not_set_aside(source: str) -> None:
    compile(source, "<test>", "exec")
    assert fmt._set_aside(source).aside == []


def test_what_is_set_aside_and_what_stands_in() -> None:
    source = 'class A:\n    """Doc\n    string.\n    """\n\n    x: str = call(\'a b\', "c")\n    """Field."""\n'
    abstract = fmt._set_aside(source)
    assert abstract.text == 'class A:\n    """_"""\n\n    x: str = call(\'___\', "_")\n    """_"""\n'
    assert [(a.position, a.value, a.column) for a in abstract.aside] == [
        (0, '"""Doc\n    string.\n    """', 4),
        (1, '"a b"', None),
        (2, '"c"', None),
        (3, '"""Field."""', 4),
    ]
    assert abstract.literals == 4


def test_black_reads_the_real_text_when_it_cannot_read_the_stand_ins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As with an f-string that reuses its quotes (Python 3.12), which the scanner splits.
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    source = 'x = ["a b"]\n'
    monkeypatch.setattr(fmt, "_set_aside", lambda text: fmt._Abstract('x = ["a b"\n', [], 1))
    assert format_files({"m.py": source}) == {"m.py": black.format_str(source, mode=MODE)}


def test_a_stand_in_black_did_not_keep_in_place_sends_the_file_to_black() -> None:
    source = 'class A:\n    """Doc."""\n\n    x = ["a", "b"]\n'
    abstract = fmt._set_aside(source)
    formatted = black.format_str(abstract.text, mode=MODE)
    assert fmt._put_back(formatted, abstract) == black.format_str(source, mode=MODE)
    assert fmt._put_back(formatted.replace('    """_"""', '        """_"""'), abstract) is None
    assert fmt._put_back(formatted.replace('"_"', '"__"'), abstract) is None
    assert fmt._put_back(formatted.replace(', "_"', ""), abstract) is None
    assert fmt._put_back(formatted + 'y = "extra"\n', abstract) is None


# ---- top-level pieces: formatted one by one, joined as black joins them ----------------------

_STATEMENTS = (
    "x = 1\n", "y: int = 2  # note\n", "# a comment\n", "# two\n# lines\n", "@dataclass\n",
    "@dataclass(\n    slots=True,\n    kw_only=True\n)\n", "@decorator\n# inner comment\n",
    "class A:\n    pass\n", 'class B(Base):\n    """Doc."""\n',
    'class C:\n    """Doc\n\n    more.\n    """\n\n    x: int = 1\n\n    def m(self) -> None:\n        return None\n',
    "def f(): ...\n", "def g(a, b):\n    return a + b\n", "async def h():\n    await x\n",
    "if TYPE_CHECKING:\n    from x import y\n", "from typing import Any\n", "T = dict[\n    str, int\n]\n",
    "S = '''\nclass Z:\n    pass\n'''\n", "z = [\n    1,\n\n    2,\n]\n", "class D: x = 1\n",
    "def very_long_function_name(argument_one, argument_two, argument_three, argument_four): pass\n",
)


def test_a_file_formats_piece_by_piece_exactly_as_black_formats_it_whole() -> None:
    rng = random.Random(20261204)
    cut = 0
    for _ in range(60):
        parts = ['"""Module."""\n'] if rng.random() < 0.5 else []
        for _ in range(rng.randint(1, 12)):
            parts += ["\n" * rng.choice((0, 1, 1, 2, 3)), rng.choice(_STATEMENTS)]
        source = "".join(parts)
        try:
            expected = black.format_str(source, mode=MODE)
        except black.parsing.InvalidInput:
            continue  # a decorator over something it cannot decorate
        pieces = fmt._pieces(source)
        cut += len(pieces) > 1
        assert "\n\n".join(black.format_str(piece, mode=MODE) for piece in pieces) == expected, source
    assert cut >= 20


@pytest.mark.parametrize(
    "source",
    [
        "@decorator\n\nclass A:\n    pass\n",  # black removes the blank line under a decorator
        "@dataclass(\n    slots=True,\n)\n\nclass A:\n    pass\n",
        "x = (a\n\n@ b)\n",  # inside brackets (a matrix product)
        "x = '''\n\nclass A:\n    pass\n'''\n",  # inside a string
        "x = 1\n# about A\nclass A:\n    pass\n",  # no blank line: the comment belongs to A
        "x = 1\n\n# fmt: off\nclass A:\n    pass\n",  # directives span statements
        "x = 1\r\n\r\nclass A:\r\n    pass\r\n",
        # Found by a reviewer's fuzzing:
        "x = 1\n\n# yapf: disable\n@dec\ndef f( ):\n    pass\n\ndef g( ):\n    pass\n",  # as fmt: off
        '"""Doc.""";\n\n@dec\ndef f():\n    pass\n',  # a decorator right under the module docstring
        "",
        "   ",
    ],
)
def test_no_cut_where_black_may_not_put_two_blank_lines(source: str) -> None:
    compile(source, "<test>", "exec")
    assert fmt._pieces(source) == [source]


def test_lines_end_where_python_ends_them() -> None:
    # str.splitlines breaks at U+2028 too: the cut would land inside the class.
    source = 'class A:\n    x = "a\u2028b"\n\n    y = 2\n\n\nclass B:\n    pass\n'
    assert fmt._pieces(source) == ['class A:\n    x = "a\u2028b"\n\n    y = 2\n', "class B:\n    pass\n"]


def test_a_cut_before_each_top_level_definition_after_a_blank_line() -> None:
    source = '"""Doc."""\n\nimport x\n\n\n@dataclass\nclass A:\n    pass\n\nX = 1\n\ndef f():\n    pass\n'
    assert fmt._pieces(source) == ['"""Doc."""\n\nimport x\n', "@dataclass\nclass A:\n    pass\n\nX = 1\n", "def f():\n    pass\n"]
