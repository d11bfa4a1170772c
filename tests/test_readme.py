"""The README's example prints exactly the output the README shows."""
from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT


def test_readme_example_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code, expected = re.search(r"```python\n(.*?)```\s*```text\n(.*?)```", readme, re.S).groups()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == expected
