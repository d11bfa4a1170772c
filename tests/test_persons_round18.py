"""Round 18 person titles and organizations.

- The central party and state ranks 中共中央总书记, 中共中央政治局常委, 中共中央政治局委员 and 全国人大代表 are
  whole titles (org null), alone and at the head of a chain joined by 、, as the dev gold writes
  中共中央政治局常委、国务院副总理韩正 and 全国人大代表、航天员王亚平.
- An envoy posted to a named body or place read as one word (驻东盟, 驻联合国) has that posting in the title,
  as a posting to a state already has (round 17b).
- A title word naming the members of a body (顾问委员会, 专家咨询委员会) stays inside the organization.
- A state followed by a minister's portfolio (丹麦国防大臣, 土耳其家庭和社会政策部长): the state is the org, the
  portfolio part of the title, as the dev gold writes; a body after the state (疾控中心, 参议院, 工党, 内阁) stays in the org.
- 高级 before a title belongs to it (白宫高级顾问).
- A byline of three or more spaced reporters closed by 报道/整理 (记者 王明 李华 赵刚 报道): the last name and
  the closing word, read together as one spaced name, gave no byline (or a merged 李华赵刚).
- A reporters' role word after a label (文/记者 王芳, 文/本报记者 王芳) is the title of the names after it.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.persons import split_org


def _persons(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.text, f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]


FOUND = [
    ("standing-committee-chain", "中共中央政治局常委、国务院副总理韩正出席会议。",
     ("中共中央政治局常委、国务院副总理韩正", "韩正", "中共中央政治局常委、国务院副总理", None)),
    ("standing-committee-alone", "中共中央政治局常委李强出席会议。",
     ("中共中央政治局常委李强", "李强", "中共中央政治局常委", None)),
    ("politburo-member-chain", "中共中央政治局委员、北京市委书记蔡奇出席。",
     ("中共中央政治局委员、北京市委书记蔡奇", "蔡奇", "中共中央政治局委员、北京市委书记", None)),
    ("general-secretary-chain", "中共中央总书记、国家主席习近平发表讲话。",
     ("中共中央总书记、国家主席习近平", "习近平", "中共中央总书记、国家主席", None)),
    ("deputy-chain", "全国人大代表、航天员王亚平参加审议。",
     ("全国人大代表、航天员王亚平", "王亚平", "全国人大代表、航天员", None)),
    ("envoy-to-body", "中国驻东盟大使徐步出席。", ("中国驻东盟大使徐步", "徐步", "驻东盟大使", "中国")),
    ("envoy-to-body-no-sender", "驻东盟大使徐步到机场送行。", ("驻东盟大使徐步", "徐步", "驻东盟大使", None)),
    ("advisory-board", "清华大学经济管理学院顾问委员会主席、凯雷集团董事总经理鲁宾斯坦发言。",
     ("清华大学经济管理学院顾问委员会主席、凯雷集团董事总经理鲁宾斯坦", "鲁宾斯坦", "主席、凯雷集团董事总经理",
      "清华大学经济管理学院顾问委员会")),
    ("portfolio", "丹麦国防大臣波尔森表示。", ("丹麦国防大臣波尔森", "波尔森", "国防大臣", "丹麦")),
    ("portfolio-with-he", "土耳其家庭和社会政策部长卡亚表示。",
     ("土耳其家庭和社会政策部长卡亚", "卡亚", "家庭和社会政策部长", "土耳其")),
    ("portfolio-short-state", "俄国防部长绍伊古表示。", ("俄国防部长绍伊古", "绍伊古", "国防部长", "俄")),
    ("senior", "白宫高级顾问斯蒂芬·米勒说。", ("白宫高级顾问斯蒂芬·米勒", "斯蒂芬·米勒", "高级顾问", "白宫")),
    # near misses: a body after the state stays in the organization
    ("state-body-center", "美国疾控中心主任雷德菲尔德说。",
     ("美国疾控中心主任雷德菲尔德", "雷德菲尔德", "主任", "美国疾控中心")),
    ("state-body-council", "俄罗斯联邦委员会主席马特维延科说。",
     ("俄罗斯联邦委员会主席马特维延科", "马特维延科", "主席", "俄罗斯联邦委员会")),
    ("state-body-party", "英国反对党工党领导人科尔宾说。",
     ("英国反对党工党领导人科尔宾", "科尔宾", "领导人", "英国反对党工党")),
    ("state-body-cabinet", "日本内阁官房长官林芳正表示，", ("日本内阁官房长官林芳正", "林芳正", "官房长官", "日本内阁")),
    ("ministry-named", "工业和信息化部部长苗圩出席。", ("工业和信息化部部长苗圩", "苗圩", "部长", "工业和信息化部")),
    ("state-bank", "中国人民银行行长潘功胜说。", ("中国人民银行行长潘功胜", "潘功胜", "行长", "中国人民银行")),
    ("county-not-state", "巴南区区长李明说。", ("巴南区区长李明", "李明", "区长", "巴南区")),
    ("standing-committee-of-npc", "全国人大常委会委员长赵乐际出席。",
     ("全国人大常委会委员长赵乐际", "赵乐际", "委员长", "全国人大常委会")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert expected in _persons(text)


NOT_FOUND = [
    ("rank-not-split", "中共中央政治局常委、中央纪委书记王岐山出席会议。",
     ("中共中央政治局常委、中央纪委书记王岐山", "王岐山", "常委、中央纪委书记", "中共中央政治局")),
    ("body-not-org-of-envoy", "中国驻东盟大使徐步出席。", ("东盟大使徐步", "徐步", "大使", "东盟")),
    ("board-not-cut", "顾问委员会主席、苹果公司首席执行官库克发言。",
     ("委员会主席、苹果公司首席执行官库克", "库克", "主席、苹果公司首席执行官", "委员会")),
]


@pytest.mark.parametrize("text,unexpected", [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_not_found(text, unexpected):
    assert unexpected not in _persons(text)


ORGS = [
    ("advisory-board", "清华大学经济管理学院顾问委员会", "清华大学经济管理学院顾问委员会"),
    ("expert-board", "国家专家咨询委员会", "国家专家咨询委员会"),
    ("manager-office", "总经理办公室", "总经理办公室"),
    ("title-before-no-body", "局长信箱", "信箱"),
]


@pytest.mark.parametrize("run,org", [c[1:] for c in ORGS], ids=[c[0] for c in ORGS])
def test_split_org(run, org):
    assert split_org(run) == org


BYLINES = [
    ("three-reported", "记者 王明 李华 赵刚 报道", ["王明", "李华", "赵刚"]),
    ("three-reported-other", "记者 张三 李四 王五 报道", ["张三", "李四", "王五"]),
    ("three-bracketed", "（记者 张三 李四 王五 报道）", ["张三", "李四", "王五"]),
    ("three-compiled", "本报记者 王明 李华 赵刚 整理", ["王明", "李华", "赵刚"]),
    ("three-after-lead", "会议召开。本报记者 王明 李华 赵刚 报道", ["王明", "李华", "赵刚"]),
    ("spaced-names-reported", "记者 王 明 李 华 报道", ["王明", "李华"]),
    # near misses that worked before: two names, or no closing word
    ("two-reported", "记者 王明 李华 报道", ["王明", "李华"]),
    ("three-no-closing", "本报记者 王明 李华 赵刚", ["王明", "李华", "赵刚"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_byline_names(text, names):
    found = [(f.name, f.title) for f in extract_facts(text + "\n", kinds=["person"])]
    assert found == [(n, "记者") for n in names]


LABELS = [
    ("label-role", "文/记者 王芳 图/李明", [("记者 王芳", "王芳", "记者"), ("图/李明", "李明", "摄影")]),
    ("label-deictic-role", "文/本报记者 王芳", [("本报记者 王芳", "王芳", "记者")]),
    ("label-traditional", "文/記者 王芳", [("記者 王芳", "王芳", "记者")]),
    # near misses: a label with names only keeps its own title
    ("label-names", "文/张三 图/李四", [("文/张三", "张三", "作者"), ("图/李四", "李四", "摄影")]),
    ("label-colon", "通讯员：章熊", [("通讯员：章熊", "章熊", "通讯员")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_label_role(text, expected):
    assert [(f.text, f.name, f.title) for f in extract_facts(text + "\n", kinds=["person"])] == expected
