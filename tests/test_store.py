"""The query store: documents and facts tables, parameterized filters, kwic, slogans, timeline,
exports, persisted index, Parquet and partitioned folders."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govtext.corpus.parquet import write_parquet
from govtext.records import FACT_ADAPTER, Document
from govtext.store import build_index, open_store

A = "一、总体要求\n2014年4月3日，落实资金500万元。推进“四风”整治。\n二、工作措施\n公务接待费下降90%。"
B = "2015年，海曙区压缩经费12万元，落实“四风”问题整改。"


def _fact(text, kind, surface, nth=0, **fields):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return FACT_ADAPTER.validate_python({"kind": kind, "text": surface, "start": start, "end": start + len(surface), **fields})


def _documents():
    two = A.index("二、")
    a = Document(
        id="jl/a.txt", title="关于开展活动的通知", doc_type="通知", issuer="中共洮北区委", date="2014-04-03",
        region={"province": "吉林省", "city": "白城市", "county": "洮北区"},
        sections=[
            {"index": 0, "level": 1, "number": "一、", "title": "总体要求", "start": 0, "end": two, "heading_end": 6, "path": ["总体要求"]},
            {"index": 1, "level": 1, "number": "二、", "title": "工作措施", "start": two, "end": len(A), "heading_end": two + 6, "path": ["工作措施"]},
        ],
        sentences=[
            {"start": 7, "end": A.index("推进"), "paragraph": 1, "section_path": ["总体要求"]},
            {"start": A.index("推进"), "end": A.index("\n二"), "paragraph": 1, "section_path": ["总体要求"]},
        ],
        facts=[
            _fact(A, "date", "2014年4月3日", value="2014-04-03"), _fact(A, "money", "500万元", value=5000000),
            _fact(A, "slogan", "四风", name="四风"), _fact(A, "percent", "90%", value=90),
        ],
        chars=len(A),
    )
    b = Document(
        id="zj/b.txt", doc_type="意见", issuer="海曙区委", date="2015-06-01",
        sections=[{"index": 0, "level": 1, "title": "全文", "start": 0, "end": len(B), "heading_end": 0, "path": ["全文"]}],
        facts=[_fact(B, "date", "2015年", value="2015"), _fact(B, "money", "12万元", value=120000), _fact(B, "slogan", "四风", name="四风")],
        chars=len(B),
    )
    return [(a, A), (b, B)]


def _line(doc, text):
    return json.dumps({**doc.model_dump(mode="json"), "text": text}, ensure_ascii=False) + "\n"


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("".join(_line(d, t) for d, t in _documents()), encoding="utf-8")
    return path


@pytest.fixture
def store(jsonl):
    with open_store(jsonl) as s:
        yield s


def test_documents_table(store):
    docs = store.sql("SELECT id, year, coalesce(region, '-') AS region, n_facts, chars FROM documents ORDER BY id")
    assert docs.values.tolist() == [["jl/a.txt", 2014, "吉林省/白城市/洮北区", 4, len(A)], ["zj/b.txt", 2015, "-", 3, len(B)]]


@pytest.mark.parametrize(
    "kwargs,expected",
    [
        ({"kind": "money", "where": "value > 1e6"}, ["500万元"]),
        ({"kind": "money"}, ["500万元", "12万元"]),
        ({"kind": ["money", "percent"], "issuer": "中共洮北区委"}, ["500万元", "90%"]),
        ({"kind": "slogan", "doc_type": ["通知", "意见"]}, ["四风", "四风"]),
        ({"kind": "slogan", "region": None}, ["四风"]),
        ({"issuer": "x' OR '1'='1"}, []),
        ({"label": "四风", "year": 2015}, ["四风"]),
        ({"doc_type": []}, []),
    ],
    ids=["where-snippet", "kind", "kinds-and-filter", "any-of-list", "missing-is-none", "injection-is-a-value",
         "two-filters", "empty-list"],
)
def test_facts_filters(store, kwargs, expected):
    assert store.facts(**kwargs)["text"].tolist() == expected


def test_fact_rows_carry_sentence_section_and_document(store):
    a = store.facts(kind="money", issuer="中共洮北区委").iloc[0]
    assert (a.sentence, list(a.section_path), a.doc_title, a.date, a.region) == (
        "2014年4月3日，落实资金500万元。", ["总体要求"], "关于开展活动的通知", "2014-04-03", "吉林省/白城市/洮北区")
    percent = store.facts(kind="percent").iloc[0]
    assert percent.sentence == "公务接待费下降90%。" and list(percent.section_path) == ["工作措施"]  # no sentence: cut at 。
    b = store.facts(kind="money", issuer="海曙区委").iloc[0]
    assert b.sentence == B and list(b.section_path) == ["全文"] and b.value == 120000
    assert json.loads(b.fact)["kind"] == "money"


def test_unknown_filter_column_is_refused(store):
    with pytest.raises(ValueError, match="unknown column 'isuer'"):
        store.facts(isuer="x")


def test_slogans_by_year_and_issuer(store):
    assert store.slogans(by="year").values.tolist() == [[2014, "四风", 1, 1], [2015, "四风", 1, 1]]
    assert store.slogans(by="issuer")["issuer"].tolist() == ["中共洮北区委", "海曙区委"]
    with pytest.raises(ValueError, match="cannot group by"):
        store.slogans(by="1; DROP TABLE facts")


def test_kwic_offsets_point_into_the_text(store):
    hits = store.kwic("四风", width=3)
    assert hits[["doc_id", "left", "keyword", "right"]].values.tolist() == [
        ["jl/a.txt", "推进“", "四风", "”整治"], ["zj/b.txt", "落实“", "四风", "”问题"]]
    assert [t[s:s + 2] for t, s in zip([A, B], hits["start"])] == ["四风", "四风"]
    assert store.kwic("'; DROP TABLE documents; --").empty and len(store.sql("SELECT * FROM documents")) == 2


def test_kwic_at_the_edges_and_repeated(store):
    assert store.kwic("一、", width=5).values.tolist()[0][:6] == ["jl/a.txt", 0, 2, "", "一、", "总体要求\n"]
    assert store.kwic("万元", width=1)["start"].tolist() == [A.index("万元"), B.index("万元")]


@pytest.mark.parametrize(
    "kind,by,expected",
    [("date", "year", [["2014", 1, 1], ["2015", 1, 1]]), ("date", "month", [["2014-04", 1, 1]]),
     ("money", "year", [["2014", 1, 1], ["2015", 1, 1]]), ("money", "month", [["2014-04", 1, 1], ["2015-06", 1, 1]])],
    ids=["dates-by-year", "year-only-dates-have-no-month", "facts-by-document-year", "facts-by-document-month"],
)
def test_timeline(store, kind, by, expected):
    assert store.timeline(kind=kind, by=by).values.tolist() == expected


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".dta"])
def test_export_round_trips(store, tmp_path, suffix):
    path = store.export(tmp_path / f"facts{suffix}")
    back = {".csv": pd.read_csv, ".parquet": pd.read_parquet, ".dta": pd.read_stata}[suffix](path)
    assert len(back) == 7 and sorted(back["text"]) == sorted(store.facts()["text"])


def test_export_excel_csv_has_a_bom_and_flat_lists(store, tmp_path):
    path = store.export(tmp_path / "a.csv", "SELECT text, section_path FROM facts WHERE kind = 'money'", excel=True)
    data = open(path, "rb").read()
    assert data.startswith(b"\xef\xbb\xbf") and "500万元,总体要求" in data.decode("utf-8-sig")


def test_export_refuses_unknown_suffix(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format '.xls'; use .csv, .parquet, .dta, .xlsx"):
        store.export(tmp_path / "a.xls")
    assert not (tmp_path / "a.xls").exists()


def test_index_parquet_and_folders_give_the_same_facts(store, jsonl, tmp_path):
    expected = store.facts().drop(columns=["section_path"])
    index = build_index(jsonl, tmp_path / "out.duckdb")
    parquet = tmp_path / "out.parquet"
    write_parquet([str(jsonl)], str(parquet))
    parts = tmp_path / "parts"
    (parts / "_errors").mkdir(parents=True)
    lines = jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    (parts / "part-00000.jsonl").write_text(lines[0], encoding="utf-8")
    (parts / "part-00001.jsonl").write_text(lines[1], encoding="utf-8")
    (parts / "_errors" / "part-00001.jsonl").write_text('{"id":"x","stage":"read","message":"m"}\n', encoding="utf-8")
    for source in (index, parquet, parts):
        with open_store(source) as other:
            pd.testing.assert_frame_equal(other.facts().drop(columns=["section_path"]), expected)


def test_a_torn_last_line_does_not_break_reading(jsonl):
    with open(jsonl, "ab") as f:
        f.write(b'{"id":"torn","facts":[{"ki')
    with open_store(jsonl) as s:
        assert len(s.sql("SELECT * FROM documents")) == 2


def test_sql_with_parameters(store):
    assert store.sql("SELECT count(*) AS n FROM facts WHERE kind = ?", ["slogan"])["n"].tolist() == [2]


@pytest.mark.parametrize("name", ["none.jsonl", "empty_dir"])
def test_missing_inputs_are_clear(tmp_path, name):
    (tmp_path / "empty_dir").mkdir()
    with pytest.raises(FileNotFoundError, match=name):
        open_store(tmp_path / name)


_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))


@given(text=st.text(alphabet=st.sampled_from("四风两学一做，。\n ab") | _CHARS, max_size=80),
       term=st.text(alphabet=st.sampled_from("四风，ab"), min_size=1, max_size=3))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_kwic_finds_every_occurrence_at_its_offset(tmp_path_factory, text, term):
    path = tmp_path_factory.mktemp("kwic") / "k.jsonl"
    path.write_text(json.dumps({"id": "d", "facts": [], "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    with open_store(path) as store:
        hits = store.kwic(term, width=3, variants=False, wraps=False)
    assert len(hits) == text.count(term)
    for start, left, right in zip(hits["start"], hits["left"], hits["right"]):
        assert text[start:start + len(term)] == term
        assert left == text[max(0, start - 3):start] and right == text[start + len(term):start + len(term) + 3]


# --------------------------------------------------------------------------- KWIC as a reader searches


KWIC_TEXT = "坚决刹住“四風”。\n反对四\n风问题；四　风整治，两学一做，四风。"


@pytest.fixture
def kwic_store(tmp_path):
    path = tmp_path / "k.jsonl"
    path.write_text(json.dumps({"id": "t", "facts": [], "text": KWIC_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    with open_store(path) as s:
        yield s


@pytest.mark.parametrize(
    "term,variants,wraps,expected",
    [
        ("四风", True, True, ["四風", "四\n风", "四\u3000风", "四风"]),
        ("四風", True, True, ["四風", "四\n风", "四\u3000风", "四风"]),  # a traditional keyword finds simplified text
        ("四风", False, True, ["四\n风", "四\u3000风", "四风"]),
        ("四风", True, False, ["四風", "四风"]),
        ("四风", False, False, ["四风"]),
        ("两学一做", True, True, ["两学一做"]),
        ("四风问题", True, True, ["四\n风问题"]),
        ("四人", True, True, []),  # a near miss
    ],
    ids=["both", "traditional-term", "no-variants", "no-wraps", "exact", "longer", "wrap-inside", "near-miss"],
)
def test_kwic_finds_variants_and_wrapped_keywords_at_raw_offsets(kwic_store, term, variants, wraps, expected):
    hits = kwic_store.kwic(term, width=2, variants=variants, wraps=wraps)
    assert hits["keyword"].tolist() == expected
    for start, end, keyword, left, right in zip(hits["start"], hits["end"], hits["keyword"], hits["left"], hits["right"]):
        assert KWIC_TEXT[start:end] == keyword and left == KWIC_TEXT[max(0, start - 2):start] and right == KWIC_TEXT[end:end + 2]


def test_kwic_limit_and_a_blank_term(kwic_store):
    assert len(kwic_store.kwic("四风", limit=2)) == 2
    with pytest.raises(ValueError, match="non-empty search term"):
        kwic_store.kwic("  ")


# --------------------------------------------------------------------------- Excel workbooks


def test_export_xlsx_holds_the_rows_with_lists_joined_and_long_cells_cut(store, tmp_path):
    from openpyxl import load_workbook

    path = store.export(tmp_path / "facts.xlsx", "SELECT doc_id, kind, text, value, section_path FROM facts ORDER BY doc_id, n")
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == ("doc_id", "kind", "text", "value", "section_path")
    assert rows[1] == ("jl/a.txt", "date", "2014年4月3日", None, "总体要求")
    assert len(rows) == 1 + len(store.facts())
    long = store.export(tmp_path / "long.xlsx", "SELECT repeat('政', 40000) || chr(1) AS t")
    (cell,) = next(load_workbook(long).active.iter_rows(min_row=2, values_only=True))
    assert cell == "政" * 32767  # Excel's cell limit; the control character Excel refuses is dropped


# --------------------------------------------------------------------------- progress where a person watches


def test_opening_shows_its_steps_in_a_notebook(jsonl, monkeypatch):
    from IPython import display as ipd

    shown = []

    class Handle:
        def update(self, obj):
            shown.append(obj.data)

    monkeypatch.setattr(ipd, "display", lambda obj, display_id=False: shown.append(obj.data) or Handle())
    from govtext.corpus import progress

    monkeypatch.setattr(progress, "in_notebook", lambda: True)
    with open_store(jsonl) as s:
        assert len(s.facts()) == 7
    assert shown[0].startswith('<div class="govtext-progress"') and "<progress" in shown[0]
    assert "opening 0/3" in shown[0] and "ready 3/3" in shown[-1]
