"""Region: province / city / county from issuer, title, subtitle, byline and body."""
from __future__ import annotations

import pytest

import govtext
from conftest import corpus_text
from govtext.lexicons import load_rows, split_alts
from govtext.structure.region import find_mentions, resolve_region


@pytest.mark.parametrize("stem, expected", [
    pytest.param("000_13e6af247fa6ec72", ("吉林省", "白城市", "洮北区"), id="county-from-subtitle"),
    pytest.param("001_f1f2c0ca69974fcf", ("河南省", "许昌市", "魏都区"), id="county-from-issuer"),
    pytest.param("002_9a05cc43a8767791", ("河北省", None, None), id="province-despite-lankao-in-body"),
    pytest.param("003_3f83a78025f6d1a7", ("辽宁省", "抚顺市", None), id="city-traditional-script"),
    pytest.param("004_5f17549189c0f286", ("浙江省", "宁波市", "海曙区"), id="short-name-haishu"),
])
def test_seed_regions(stem, expected):
    r = govtext.parse(corpus_text(stem)).region
    assert (r.province, r.city, r.county) == expected


@pytest.mark.parametrize("kwargs, expected", [
    pytest.param({"body": "江东区委召开会议。江东区各街道行动。江东区"}, ("浙江省", "宁波市", "江东区"), id="former-jiangdong"),
    pytest.param({"issuer": "中共闸北区委"}, ("上海市", None, "闸北区"), id="former-zhabei"),
    pytest.param({"title": "襄樊市人民政府关于加强管理的通知"}, ("湖北省", "襄阳市", None), id="renamed-city"),
    pytest.param({"issuer": "广西壮族自治区人民政府"}, ("广西壮族自治区", None, None), id="autonomous-region"),
    pytest.param({"subtitle": "延边深入开展活动纪实"}, ("吉林省", "延边朝鲜族自治州", None), id="prefecture-short-name"),
    pytest.param({"issuer": "中共河北省委", "body": "学习兰考县经验。"}, ("河北省", None, None), id="one-passing-county"),
])
def test_resolve(kwargs, expected):
    r = resolve_region(**kwargs)
    assert (r.province, r.city, r.county) == expected


@pytest.mark.parametrize("kwargs", [
    pytest.param({"title": "关于做好春耕工作的通知"}, id="no-place"),
    pytest.param({"body": "新华社记者报道，和平发展，城区建设。"}, id="common-words-are-not-places"),
    pytest.param({"body": "学习兰考县经验。"}, id="one-body-mention-is-not-enough"),
])
def test_no_region(kwargs):
    assert resolve_region(**kwargs) is None


def test_mentions_are_leftmost_longest():
    assert [(s, e) for s, e, _ in find_mentions("海曙区委书记")] == [(0, 3)]


def test_divisions_table_is_consistent():
    rows = {r["code"]: r for r in load_rows("divisions.tsv")}
    assert 3000 < len(rows) < 4000
    for code, r in rows.items():
        assert len(code) == 6 and code.isdigit()
        assert r["level"] in ("province", "city", "county")
        assert (r["parent"] == "") == (r["level"] == "province"), code
        if r["parent"]:
            assert r["parent"] in rows, code
        if r["until"]:
            assert r["successor"] in rows, code
        for short in split_alts(r["short"]):
            assert len(short) >= 2 and short != r["name"]


def test_former_names_are_all_in_the_built_table():
    rows = {r["code"]: r for r in load_rows("divisions.tsv")}
    for f in load_rows("divisions_former.tsv"):
        row = rows[f["code"]]
        assert f["name"] == row["name"] or f["name"] in split_alts(row["former"])
