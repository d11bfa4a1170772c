"""The year brackets of a 发文字号 in ``number``: a matching pair as written, a mistyped pair as 〔〕."""
import pytest

from govtext import extract_facts
from govtext.values.doc_numbers import parse_doc_number


@pytest.mark.parametrize("written, number", [
    ("国办发〔2020〕20号", "国办发〔2020〕20号"),      # the standard pair
    ("鲁工信技﹝2019﹞56号", "鲁工信技﹝2019﹞56号"),  # its small form, as written
    ("国发[2019]4号", "国发[2019]4号"),              # other matching pairs as written
    ("国发（2019）4号", "国发（2019）4号"),
    ("国发【2019】4号", "国发【2019】4号"),
    ("国办发〔2020]20号", "国办发〔2020〕20号"),       # mistyped pairs: the standard pair
    ("国办发〔2023】17号", "国办发〔2023〕17号"),
    ("国办发[2023〕17号", "国办发〔2023〕17号"),
    ("国办发 （2023〕 第17号", "国办发〔2023〕第17号"),
])
def test_number_brackets(written, number):
    assert parse_doc_number(written)["number"] == number
    facts = [f for f in extract_facts(f"根据{written}文件精神") if f.kind == "doc_number"]
    assert [(f.text, f.number) for f in facts] == [(written, number)]


@pytest.mark.parametrize("text, numbers", [
    ("根据国发〔2019]12、13号文件", ["国发〔2019〕12号", "国发〔2019〕13号"]),   # several serials under one code
    ("见〔2019)粤府字第3号", ["〔2019〕粤府字第3号"]),                           # year first
    ("国发(2019〕3", ["国发〔2019〕3号"]),                                     # 号 left out after a code ending in 发
    ("国发(2019〕3个文件", []),                                                # a serial runs on into a word: none
])
def test_number_brackets_other_forms(text, numbers):
    assert [f.number for f in extract_facts(text) if f.kind == "doc_number"] == numbers
