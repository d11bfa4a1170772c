"""Pictures: a document's metadata and its facts highlighted by kind, in a notebook and as a page
written by ``govtext show``. How a browser draws them: tests/test_render_browser.py."""
from __future__ import annotations

import html as htmllib
import re

import pytest
from typer.testing import CliRunner

import govtext
from conftest import CORPUS
from govtext.cli import app
from govtext.records import FACT_ADAPTER
from govtext.rendering import HTML, fact_details, fact_label, human_number, human_value, render, render_facts

runner = CliRunner()
NOTICE = "关于压缩经费的通知\n全区公务接待费下降90%，压缩经费500万元，坚决刹住四风。"


def _fact(kind, **fields):
    return FACT_ADAPTER.validate_python({"kind": kind, "text": "x", "start": 0, "end": 1, **fields})


def _labels(html: str) -> list[str]:
    return [htmllib.unescape(m) for m in re.findall(r'<span class="gt-l[^"]*">([^<]*)</span>', html)]


def _titles(html: str) -> list[str]:
    return [htmllib.unescape(m) for m in re.findall(r'title="([^"]*)"', html)]


def test_render_text_labels_each_fact_with_its_value_for_people():
    html = render(NOTICE)
    assert isinstance(html, HTML) and html._repr_html_() == str(html)
    assert _labels(html) == ["↓90%", "90%", "↓500万元", "500万元", "四风"]


def test_render_has_a_header_with_the_documents_metadata():
    html = render((CORPUS / "001_f1f2c0ca69974fcf.txt").read_text(encoding="utf-8"))
    head = html[html.index('<header class="gt-head">'):html.index("</header>")]
    assert "<h2>中共魏都区委关于在全区党员中深入开展党的群众路线教育实践活动的实施意见</h2>" in head
    for label, value in [("文种", "实施意见"), ("发文机关", "中共魏都区委"), ("日期", "2014-03-09"), ("地区", "河南省许昌市魏都区")]:
        assert f"<dt>{label}</dt><dd>{value}</dd>" in head


def test_a_title_given_replaces_the_documents_and_a_bare_snippet_has_no_empty_header():
    assert "<h2>my page</h2>" in render("压缩经费500万元", title="my page")
    assert "<header" not in render_facts("500万元", [])


def test_each_fact_tooltip_has_its_kind_value_and_every_field():
    titles = _titles(render(NOTICE))
    change = next(t for t in titles if t.startswith("change · ↓90%"))
    assert change.splitlines() == ["change · ↓90%", "direction: decrease", "subject: 公务接待费", "by_value: 90",
                                   "unit: %", "text: 下降90%"]
    quantity = _fact("quantity", value=606, unit="个", entity="基层党组织", qualifier="over")
    assert fact_details(quantity) == [("value", "606"), ("unit", "个"), ("entity", "基层党组织"), ("qualifier", "over")]


def test_the_legend_has_a_box_per_kind_and_one_for_the_values():
    html = render(NOTICE)
    boxes = re.findall(r'<input type="checkbox" id="[^"]+" class="gt-t ([^"]+)" checked>', html)
    assert boxes == ["gt-t-change", "gt-t-money", "gt-t-percent", "gt-t-slogan", "gt-tl"]
    assert re.search(r"\.gt-t-money:not\(:checked\)~\.gt-text \.f\.k-money\{background:none", html)


def test_two_renders_on_one_page_do_not_share_ids():
    ids = [re.search(r'<div class="govtext" id="([^"]+)"', render("下降90%")).group(1) for _ in range(2)]
    assert ids[0] != ids[1]


@pytest.mark.parametrize(
    "kind,fields,expected",
    [
        ("money", {"value": 120000000}, "1.2亿元"),
        ("money", {"value": 31398000}, "3139.8万元"),
        ("money", {"value": 123456789}, "1.23亿元"),
        ("money", {"value": 8000}, "8000元"),
        ("money", {"value": 200000}, "20万元"),
        ("money", {"value": 20, "currency": "USD"}, "20 USD"),
        ("money", {"value": 5000000, "qualifier": "approx"}, "约500万元"),
        ("percent", {"value": 35}, "35%"),
        ("percent", {"value": 0.35}, "0.35%"),
        ("percent", {"value": 80, "qualifier": "over"}, ">80%"),
        ("quantity", {"value": 40000, "unit": "套"}, "4万套"),
        ("quantity", {"value": 14169, "unit": "名"}, "14169名"),
        ("quantity", {"value": 2, "unit": "个", "value_max": 3}, "2–3个"),
        ("change", {"direction": "decrease", "by_value": 90, "unit": "%"}, "↓90%"),
        ("change", {"direction": "increase", "by_value": 12.4, "unit": "%"}, "↑12.4%"),
        ("change", {"direction": "decrease", "from_value": 14850000, "to_value": 7370000, "unit": "元"}, "1485万→737万元"),
        ("date", {"value": "2014-04-03"}, "2014-04-03"),
        ("date", {"value": "2014-08-01", "end_value": "2014-08-15"}, "2014-08-01–2014-08-15"),
        ("date", {"value": "--07-10"}, "07-10"),
        ("doc_title", {"title": "关于开展活动的通知"}, "《关于开展活动的通知》"),
        ("doc_title", {"title": "中共许昌市委关于在全市党员中深入开展党的群众路线教育实践活动的实施意见"}, "《中共许昌市委关于在全市党…》"),
        ("slogan", {"name": "四风"}, "四风"),
        ("person", {"name": "杨超", "title": "区委书记"}, "杨超 区委书记"),
        ("doc_number", {"number": "冀群组发〔2014〕34号"}, "冀群组发〔2014〕34号"),
    ],
)
def test_values_as_people_write_them(kind, fields, expected):
    assert human_value(_fact(kind, **fields)) == expected


@pytest.mark.parametrize("value,expected", [(120000000, "1.2亿"), (100000000, "1亿"), (50000, "5万"), (12345, "12345"),
                                            (1234567, "123.46万"), (0, "0"), (-30000, "-3万")])
def test_human_number(value, expected):
    assert human_number(value) == expected


def test_render_keeps_the_text_and_escapes_it():
    raw = "<b>四风</b>\n两学一做"
    html = render(raw)
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "\n" in html


def test_nested_facts_nest_and_underline_deeper():
    html = render_facts("公务接待费下降90%", govtext.extract_facts("公务接待费下降90%"))
    assert re.search(r'<span class="f k-change d1" [^>]*>.*<span class="f k-percent" ', html)


def test_facts_outside_the_text_are_left_out():
    outside = FACT_ADAPTER.validate_python({"kind": "money", "text": "500万元", "start": 3, "end": 8, "value": 5000000})
    assert _labels(render_facts("短", [outside])) == []


def test_render_kinds_keeps_some():
    assert _labels(render(NOTICE, kinds="money")) == ["500万元"]


def test_render_a_parsed_document():
    doc = govtext.parse(NOTICE, keep_text=True)
    assert _labels(render(doc)) == _labels(render(NOTICE))


def test_render_doc_from_pipeline():
    nlp = govtext.nlp(kinds=["slogan"])
    html = render(nlp("落实“五个看齐”"), page=True, title="t")
    assert html.startswith("<!DOCTYPE html>") and _labels(html) == ["五个看齐"]


def test_render_doc_without_component_is_a_clear_error():
    import spacy

    doc = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})("四风")
    with pytest.raises(ValueError, match="govtext.nlp"):
        render(doc)


def test_render_refuses_other_types():
    with pytest.raises(TypeError, match="str, a govtext Document or a spaCy Doc"):
        render(42)


def test_fact_label():
    (fact,) = govtext.extract_facts("坚持“三严三实”", kinds=["slogan"])
    assert fact_label(fact) == "slogan 三严三实"


def test_show_writes_html(tmp_path):
    out = tmp_path / "out.html"
    result = runner.invoke(app, ["show", str(CORPUS / "000_13e6af247fa6ec72.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>汇聚为民务实清廉正能量</title>" in page
    assert "九破九立" in _labels(page)


def test_show_kind_keeps_one_kind(tmp_path):
    out = tmp_path / "out.html"
    assert runner.invoke(app, ["show", str(CORPUS / "001_f1f2c0ca69974fcf.txt"), "-k", "date", "--html", str(out)]).exit_code == 0
    assert set(re.findall(r'class="f k-(\w+)', out.read_text(encoding="utf-8"))) == {"date"}


def test_show_lists_facts():
    result = runner.invoke(app, ["show", str(CORPUS / "002_9a05cc43a8767791.txt"), "--kind", "slogan"])
    assert result.exit_code == 0
    assert "slogan 三查\t三查" in result.output


def test_show_missing_file(tmp_path):
    result = runner.invoke(app, ["show", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "nope.txt: no such file" in result.output


def test_the_docs_show_a_screenshot_of_the_page():
    """docs/corpus.md and docs/spacy.md show what `govtext show` draws (scripts/screenshot_show.py
    makes the picture in headless Chromium): a real picture, with colours, not a blank page."""
    from pathlib import Path

    from PIL import Image

    docs = Path(__file__).resolve().parent.parent / "docs"
    for page in ("corpus.md", "spacy.md"):
        assert "](img/show.png)" in (docs / page).read_text(encoding="utf-8")
    image = Image.open(docs / "img" / "show.png").convert("RGB")
    assert image.size[0] >= 800 and image.size[1] >= 600
    assert len(image.getcolors(maxcolors=1 << 20)) > 50
