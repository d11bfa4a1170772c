"""Round 17b person organizations: an envoy's or correspondent's posting abroad (驻马来西亚) is part of the
title and the sending state or body is the organization (中国驻马来西亚大使黄惠康: title 驻马来西亚大使, org
中国, as the dev gold writes 中国驻西班牙大使吕凡); 与 joining two fields of one named body
(德国国家科学与工程院); a state the segmenter reads as a measure word (马里) opening an organization."""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.persons import split_org


def _persons(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.text, f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]


FOUND = [
    ("envoy", "中国驻马来西亚大使黄惠康到机场送行。",
     ("中国驻马来西亚大使黄惠康", "黄惠康", "驻马来西亚大使", "中国")),
    ("envoy-no-sender", "驻马来西亚大使黄惠康到机场送行。", ("驻马来西亚大使黄惠康", "黄惠康", "驻马来西亚大使", None)),
    ("envoy-to-china", "美国驻华大使伯恩斯出席招待会。", ("美国驻华大使伯恩斯", "伯恩斯", "驻华大使", "美国")),
    ("correspondent", "新华社驻日本记者张三报道。", ("新华社驻日本记者张三", "张三", "驻日本记者", "新华社")),
    ("standing-envoy", "中国常驻联合国代表张军发言。", ("中国常驻联合国代表张军", "张军", "常驻联合国代表", "中国")),
    ("fields-joined", "德国国家科学与工程院院长施密特出席会议。",
     ("德国国家科学与工程院院长施密特", "施密特", "院长", "德国国家科学与工程院")),
    ("state-as-measure-word", "马里过渡政府总统戈伊塔会见了代表团。",
     ("马里过渡政府总统戈伊塔", "戈伊塔", "总统", "马里过渡政府")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND if c[2]], ids=[c[0] for c in FOUND if c[2]])
def test_found(text, expected):
    assert expected in _persons(text)


NOT_FOUND = [
    # a state after 驻 is the post; it never stays the organization
    ("envoy-state-not-org", "中国驻马来西亚大使黄惠康到机场送行。", ("马来西亚大使黄惠康", "黄惠康", "大使", "马来西亚")),
    # a posting at home (驻北京办事处) is an office, not a post abroad: the title stays 主任
    ("office-at-home", "省政府驻北京办事处主任李四说。", ("驻北京办事处主任李四", "李四", "驻北京办事处主任", "省政府")),
]


@pytest.mark.parametrize("text,unexpected", [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_not_found(text, unexpected):
    assert unexpected not in _persons(text)


ORGS = [
    ("fields-joined", "德国国家科学与工程院", "德国国家科学与工程院"),
    # 与 after a common noun (会议) or a whole body (国家科学院) joins two things, not two fields
    ("common-noun-before", "会议与工程院", "工程院"),
    ("body-before", "美国国家科学院与工程院", "工程院"),
    ("ministries", "国家发展改革委与科技部", "科技部"),
    # a state before 与 is one party of two (李强与德国): the state after it is the org
    ("two-states", "法国与德国", "德国"),
    ("state-measure-word", "马里过渡政府", "马里过渡政府"),
]


@pytest.mark.parametrize("run,org", [c[1:] for c in ORGS], ids=[c[0] for c in ORGS])
def test_split_org(run, org):
    assert split_org(run) == org
