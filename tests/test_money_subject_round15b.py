"""Money subjects, round 15b (issue 14): a payment noun before the word naming its bound (补贴上限为每年200万元)
is part of what the money is; the phrase was dropped because the payment noun has a cue role. Sentences
written for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts


@pytest.mark.parametrize("text, expected", [
    ("补贴上限为每年200万元。", [("200万元", "补贴上限")]),
    ("高校、科研机构，补贴上限为每年50万元。", [("50万元", "补贴上限")]),
    ("奖励上限为50万元。", [("50万元", "奖励上限")]),
    ("补贴为每年200万元。", [("200万元", "补贴")]),
    ("补贴标准为每年200万元。", [("200万元", "补贴标准")]),
])
def test_payment_bound(text, expected):
    assert [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])] == expected
