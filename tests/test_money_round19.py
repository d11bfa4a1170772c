"""Round 19: money subjects named by a verb (减税, 降费, 退税; 科技投入), and the 每/单 classifier classes."""
import pytest

from govtext.extract import extract_facts


def _subjects(text):
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    # relief verbs name the sum, alone or joined
    ("五年累计减税5.4万亿元、降费2.8万亿元，既帮助企业渡过难关。", [("5.4万亿元", "减税"), ("2.8万亿元", "降费")]),
    ("新增减税降费超过1万亿元，缓税缓费7500多亿元。", [("超过1万亿元", "减税降费"), ("7500多亿元", "缓税缓费")]),
    ("全年为企业和个人减税降费约1.3万亿元。", [("约1.3万亿元", "减税降费")]),
    ("新增减税降费及退税超800亿元，净增经营主体242.8万户。", [("超800亿元", "减税降费及退税")]),
    # a sum head after a field noun is the measure; after 的 the head alone
    ("中央财政科技投入1163亿元，增长16.4%。", [("1163亿元", "中央财政科技投入")]),
    ("今年中央财政拟安排“三农”投入8183亿元。", [("8183亿元", "三农投入")]),
    ("全年中央财政用于“三农”的投入5955亿元。", [("5955亿元", "投入")]),
    ("五年全国环境保护和生态建设投入5800亿元。", [("5800亿元", "环境保护和生态建设投入")]),
    # near misses: the verb alone, after a filler or after who pays, names nothing
    ("中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设。", [("90亿元", None)]),
    ("中央和地方投入105亿元，基本建成了覆盖城乡的网络。", [("105亿元", None)]),
    ("共投入600多亿元，启动了150项工程。", [("600多亿元", None)]),
    # an amount with its own noun keeps it
    ("投入专项资金620万元。", [("620万元", "专项资金")]),
])
def test_verb_named_sums(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("单笔贷款500万元", [("500万元", "贷款")]),  # 单 + sum_classifier: what is paid follows
    ("单笔贷款最高500万元", [("最高500万元", "贷款")]),
    ("给予每个园区2000万元", [("2000万元", None)]),  # whom it is given per, not what it is
    ("处1万元以上5万以下的罚款", [("1万元以上5万以下", "罚款")]),  # bare upper bound, shared number vocabulary
    ("为学生提供助学金，每人每年1500元。", [("1500元", "助学金")]),  # 每人: a cap per holder of the sum before
])
def test_classifier_classes(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the unit or scale of a count before 、 is no part of the next member of the list
    ("向民间资本推介项目325个、总投资近2400亿元，能源投资增长9.4%。", [("近2400亿元", "总投资")]),
    ("医疗旅游人次86.5万、收入83.9亿元，累计22种产品通过评审。", [("83.9亿元", "收入")]),
    ("接待游客1200万人次、旅游收入150亿元。", [("150亿元", "旅游收入")]),
    ("抽查了516个项目、中央资金553.3亿元。", [("553.3亿元", "中央资金")]),
    # near miss: no count before the list mark
    ("新建住房和投资50亿元。", [("50亿元", "投资")]),
    # 年营收 kept whole by the segmenter
    ("江东新区年营收超5000亿元，文临高速建成通车。", [("超5000亿元", "江东新区年营收")]),
])
def test_list_member_after_count(text, expected):
    assert _subjects(text) == expected
