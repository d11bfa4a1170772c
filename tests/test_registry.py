"""The registry: one table of extractors whose kinds are the record union's; register() adds kinds."""
from __future__ import annotations

from typing import Literal

import pytest
import regex

from govtext.extract import Context, extract_facts
from govtext.extract.registry import DEFAULT_KINDS, register, unregister
from govtext.records import FACT_KINDS, FactBase


class Hotline(FactBase):
    kind: Literal["hotline"] = "hotline"
    number: str


def extract_hotlines(ctx: Context):
    for m in regex.finditer(r"\d{5}热线", ctx.text):
        yield ctx.make("hotline", m.start(), m.end(), number=m.group()[:5])


def test_the_registry_holds_the_record_kinds():
    assert set(DEFAULT_KINDS) == set(FACT_KINDS)


def test_register_adds_a_new_kind():
    text = "拨打12345热线反映问题，帮助落实资金500万元"
    with pytest.raises(ValueError):
        extract_facts(text, kinds=["hotline"])
    register("hotline", extract_hotlines, model=Hotline)
    try:
        facts = extract_facts(text, kinds=["hotline", "money"])
        assert [(f.kind, f.text) for f in facts] == [("hotline", "12345热线"), ("money", "500万元")]
        assert facts[0].number == "12345"
        assert [f.kind for f in extract_facts(text)] == ["money"]  # the built-in kinds by default
    finally:
        unregister("hotline")
    with pytest.raises(ValueError):
        extract_facts(text, kinds=["hotline"])


def test_register_replaces_a_kind_and_unregister_restores_it():
    register("money", lambda ctx: iter(()))
    try:
        assert extract_facts("资金500万元", kinds=["money"]) == []
    finally:
        unregister("money")
    assert [f.text for f in extract_facts("资金500万元", kinds=["money"])] == ["500万元"]


@pytest.mark.parametrize("model", [None, FactBase])
def test_a_new_kind_needs_its_own_model(model):
    with pytest.raises(ValueError):
        register("hotline", extract_hotlines, model=model)
