"""Round 11d: a count whose classifier is an administrative unit or a country (``place_unit`` rows of
``entity_words.tsv``: 县, 乡, 镇, 市, 区, 省, 村, 国) says by its unit what is counted.

- The nouns right after it are counted (``欧洲7国领导人`` → 领导人, as ``6方面26个问题``), up to a verb or
  idiom; a quoted name or phrase further on is not (``3县5乡“…”工程``).
- A place word or verb phrase before it is no entity (``欧洲7国：…``, ``由中国倡议设立、57国共同筹建``);
  a noun before it that ends in the unit names the set counted (``贫困县共38县``).
A 市 before a measure (``10市两``: a traditional unit the count misread) is no place.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

QUANTITY_CASES = [
    ("果洛2县6乡“光伏扶贫”工程全部建成。", "6乡", None),
    ("果洛2县6乡“光伏扶贫”工程全部建成。", "2县", None),
    ("该银行由日本倡议发起、40国共同出资组建。", "40国", None),
    ("东盟10国：印尼、泰国等出席。", "10国", None),
    ("全省已有12市完成验收。", "12市", None),
    ("全省重点县共12县。", "12县", "重点县"),
    # near misses: a noun right after the count is counted, up to the verb; 个 counts the noun after a name
    ("东盟10国领导人出席会议。", "10国", "领导人"),
    ("中亚5国代表出席论坛。", "5国", "代表"),
    ("建成2个“光伏扶贫”工程。", "2个", "光伏扶贫工程"),
    ("在3个县实施光伏扶贫工程。", "3个", "县"),
    ("每人携带白银饰品10市两。", "10市两", "白银饰品"),  # 市 of a traditional measure (市两), no place
]


@pytest.mark.parametrize("sentence,surface,entity", QUANTITY_CASES)
def test_quantity_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity
