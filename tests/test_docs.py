"""The documentation cannot drift from the code.

- Every ```python block of a hand-written page in docs/ runs, in page order, in one fresh Python
  session per page (as a reader's), in a fresh folder holding a copy of the repository's corpus/
  and lexicons/; a ```text block right after it is the stdout it must print (doctest rules:
  ``...`` matches anything).
- Every ```console block runs: ``$ command`` lines go to bash (``govtext`` and ``python`` are this
  checkout's), the lines after each are its expected output. ```bash and ```py blocks are shown,
  never run (installation commands; code that needs a cluster of machines).
- Generated pages (scripts/gen_docs.py) are up to date; every CLI command and public name is in them.
- mkdocs.yml lists every page, and ``mkdocs build --strict`` passes.
"""
from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "scripts"))
import gen_docs  # noqa: E402

GENERATED = set(gen_docs.generated())
PAGES = sorted(p.name for p in DOCS.glob("*.md"))
HAND_PAGES = [p for p in PAGES if p not in GENERATED]
CHECKER = doctest.OutputChecker()
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^`\n]*)$")


@dataclass
class Block:
    lang: str
    code: str
    line: int
    output: str | None = None


def blocks(markdown: str) -> list[Block]:
    """Fenced blocks of a page; a ```text block right after a ```python block is its output."""
    found: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    last_end = -2
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            if lines[i].strip():
                last_end = -2
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        lang = (m["info"].strip().split() or [""])[0].strip("{}.")
        body, j = [], i + 1
        while j < len(lines) and lines[j].strip() != fence:
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j])
            j += 1
        code = "\n".join(body) + "\n"
        if lang == "text" and found and found[-1].lang == "python" and last_end == i - 1 and found[-1].output is None:
            found[-1].output = code
        else:
            found.append(Block(lang, code, i + 1))
        last_end = j
        i = j + 1
        while i < len(lines) and not lines[i].strip():  # blank lines keep "right after"
            last_end = i
            i += 1
    return found


def workdir(tmp_path: Path) -> Path:
    """A folder that looks like the repository root to the examples, with shims on PATH."""
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "lexicons", tmp_path / "lexicons")
    bindir = tmp_path / ".bin"
    bindir.mkdir()
    for name, cmd in (("govtext", f'"{sys.executable}" -m govtext'), ("python", f'"{sys.executable}"')):
        shim = bindir / name
        shim.write_text(f'#!/bin/sh\nexec {cmd} "$@"\n', encoding="utf-8")
        shim.chmod(0o755)
    return tmp_path


def console_steps(code: str) -> list[tuple[str, str]]:
    """``[(command, expected output)]`` of a ```console block."""
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return [(cmd, "\n".join(out).strip("\n") + "\n" if any(out) else "") for cmd, out in steps]


def check_output(where: str, expected: str, got: str) -> None:
    if not CHECKER.check_output(expected, got, FLAGS):
        raise AssertionError(f"{where}: output differs\n--- expected\n{expected}--- got\n{got}")


# A reader's Python session: a fresh interpreter that runs the blocks sent on its stdin (one JSON
# line each) in one namespace, and answers each with one marked JSON line: the block's stdout and
# its traceback, if any.
MARK = "@@govtext-docs@@"
SESSION = r"""
import contextlib, io, json, sys, traceback
namespace, reply = {"__name__": "__main__"}, sys.stdout
for line in sys.stdin:
    code, where = json.loads(line)
    out, error = io.StringIO(), None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, where, "exec"), namespace)
    except BaseException:
        error = traceback.format_exc()
    reply.write("%s" + json.dumps({"stdout": out.getvalue(), "error": error}) + "\n")
    reply.flush()
""" % MARK


class Session:
    def __init__(self, work: Path, env: dict):
        self.proc = subprocess.Popen([sys.executable, "-c", SESSION], cwd=work, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8")

    def run(self, code: str, where: str) -> dict:
        import json

        self.proc.stdin.write(json.dumps([code, where]) + "\n")
        self.proc.stdin.flush()
        for line in self.proc.stdout:
            if line.startswith(MARK):
                return json.loads(line[len(MARK):])
        raise AssertionError(f"{where}: the Python session died (exit code {self.proc.wait()})")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


@pytest.mark.parametrize("page", HAND_PAGES)
def test_page_examples_run(page, tmp_path):
    work = workdir(tmp_path)
    pythonpath = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PATH": f"{work / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": pythonpath, "MPLBACKEND": "Agg", "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    session = None
    try:
        for block in blocks((DOCS / page).read_text(encoding="utf-8")):
            where = f"docs/{page}:{block.line}"
            if block.lang == "python":
                session = session or Session(work, env)
                result = session.run(block.code, where)
                assert result["error"] is None, f"{where}:\n{result['error']}"
                if block.output is not None:
                    check_output(where, block.output, result["stdout"])
            elif block.lang == "console":
                for cmd, expected in console_steps(block.code):
                    run = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, text=True, timeout=300)
                    assert run.returncode == 0, f"{where}: `{cmd}` failed\n{run.stdout}"
                    check_output(f"{where} `{cmd}`", expected, run.stdout)
    finally:
        if session is not None:
            session.close()


def test_block_parser_pairs_code_with_its_output():
    page = "Text\n\n```python\nprint(1)\n```\n\n```text\n1\n```\n\n```bash\nmake test\n```\n"
    found = blocks(page)
    assert [(b.lang, b.output) for b in found] == [("python", "1\n"), ("bash", None)]
    assert blocks("```python\nx = 1\n```\n\nprose\n\n```text\nnot output\n```\n")[0].output is None


def test_console_steps_split_commands_from_output():
    assert console_steps("$ echo a\na\n$ true\n") == [("echo a", "a\n"), ("true", "")]


def test_generated_pages_are_up_to_date():
    stale = gen_docs.stale(gen_docs.generated())
    assert not stale, f"stale generated docs {stale}: run `python scripts/gen_docs.py`"


def test_every_cli_command_is_documented():
    _group, _ctx, commands = gen_docs.cli_commands()
    cli = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [name for name, _ in commands if f"\n## govtext {name}\n" not in cli]
    assert commands and not missing, f"commands missing from docs/cli.md: {missing}; run `python scripts/gen_docs.py`"


def test_every_public_name_is_documented():
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    missing = [n for n in gen_docs.public_names() if f"\n## `govtext.{n}`\n" not in api]
    assert not missing, f"public names missing from docs/api.md: {missing}; run `python scripts/gen_docs.py`"


def test_every_fact_kind_has_a_reference_section_and_schema():
    from govtext.records import FACT_KINDS

    facts = (DOCS / "facts.md").read_text(encoding="utf-8")
    assert all(f"\n## {kind}\n" in facts for kind in FACT_KINDS)
    assert (DOCS / "schema" / "fact.json").exists() and (DOCS / "schema" / "document.json").exists()


def test_every_record_field_has_a_description():
    from govtext.records import FACT_MODELS, Document, Paragraph, Region, Section, Sentence, Span

    models = [*FACT_MODELS.values(), Document, Region, Section, Paragraph, Sentence, Span]
    missing = [f"{m.__name__}.{name}" for m in models for name, info in m.model_fields.items()
               if not (info.description or gen_docs._inherited_description(m, name))]
    assert not missing, f"describe these fields in src/govtext/records.py (docs/facts.md shows them): {missing}"


def nav_pages(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in nav_pages(v)]
    return [p for item in nav for p in nav_pages(item)]


def test_nav_lists_every_page():
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = nav_pages(config["nav"])
    assert sorted(listed) == PAGES, "mkdocs.yml nav and docs/*.md differ"


def test_mkdocs_build_strict(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "site" / "index.html").exists()


def test_session_reports_output_and_errors(tmp_path):
    session = Session(tmp_path, {**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        assert session.run("x = 6\nprint(x * 7)", "a") == {"stdout": "42\n", "error": None}
        failed = session.run("print(x)\n1 / 0", "b")
        assert failed["stdout"] == "6\n" and "ZeroDivisionError" in failed["error"]
    finally:
        session.close()
