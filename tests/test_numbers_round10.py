"""Round 10 (numbers10): quantity and percent forms met in a survey of unseen real documents.

Each table holds sentences of our own in the style of the documents (work reports, news, standards
plans, regulations) with near misses: the same words where the rule must not fire.
"""
from __future__ import annotations

import pytest

from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.value_max, f.qualifier) for f in grounded(sentence, "quantity")]


def _percents(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.qualifier) for f in grounded(sentence, "percent")]


@pytest.mark.parametrize("sentence, expected", [
    # a fraction written with a full-width slash (1990s reports print 1／4 as they print 12，480)
    ("部门内设机构精简1／4，人员编制减少一半", [("1／4", 25, None)]),
    ("经全体委员2／3以上同意，方可通过", [("2／3以上", 66.66666666666667, "over")]),
    ("委员中专家不少于1/3", [("不少于1/3", 33.333333333333336, "at_least")]),
    # near misses: no fraction of a whole (a score, a date-like pair), a longer run of slashes
    ("两队以3／2结束比赛", []),
    ("编号为2019／10／1的文件", []),
])
def test_full_width_slash_fractions(sentence, expected):
    assert _percents(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # units met in statistics passages: transport work, data volumes, teaching hours
    ("全年货物周转量达到2.3万亿吨公里", [("2.3万亿吨公里", 2.3e12, "吨公里", None, None)]),
    ("旅客周转量完成3200亿人公里，增长5%", [("3200亿人公里", 320000000000, "人公里", None, None)]),
    ("全市存储总量达10EB", [("10EB", 10, "EB", None, None)]),
    ("平台汇聚数据超过3PB", [("超过3PB", 3, "PB", None, "over")]),
    ("每学期至少安排两课时", [("两课时", 2, "课时", None, "at_least")]),
    ("新任教师岗前培训不少于120学时", [("不少于120学时", 120, "学时", None, "at_least")]),
    # near misses: 吨 and 人 alone stay themselves; a kilometre stays a length
    ("运输货物3万吨，运送旅客80万人", [("3万吨", 30000, "吨", None, None), ("80万人", 800000, "人", None, None)]),
    ("新建农村公路5000公里", [("5000公里", 5000, "公里", None, None)]),
])
def test_compound_and_data_units(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the years of a school system name it (九年义务教育 was already a name): 教育, 免费(义务)教育, 制
    ("全面实现城乡九年免费义务教育", []),
    ("在城市基本普及十年教育", []),
    ("积极推进九年制义务教育，逐步从四年制改为五年制", []),
    ("普及学前三年教育", []),
    # near misses: a span of time before a word of education (a time word before it), a count of years
    ("过去五年教育投入持续增加", [("五年", 5, "年", None, None)]),
    ("他从事乡村教育三十年", [("三十年", 30, "年", None, None)]),
    ("劳动年龄人口平均受教育年限提高到10.5年", [("10.5年", 10.5, "年", None, None)]),
])
def test_years_naming_a_school_system(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # idioms and names whose numerals count nothing
    ("坚持“两条腿”走路，线上线下服务并行", []),
    ("坚持两条腿走路", []),
    ("推动三次产业融合发展", []),
    ("由主要依靠第二产业带动转向依靠三次产业共同带动", []),
    # near misses: the same classifiers counting
    ("新修农村道路两条", [("两条", 2, "条", None, None)]),
    ("全年召开三次专题会议", [("三次", 3, "次", None, None)]),
])
def test_idioms_and_names(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # how often a thing happens (every n days there is one): a rate, no span of time (realgold4)
    ("全年平均，差不多每两天就有一个重大企业建设完工", []),
    ("平均每四十六小时，就将有一个新的工厂投入生产", []),
    ("生产线平均每3分钟就有一台整机下线", []),
    # near misses: the period of what is done stays a span of time (round 9), and so does a duration
    ("每五年至少进行一次评估", [("五年", 5, "年", None, None)]),
    ("监测数据每6小时更新一次", [("6小时", 6, "小时", None, None)]),
    ("连续工作三天就能完成", [("三天", 3, "天", None, None)]),
])
def test_rates_after_mei(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the number of a figure or table opening its caption line labels it
    ("标准体系由七个部分组成。\n图1人工智能标准体系结构图\n", [("七个", 7, "个", None, None)]),
    ("\u3000\u3000图2人工智能标准体系框架图", []),
    ("表3人均收入情况", []),
    # near misses: the same characters inside a sentence, a count after a figure reference
    ("全市建成2个人工智能产业园", [("2个", 2, "个", None, None)]),
    ("如表所示，共有3人获奖", [("3人", 3, "人", None, None)]),
])
def test_figure_captions(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a zero written as a circle inside a number: no count of its tail (二百○八所 is no 8所)
    ("全国有高等学校二百○八所", []),
    # near misses: the zero written 〇 or 零 reads whole; a year with ○ stays a date
    ("全国有高等学校二百〇八所", [("二百〇八所", 208, "所", None, None)]),
    ("全国有高等学校二百零八所", [("二百零八所", 208, "所", None, None)]),
    ("一九八○年新建学校八所", [("八所", 8, "所", None, None)]),
    ("一九七九和一九八○两年合计近三百亿元", [("两年", 2, "年", None, None)]),
])
def test_circle_zero_tails(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # 前 + a count of paragraphs, items or articles in a regulation refers to the provisions before
    ("对直接负责的主管人员，分别依照前两款规定给予处分", []),
    ("申请人应当具备前四项规定的条件", []),
    ("有前三项所列情形之一的，不予登记", []),
    # near misses: counted things after 前, a count of paragraphs elsewhere
    ("前三项任务已经完成", [("三项", 3, "项", None, None)]),
    ("本条共有两款", [("两款", 2, "款", None, None)]),
])
def test_references_to_provisions(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # years listed right before a count of them: the count is of years (realgold6's 一九七九和一九八○两年)
    ("1978、1979两年共增产粮食4，000万吨", [("两年", 2, "年", None, None), ("4，000万吨", 40000000, "吨", None, None)]),
    ("2022、2023两年累计新建学校12所", [("两年", 2, "年", None, None), ("12所", 12, "所", None, None)]),
    # near misses: a label glued to a number, a code
    ("G20两年举办一次峰会", []),
    ("型号A2020三台已交付", []),
])
def test_years_listed_before_their_count(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a plan named by its years, a few words between (realgold10's 农村人居环境整治五年提升行动)
    ("实施农村人居环境整治五年提升行动", []),
    ("编制五年立法规划和十年长远规划", []),
    ("推进三年棚改攻坚计划", []),
    # near misses: a period after 每, a word of the clause between, effort spent over the years
    ("镇人民政府应当每二年组织规划编制单位评估", [("二年", 2, "年", None, None)]),
    ("今后五年要在统一规划的基础上推进", [("五年", 5, "年", None, None)]),
    ("经过五年努力实现计划目标", [("五年", 5, "年", None, None)]),
    ("用三年时间完成规划编制", [("三年", 3, "年", None, None)]),
])
def test_plans_named_by_their_years(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # ordinals listed after 第, an annex named by its number (realgold10)
    ("符合第1、2、3项规定的，可以申请", []),
    ("第一、二批试点共12个", [("12个", 12, "个", None, None)]),
    ("按附件1所列标准执行", []),
    # near misses: counts in a list without 第, a count after an ordinal
    ("分别新建3个、5个和7个", [("3个", 3, "个", None, None), ("5个", 5, "个", None, None), ("7个", 7, "个", None, None)]),
    ("第一名和两名选手晋级", [("两名", 2, "名", None, None)]),
    ("创新指数居全国第4，21个学科进入前列", [("21个", 21, "个", None, None)]),
])
def test_ordinal_lists_and_annexes(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the old 万万 for 亿 (realgold10's 七万万两以上); episodes; nuclear-material measures
    ("国家储备黄金七万万两以上", [("七万万两以上", 700000000, "两", None, "over")]),
    ("全国四万万五千万同胞", [("四万万五千万", 450000000, None, None, None)]),
    ("摄制5集电视专题片，播出三集纪录片", [("5集", 5, "集", None, None), ("三集", 3, "集", None, None)]),
    ("铀的质量为0.01有效公斤，氚的活度为1000居里", [("0.01有效公斤", 0.01, "有效公斤", None, None),
                                                  ("1000居里", 1000, "居里", None, None)]),
    # near misses: 集 opening a word, a figurative 万万
    ("组建五矿集团，推进两集中", []),
    ("这样做万万不可", []),
])
def test_old_scales_and_new_units(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, kind, expected", [
    # 概数 after a round part (peers10): 十五六岁, 一百五六十人, 十五六万元
    ("全省十五六岁的青少年全部纳入筛查", "quantity", [("十五六岁", 15, 16)]),
    ("会场来了一百五六十人", "quantity", [("一百五六十人", 150, 160)]),
    ("这项改造投资十五六万元", "money", [("十五六万元", 150000, 160000)]),
    # near misses: one number (十八, 十五万), no neighbouring digits (十五七)
    ("年满十八岁的公民", "quantity", [("十八岁", 18, None)]),
    ("约十五万人参加", "quantity", [("约十五万人", 150000, None)]),
    # minor units chained without 元 (三角五分), an Arabic tenth after 块 (12块5); 万分之 (‱)
    ("每张复印件收费三角五分", "money", [("三角五分", 0.35, None)]),
    ("每份盒饭单价12块5", "money", [("12块5", 12.5, None)]),
    ("产品不良率控制在万分之五以内", "percent", [("万分之五以内", 0.05, None)]),
    # near misses: a minor unit before a larger one, words made with 角, a phone model after 块
    ("两分五角", "money", []),
    ("五角大楼发表声明", "money", []),
    ("误差不超过十万分之一", "percent", []),
])
def test_peer_forms_round10(sentence, kind, expected):
    facts = grounded(sentence, kind)
    assert [(f.text, f.value, f.value_max) for f in facts] == expected
