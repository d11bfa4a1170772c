"""Links in the store and on the command line: citations(), graph(), export_links(), diffusion(),
adoption_curve(), ``govtext links``; over the links test corpus converted once."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

import govtext
from govtext.corpus.convert import convert
from govtext.links import citations

FIXTURES = Path(__file__).parent / "fixtures" / "links"


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = tmp_path_factory.mktemp("links") / "out.jsonl"
    convert([str(FIXTURES)], str(out), workers=1)
    return out


@pytest.fixture(scope="module")
def store(converted):
    with govtext.open(converted) as s:
        yield s


def test_store_citations_are_those_of_the_documents(store):
    docs = [govtext.parse(p.read_text(encoding="utf-8"), id=p.name, keep_text=True) for p in sorted(FIXTURES.glob("*.txt"))]
    direct = citations(docs)
    stored = store.citations()
    cols = ["source_id", "relation", "cited_title", "cited_number", "target_id", "match", "score", "start", "end"]
    pd.testing.assert_frame_equal(stored[cols], direct[cols])
    assert [list(c) for c in stored.candidates] == [list(c) for c in direct.candidates]


def test_graph_has_documents_as_nodes_and_resolved_links_as_edges(store):
    g = store.graph()
    assert g.number_of_nodes() == len(list(FIXTURES.glob("*.txt")))
    assert g.nodes["a_guofa.txt"]["doc_number"] == "国发〔2010〕23号"
    assert g.edges["g_regulation_2024.txt", "f_regulation_2006.txt"]["relation"] == "repeals"
    assert g.edges["d_jinan.txt", "b_shandong.txt"]["weight"] == 2
    assert g.in_degree("a_guofa.txt") == 2
    assert not g.has_edge("e_plan.txt", "a_guofa.txt")  # one title, three issuers: no edge


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".graphml", ".gexf"])
def test_export_links(store, tmp_path, suffix):
    path = store.export_links(tmp_path / f"links{suffix}")
    if suffix == ".csv":
        table = pd.read_csv(path)
        assert len(table) == len(store.citations()) and "candidates" in table.columns
    elif suffix == ".parquet":
        assert len(pd.read_parquet(path)) == len(store.citations())
    else:
        root = ET.parse(path).getroot()
        assert root.tag.endswith("graphml" if suffix == ".graphml" else "gexf")


def test_export_refuses_unknown_formats(store, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        store.export_links(tmp_path / "links.xlsx")


def test_diffusion_of_a_cited_number(store):
    table = store.diffusion(number="国发[2010]23号")
    got = table[["region", "doc_id", "date", "lag_days", "flag"]].values.tolist()
    # the lag counts from the State Council's own notice (2010-07-19), which belongs to no province
    assert got[:2] == [["山东省", "b_shandong.txt", "2010-08-20", 32.0, None],
                       ["河北省", "c_hebei.txt", "2010-09-03", 46.0, None]]
    assert got[2][:3] == [None, "a_guofa.txt", "2010-07-19"] and got[2][4] == "no_region"


def test_diffusion_flags_documents_without_region(store):
    table = store.diffusion(title="关于加强安全生产工作的通知", level="city")
    assert set(table.flag) == {"no_region"}  # e_plan is a province document: no city
    curve = store.adoption_curve(title="山东省人民政府关于加强安全生产工作的通知", level="city")
    assert curve[["region", "regions"]].values.tolist() == [["济南市", 1], ["淄博市", 2]]


def test_adoption_curve_plots(store):
    import matplotlib

    matplotlib.use("Agg")
    curve = store.adoption_curve(number="国发〔2010〕23号", where="id <> 'c_hebei.txt'")
    assert curve.regions.tolist() == [1]
    ax = curve.plot()
    assert ax.get_ylabel() == "regions"


@pytest.mark.parametrize("kwargs", [{}, {"slogan": "两新", "title": "x"}, {"number": "第23号"}, {"slogan": " "}])
def test_diffusion_needs_one_thing_to_follow(store, kwargs):
    with pytest.raises(ValueError):
        store.diffusion(**kwargs)


def test_diffusion_level_is_checked(store):
    with pytest.raises(ValueError, match="level"):
        store.diffusion(number="国发〔2010〕23号", level="village")


def test_cli_links(converted, tmp_path):
    run = subprocess.run([sys.executable, "-m", "govtext", "links", str(converted)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "source_id,relation,cited_title,cited_number,target_id,match,score,start,end,candidates"
    assert "b_shandong.txt,implements,国务院关于加强安全生产工作的通知,国发〔2010〕23号,a_guofa.txt,doc_number,1.0" in run.stdout
    out = tmp_path / "links.gexf"
    run = subprocess.run([sys.executable, "-m", "govtext", "links", str(converted), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0 and out.exists() and f"wrote {out}" in run.stderr
    run = subprocess.run([sys.executable, "-m", "govtext", "links", str(tmp_path / "missing.jsonl")], capture_output=True, text=True)
    assert run.returncode == 1 and run.stderr.startswith("govtext: ") and "missing.jsonl" in run.stderr
