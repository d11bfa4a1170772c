"""Every example in a govtext docstring runs and prints what it says."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import govtext

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(govtext.__path__, "govtext.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # optional extras (dask, trafilatura) may be absent
        pytest.skip(f"{name}: optional dependency missing ({exc})")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} failing examples"
