"""Every pathological input (benchmarks/pathological.py) at a small size: no exception, and every
output grounded and valid. Full sizes and the time growth are measured by benchmarks/stress.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from pathological import INPUTS  # noqa: E402
from robust_checks import check_document, check_facts  # noqa: E402

import govtext  # noqa: E402

SIZE = 2000


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_extract_facts_on_pathological_input(name):
    raw = INPUTS[name](SIZE)
    check_facts(raw, govtext.extract_facts(raw))


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_parse_on_pathological_input(name):
    raw = INPUTS[name](SIZE)
    check_document(raw, govtext.parse(raw))


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_inputs_have_the_size_asked_for(name):
    assert abs(len(INPUTS[name](SIZE)) - SIZE) <= 2


@pytest.mark.parametrize("raw", [
    pytest.param("", id="empty"),
    pytest.param("\n", id="newline"),
    pytest.param("\ufeff", id="bom-only"),
    pytest.param("\x00" * 50, id="nul-bytes"),
    pytest.param("\udcff" * 10, id="lone-surrogates"),
    pytest.param("《" * 10 + "》" * 10, id="nested-titles"),
    pytest.param("“" * 30, id="open-quotes"),
    pytest.param("二〇一四年三月九日" * 20, id="repeated-chinese-dates"),
    pytest.param("１２３４５６７８９０" * 20 + "万元", id="full-width-digit-run-then-unit"),
    pytest.param("万" * 300 + "元", id="scale-run-then-currency"),
    pytest.param("9" * 300 + "%", id="digit-run-then-percent"),
    pytest.param("<html><body><p>全区共查处案件4起</p></body></html>", id="html-soup"),
])
def test_edge_strings(raw):
    check_facts(raw, govtext.extract_facts(raw))
    check_document(raw, govtext.parse(raw))


def _all_date_matches(text: str, search) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (m := search(text, pos)) is not None:
        out.append(m.span())
        pos = m.start() + 1
    return out


@pytest.mark.parametrize("stem", ["corpus", *sorted(INPUTS)[:6]])
def test_prefiltered_date_search_finds_what_the_grammar_finds(stem):
    """search_date tries the grammar only where a date can start; it must miss nothing."""
    from conftest import STEMS, corpus_text
    from govtext.text.date_grammar import date_pattern, search_date
    from govtext.text.normalize import normalize

    texts = [corpus_text(s) for s in STEMS] if stem == "corpus" else [INPUTS[stem](SIZE)]
    heldout = Path(__file__).resolve().parent / "test_heldout2_phenomena.py"
    if stem == "corpus" and heldout.exists():
        texts.append(heldout.read_text(encoding="utf-8"))  # many date shapes in one file
    for raw in texts:
        text = normalize(raw).text
        assert _all_date_matches(text, search_date) == _all_date_matches(text, date_pattern().search)
