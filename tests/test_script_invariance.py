"""The same real text in another script or with web/PDF artefacts gives the same facts.

Runs ``scripts/script_invariance.py``'s comparison on a few real documents of ``../shared/realcorpus``
(skipped when it is absent): each document converted (OpenCC ``s2t``/``s2tw``/``s2hk``, full-width
digits, thousands separators, spaces after decimal points, a PDF wrap at a fixed column), facts
compared by kind, span (mapped back to the original) and every value field.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "realcorpus"

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realcorpus is absent")


def _script():
    spec = importlib.util.spec_from_file_location("script_invariance", ROOT / "scripts" / "script_invariance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (document, conversions whose facts must equal the original's)
DOCS = [
    ("national_gwr_wikisource/0014.txt", ("s2t", "s2hk", "fullwidth", "thousands", "thousands_fw", "numspace")),
    ("provincial_gwr_2026/0021.txt", ("s2t", "s2hk", "fullwidth", "thousands", "numspace", "pdfwrap")),
    ("lawrefbook_regulations/1660.txt", ("s2t", "s2tw", "s2hk", "fullwidth", "numspace")),
    ("xwlb_cctv_news/0616.txt", ("s2t", "s2tw", "s2hk", "fullwidth", "thousands_fw", "pdfwrap")),
]


@pytest.mark.parametrize("doc,convs", DOCS, ids=[d for d, _ in DOCS])
def test_same_facts_after_conversion(doc, convs):
    path = REAL / doc
    if not path.exists():
        pytest.skip(f"{doc} is absent")
    si = _script()
    text = si.read_doc(path, 8000)
    orig = si._facts(text)
    assert orig
    for conv in convs:
        diffs = si.compare(text, conv, orig)
        assert not diffs, (conv, [(d["class"], d["kind"], d["field"], (d["orig"] or d["conv_fact"])["text"]) for d in diffs])


@pytest.mark.parametrize("conv", ["s2t", "s2hk", "fullwidth", "thousands", "thousands_fw", "numspace", "pdfwrap"])
def test_conversion_maps_offsets_back(conv):
    si = _script()
    text = "收入12480.5万元，增长36.5%，比上年提高1.2个百分点，全年接待游客3560万人次。\n第二条 本条例自公布之日起施行。"
    out, back = si.convert(text, conv)
    assert len(back) == len(out) + 1 and back[-1] == len(text)
    assert back == sorted(back)
    assert out != text
