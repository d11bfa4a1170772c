"""Round 16 person organizations (census15 class 5): a quoted word inside the organization's name
(英国“脱欧”事务大臣), 党员 before a title as part of the title, not an organization (党员班长), a task body
named with its verbs (疫情应对处置工作领导小组), and a 学会 the segmenter cuts across (伦理学/会)."""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.persons import split_org


def _persons(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.text, f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]


FOUND = [
    ("quoted-word-in-org", "英国“脱欧”事务大臣斯蒂芬·巴克利与欧盟代表会面。",
     ("英国“脱欧”事务大臣斯蒂芬·巴克利", "斯蒂芬·巴克利", "大臣", "英国“脱欧”事务")),
    ("quoted-name-opens-org", "“一带一路”咨询委员会主任张明华说。",
     ("“一带一路”咨询委员会主任张明华", "张明华", "主任", "“一带一路”咨询委员会")),
    ("party-member-squad-leader", "党员班长余明入伍前就很努力。", ("党员班长余明", "余明", "党员班长", None)),
    ("party-member-cadre", "党员干部王立新说，要带头干。", ("党员干部王立新", "王立新", "党员干部", None)),
    ("task-body-verbs", "疫情应对处置工作领导小组专家组组长梁万年表示。",
     ("疫情应对处置工作领导小组专家组组长梁万年", "梁万年", "组长", "疫情应对处置工作领导小组专家组")),
    ("inspection-group", "中央巡视工作领导小组副组长杨晓渡参加会议。",
     ("中央巡视工作领导小组副组长杨晓渡", "杨晓渡", "副组长", "中央巡视工作领导小组")),
    ("society-cut", "中国伦理学会副会长吴潜涛说。", ("中国伦理学会副会长吴潜涛", "吴潜涛", "副会长", "中国伦理学会")),
    ("society-cut-spaced", "中国伦理学会副会长 吴潜涛说。", ("中国伦理学会副会长 吴潜涛", "吴潜涛", "副会长", "中国伦理学会")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert expected in _persons(text)


ORGS = [
    # a quote of one character is no word of the name; the organization stays what follows it
    ("one-character-quote", "他说“好”办公室主任", "办公室"),
    # a verb of the sentence before the body, with no object before it, stays out
    ("sentence-verb", "会议听取领导小组", "领导小组"),
    ("meeting-verb-stop", "会见联合国", "联合国"),
    ("plain-org", "邀请吉林日报社", "吉林日报社"),
    ("flood-command", "省防汛抗旱指挥部", "省防汛抗旱指挥部"),
    ("health-commission", "国家卫生健康委", "国家卫生健康委"),
    ("society", "中国社会学会", "中国社会学会"),
]


@pytest.mark.parametrize("run,org", [c[1:] for c in ORGS], ids=[c[0] for c in ORGS])
def test_split_org(run, org):
    if run.endswith("主任"):
        assert [p[3] for p in _persons(run + "张明华说")] == [org]
    else:
        assert split_org(run) == org
