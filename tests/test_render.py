"""Pictures: facts highlighted by kind, in a notebook and as a page written by ``govtext show``."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import govtext
from conftest import CORPUS
from govtext.cli import app
from govtext.rendering import HTML, fact_label, render, render_facts

runner = CliRunner()


def test_render_text_highlights_each_kind():
    html = render("坚决刹四风，压缩经费500万元，下降90%")
    assert isinstance(html, HTML) and html._repr_html_() == str(html)
    for label in ("slogan 四风", "money 5000000", "percent 90"):
        assert label in html


def test_render_keeps_the_text_and_escapes_it():
    raw = "<b>四风</b>\n两学一做"
    html = render(raw)
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "\n" in html


def test_render_nested_facts():
    facts = govtext.extract_facts("全区公务接待费下降90%")
    assert "percent 90" in render_facts("全区公务接待费下降90%", facts)


def test_render_doc_from_pipeline():
    nlp = govtext.nlp(kinds=["slogan"])
    html = render(nlp("落实“五个看齐”"), page=True, title="t")
    assert html.startswith("<!DOCTYPE html>") and "slogan 五个看齐" in html


def test_render_doc_without_component_is_a_clear_error():
    import spacy

    doc = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})("四风")
    with pytest.raises(ValueError, match="govtext.nlp"):
        render(doc)


def test_render_refuses_other_types():
    with pytest.raises(TypeError):
        render(42)


def test_fact_label():
    (fact,) = govtext.extract_facts("坚持“三严三实”", kinds=["slogan"])
    assert fact_label(fact) == "slogan 三严三实"


def test_show_writes_html(tmp_path):
    out = tmp_path / "out.html"
    result = runner.invoke(app, ["show", str(CORPUS / "000_13e6af247fa6ec72.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "slogan 九破九立" in page


def test_show_lists_facts():
    result = runner.invoke(app, ["show", str(CORPUS / "002_9a05cc43a8767791.txt"), "--kind", "slogan"])
    assert result.exit_code == 0
    assert "slogan 三查\t三查" in result.output


def test_show_missing_file(tmp_path):
    result = runner.invoke(app, ["show", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
