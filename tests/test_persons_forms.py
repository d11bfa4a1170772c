"""Persons in forms real news and notices use: appointments with adverbs or lists between the verb and
the post, names joined by 和 after a shared title, foreign and Hong Kong titles, names the segmenter
splits, time words after a name; each with near misses that must stay without a person."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# (id, sentence, [(name, title, org), …] expected in text order)
FORMS = [
    # appointments: an adverb or modal word between the name and its link word
    ("passive-appointed", "王五被任命为省长。", [("王五", "省长", None)]),
    ("re-elected", "王五再次当选为省政协主席。", [("王五", "主席", "省政协")]),
    ("already-elected", "王五已当选为主席。", [("王五", "主席", None)]),
    ("formally-takes-office", "王五正式出任国务院副总理。", [("王五", "副总理", "国务院")]),
    ("will-take-office", "王五将出任市长。", [("王五", "市长", None)]),
    ("no-longer-holds", "王五同志担任市委书记，李四同志不再担任市委书记职务。",
     [("王五", "市委书记", None), ("李四", "市委书记", None)]),
    ("promoted-to", "李四升任市人民政府秘书长。", [("李四", "秘书长", "市人民政府")]),
    # appointments: several names joined by 、 before one post
    ("verb-list", "会议任命王刚、李明为副市长。", [("王刚", "副市长", None), ("李明", "副市长", None)]),
    ("clause-list", "任命李强为国务院总理，丁薛祥、何立峰为国务院副总理。",
     [("李强", "总理", "国务院"), ("丁薛祥", "副总理", "国务院"), ("何立峰", "副总理", "国务院")]),
    ("list-after-colon", "分工如下：王刚、李明为组长。", [("王刚", "组长", None), ("李明", "组长", None)]),
    ("removal-list", "免去王刚、李明的副市长职务。", [("王刚", "副市长", None), ("李明", "副市长", None)]),
    ("removal-without-de", "免去王五省财政厅厅长职务。", [("王五", "厅长", "省财政厅")]),
    ("removal-list-without-de", "免去王刚、李明市教育局副局长职务。",
     [("王刚", "副局长", "市教育局"), ("李明", "副局长", "市教育局")]),
    # names joined by 和 after one title: the last member of a list, or two with 等 / 分别 after them
    ("and-last-member", "副市长张三、李四和王五参加会议。",
     [("张三", "副市长", None), ("李四", "副市长", None), ("王五", "副市长", None)]),
    ("and-with-together", "副委员长李建国、王晨和沈跃跃一同来到现场。",
     [("李建国", "副委员长", None), ("王晨", "副委员长", None), ("沈跃跃", "副委员长", None)]),
    ("and-respectively", "副省长王刚和李明分别出席会议。", [("王刚", "副省长", None), ("李明", "副省长", None)]),
    ("and-etc", "市长王刚和李明等出席。", [("王刚", "市长", None), ("李明", "市长", None)]),
    # foreign and Hong Kong titles, names closed by a time word
    ("dprk-minister", "朝鲜外务相崔善姬表示，", [("崔善姬", "外务相", "朝鲜")]),
    ("japan-minister-time-word", "日本外务大臣岩屋毅当天说，", [("岩屋毅", "外务大臣", "日本")]),
    ("japan-cabinet-secretary", "日本内阁官房长官林芳正表示，", [("林芳正", "官房长官", "日本内阁")]),
    ("korea-minister", "韩国外交部长官赵兑烈表示，", [("赵兑烈", "外交部长官", "韩国")]),
    ("hk-chief-executive", "特首林郑月娥昨日表示，", [("林郑月娥", "特首", None)]),
    ("hk-traditional-today", "行政長官林鄭月娥今日出席活動。", [("林郑月娥", "行政长官", None)]),
    # names the segmenter splits or guesses
    ("guessed-word-in-name", "区委常委、副区长支现伟表示，", [("支现伟", "常委、副区长", "区委")]),
    # a slot of a list of officials: the next member's title vouches for the name before the comma
    ("listed-official-word-in-name", "浙江省副省长高兴夫，宁波市委副书记、市长裘东耀出席。",
     [("高兴夫", "副省长", "浙江省"), ("裘东耀", "市委副书记、市长", "宁波市")]),
    ("listed-official-noun-is-no-name", "在厅长任期内，副厅长王五主持。", [("王五", "副厅长", None)]),
    ("listed-official-verb-is-no-name", "市委书记强调，市长王五要求。", [("王五", "市长", None)]),
    ("listed-official-clause-is-no-name", "工会主席空缺的，首席代表由副主席担任。", []),
    # name before a deputy's title
    ("name-then-deputy-title", "王五副县长在会上指出，", [("王五", "副县长", None)]),
]

# near misses: no person, or not the one a careless rule would find
NOT_FORMS = [
    ("verb-after-name-is-no-link", "王五任命李四为秘书长。", "王五"),  # 任 of 任命 is no link: 王五 holds no post
    ("and-two-names-no-cue", "副省长王刚和李明出席会议。", "李明"),  # two people, one title unstated for 李明
    ("and-spouse", "主席习近平和夫人彭丽媛出席。", "彭丽媛"),
    ("and-group", "书记王刚和群众一起劳动。", "群众"),
    ("and-other-title", "县长王刚和副县长李明出席。", None),  # 李明 has his own title (checked below)
    ("conjunction-is-no-surname", "聘请业内专家学者和领军人才组建团队。", "和领军"),
    ("conjunction-before-a-level", "乡(镇)人民政府主要领导人和县(市、区)人民政府负责人", "和县"),
    ("transliteration-inside-a-name", "信息化和软件服务业司任利华副司长参加会议。", "利华"),
    ("no-name-after-deputy", "全县副县长以上干部参加。", None),
    ("removal-without-post-word", "免去王五省财政厅厅长。", "王五"),  # no 的, no 职务: not read as a removal
    ("title-inside-a-word", "对于跨地区长途运输车辆超限的，", None),  # 地区/长途: no 区长
    ("verb-and-adjective-no-name", "列席会议的人大代表有充足的时间发表意见。", None),
]


@pytest.mark.parametrize("sentence,expected", [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_person_form(sentence, expected):
    got = [(f.name, f.title, f.org) for f in extract_facts(sentence, kinds=["person"])]
    assert got == expected
    for f in extract_facts(sentence, kinds=["person"]):
        assert sentence[f.start:f.end].replace("\n", "") == f.text.replace("\n", "")


@pytest.mark.parametrize("sentence,wrong", [n[1:] for n in NOT_FORMS], ids=[n[0] for n in NOT_FORMS])
def test_not_this_person(sentence, wrong):
    names = [f.name for f in extract_facts(sentence, kinds=["person"])]
    if wrong is None:
        assert all(n in ("王刚", "李明") for n in names), names
    else:
        assert wrong not in names, names


def test_other_title_after_and_keeps_its_own():
    got = [(f.name, f.title) for f in extract_facts("县长王刚和副县长李明出席。", kinds=["person"])]
    assert got == [("王刚", "县长"), ("李明", "副县长")]
