"""Changes, round 15 (issue 14). Sentences written for the tests, with near misses.

- A scope extended to a number of places (``扩大到29个省``, ``扩大到155个国家和地区``: ``scope_verb`` and
  ``scope_place`` in change_cues.tsv) says how far it reaches: a quantity, no change (realgold13, realgold15). A count of
  other things after 扩大至 (``扩大至145家医院``, realgold6) and a place word that opens another word (``16个市场``)
  stay changes.
"""
import pytest

from govtext.extract import extract_facts


def _changes(text: str) -> list[tuple]:
    return [(f.text, f.direction, f.to_value if f.to_value is not None else f.by_value)
            for f in extract_facts(text, kinds=["change"])]


@pytest.mark.parametrize("sentence", [
    "农村信用社改革扩大到29个省（自治区、直辖市）。",
    "对外贸易“朋友圈”扩大到155个国家和地区。",
    "试点范围扩大至22个省份。",
    "改革试点扩大到40个城市。",
    "覆盖范围扩大到12个市，惠及群众。",
])
def test_scope_reaching_places_is_no_change(sentence):
    assert _changes(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("试点范围扩大至145家医院。", [("扩大至145家", "increase", 145)]),
    ("试点扩大到16个市场。", [("扩大到16个", "increase", 16)]),
    ("经营主体扩大到62万户。", [("扩大到62万户", "increase", 620000)]),
    ("试点省份增加到29个。", [("增加到29个", "increase", 29)]),
    ("出口规模扩大到155亿元。", [("扩大到155亿元", "increase", 15500000000)]),
])
def test_other_extensions_stay_changes(sentence, expected):
    assert _changes(sentence) == expected
