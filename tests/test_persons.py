"""Persons: officials with title and org, name-then-title, bylines, photo credits; non-persons."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.extract.names import is_name, name_after
from govtext.extract.persons import official_titles, split_org
from govtext.lexicons import lexicon_dir, load_words

PERSONS = [
    # (id, sentence, surface, name, title, org)
    # title + name
    ("title-name", "活动中，区委书记杨超以“学习践行", "区委书记杨超", "杨超", "区委书记", None),
    ("title-name-2", "在新兴村，区长胡玉华通过组织座谈", "区长胡玉华", "胡玉华", "区长", None),
    ("blank-line-wrap", "脚上沾有多少泥土，心中就能沉淀多少真情。活动开展以来，区委\n\n书记杨超、区长胡玉华不定时间、不定路线",
     "区委\n\n书记杨超", "杨超", "区委书记", None),
    ("wrap-after-first-char", "在机关，7月下旬，洮北区各套班子相继召开专题民主生活会。区\n委书记杨超代表常委班子作对照检查，主动",
     "区\n委书记杨超", "杨超", "区委书记", None),
    ("glued-given-name", "在辉煌村，区委书记杨超访民情，察民忧", "区委书记杨超", "杨超", "区委书记", None),
    ("three-char-name", "县委常委、宣传部部长王红梅主持会议。", "县委常委、宣传部部长王红梅", "王红梅", "常委、宣传部部长", "县委"),
    # organization split off
    ("org-level-district", "今年4月，海曙区委书记朱刚赴段塘街道", "海曙区委书记朱刚", "朱刚", "区委书记", "海曙区"),
    ("org-level-city-traditional", "剛剛啟動,撫順市委書記王桂芬代表市委班子", "撫順市委書記王桂芬", "王桂芬", "市委书记", "抚顺市"),
    ("org-newspaper", "邀请吉林日报社社长邴正同志作", "吉林日报社社长邴正", "邴正", "社长", "吉林日报社"),
    ("org-centre", "邀請中央特約評論員楊禹和省政協", "中央特約評論員楊禹", "杨禹", "特约评论员", "中央"),
    ("two-roles", "楊禹和省政協常委、文化和文史資料委員會主任張鳳羽作了兩次輔導", "省政協常委、文化和文史資料委員會主任張鳳羽",
     "张凤羽", "常委、文化和文史资料委员会主任", "省政协"),
    ("state-council", "国务院总理李克强主持召开国务院常务会议", "国务院总理李克强", "李克强", "总理", "国务院"),
    # name then title
    ("name-first", "学习习近平总书记系列重要讲话精神", "习近平总书记", "习近平", "总书记", None),
    ("name-first-traditional", "學習貫徹習近平總書記系列講話精神", "習近平總書記", "习近平", "总书记", None),
    # bylines and photo credits
    ("bullet-byline", "华美的新乐章\n●白 雪\n", "●白 雪", "白雪", "作者", None),
    ("photo-credit", "征求座谈会。 王维俊摄\n", "王维俊摄", "王维俊", "摄影", None),
    ("photo-credit-spaced", "清理垃圾。（王维俊 摄）\n", "王维俊 摄", "王维俊", "摄影", None),
    ("photo-credit-after-role", "图为社区干部走访群众。 本报记者 陈静摄\n", "陈静摄", "陈静", "摄影", None),
    ("reporter-byline", "\n海曙记者站 许玉芬 毛一波\n", "海曙记者站 许玉芬", "许玉芬", "记者", "海曙记者站"),
    ("reporter-byline-second", "\n海曙记者站 许玉芬 毛一波\n", "毛一波", "毛一波", "记者", "海曙记者站"),
    ("reporter-agency", "\n新华社记者 张晓松\n", "新华社记者 张晓松", "张晓松", "记者", "新华社"),
    ("reporter-own-paper", "\n本报记者 张晓松\n", "张晓松", "张晓松", "记者", None),
    ("byline-two-roles-reporter", "\n本报记者 郑小红 通讯员 杨 帆\n", "郑小红", "郑小红", "记者", None),
    ("byline-two-roles-correspondent", "\n本报记者 郑小红 通讯员 杨 帆\n", "杨 帆", "杨帆", "通讯员", None),
    ("label-footer", "\n来源：湖南日报\n作者：姚学文\n编辑：闵美颖\n", "作者：姚学文", "姚学文", "作者", None),
    ("label-slash", "\n文/张 三\n", "文/张 三", "张三", "作者", None),
    # a label field among others on a line, set apart by wide spaces
    ("label-field-web", "\n时间：2016.10.28　　来源：县水利局　　作者：胡丽萍　　浏览次数：326\n", "作者：胡丽萍", "胡丽萍", "作者", None),
    ("label-field-last", "\n发布时间：2016-10-28  来源：县水利局  作者：胡丽萍\n", "作者：胡丽萍", "胡丽萍", "作者", None),
    # heldout4: 常务副X长, 总河长 and 驻村工作队队长 in role chains; 带队 ends a name
    ("executive-deputy-chain", "县委常委、常务副县长何明远带队开展遍访贫困户行动", "县委常委、常务副县长何明远", "何明远",
     "常委、常务副县长", "县委"),
    ("river-chief-chain", "市委常委、常务副市长、市级总河长周立新将于11月下旬带队", "市委常委、常务副市长、市级总河长周立新",
     "周立新", "常委、常务副市长、市级总河长", "市委"),
    ("work-team-leader", "县扶贫局驻杨家沟村第一书记、工作队队长张宏 伟带领群众发展核桃产业", "第一书记、工作队队长张宏 伟", "张宏伟",
     "第一书记、工作队队长", None),
    ("discipline-and-supervision", "市纪委书记、市监委主任孙建华对整改情况开展专项监督", "市纪委书记、市监委主任孙建华", "孙建华",
     "市纪委书记、市监委主任", None),
    ("discipline-with-place", "抚顺市纪委副书记王强介绍", "抚顺市纪委副书记王强", "王强", "市纪委副书记", "抚顺市"),
    ("former-title", "该县民政局原局长张某某利用职务便利", "民政局原局长张某某", "张某某", "原局长", "民政局"),
    ("former-title-alone", "原局长张某某利用职务便利", "原局长张某某", "张某某", "原局长", None),
    ("village-secretary-chain", "村党支部书记、村委会主任王某某虚报冒领危房改造补助资金", "村党支部书记、村委会主任王某某", "王某某",
     "村党支部书记、村委会主任", None),
    ("village-secretary-named-village", "杨家沟村党支部书记杨德顺感慨地说", "杨家沟村党支部书记杨德顺", "杨德顺", "村党支部书记",
     "杨家沟村"),
    ("name-before-shuo", "驻村工作队长李明说，要加强产业带动", "驻村工作队长李明", "李明", "驻村工作队长", None),
    ("name-before-shuo-colon", "县长王芳说：", "县长王芳", "王芳", "县长", None),
    ("three-char-name-before-shuo", "县委书记赵建平说，", "县委书记赵建平", "赵建平", "县委书记", None),
    ("signer-beside-number", "\n江林政〔2016〕12号　　　　　　签发人：张建国\n", "签发人：张建国", "张建国", "签发人", None),
]


@pytest.mark.parametrize("sentence,surface,name,title,org", [p[1:] for p in PERSONS], ids=[p[0] for p in PERSONS])
def test_person(sentence, surface, name, title, org):
    facts = extract_facts(sentence, kinds=["person"])
    hit = [f for f in facts if f.text == surface]
    assert hit, facts
    assert (hit[0].name, hit[0].title, hit[0].org) == (name, title, org)
    assert sentence[hit[0].start:hit[0].end] == surface


NOT_PERSONS = [
    ("role-without-name", "区委书记带头帮扶，把"),
    ("role-then-verb", "区委书记带头写材料"),
    ("surname-like-verb", "市委書記任組長"),
    ("surname-like-conjunction", "市委書記和市委常委們帶頭授課"),
    ("role-then-preposition", "用总书记在兰考调研重要讲话精神统一思想"),
    ("comrade-is-no-role", "关于焦裕禄同志的报告文学"),
    ("persona", "听说老彭回来，彭书记又来了"),
    ("bare-name", "今年9月份，朱刚再一次以“老彭”身份回到丽园社区"),
    ("not-a-credit", "我们进行了拍摄"),
    ("bullet-item", "●严格落实责任\n"),
    ("ordinal-title-holder", "共选派192名基层党组织第一书记，"),
    ("editor-footer", "\n编辑：闵美颖\n"),
    ("editor-web", "\n【纠错】 责任编辑： 张舒\n"),
    ("label-inside-sentence", "\n本文作者：胡丽萍同志认为要加强管理。\n"),
    ("river-chief-without-name", "实现全市56条河流、18座水库河长全覆盖"),
    ("team-leader-without-name", "由工作队队长带队入户"),
    ("editor-field", "\n时间：2016.10.28　　编辑：胡丽萍　　浏览次数：326\n"),
]


@pytest.mark.parametrize("sentence", [n[1] for n in NOT_PERSONS], ids=[n[0] for n in NOT_PERSONS])
def test_not_a_person(sentence):
    assert extract_facts(sentence, kinds=["person"]) == []


@pytest.mark.parametrize("run,org", [
    ("邀请吉林日报社", "吉林日报社"),
    ("中央", "中央"),
    ("组长由", ""),
    ("杨禹和省政协", "省政协"),
], ids=["verb-cut", "centre", "preposition", "conjunction"])
def test_split_org(run, org):
    assert split_org(run) == org


@pytest.mark.parametrize("word,ok", [
    ("胡玉华", True), ("邴正", True), ("欧阳修", True), ("彭", False), ("老彭", False), ("的确", False),
], ids=["three", "rare-surname", "compound-surname", "surname-only", "address", "no-surname"])
def test_is_name(word, ok):
    assert is_name(word) is ok


@pytest.mark.parametrize("text,name", [
    ("杨超以“学习践行", "杨超"), ("胡玉华不定时间", "胡玉华"), ("杨超访民情", "杨超"), ("任组长", None),
], ids=["preposition-after", "three-chars", "glued", "title-not-name"])
def test_name_after(text, name):
    assert name_after(text) == name


def test_segmenter_words_are_official_titles():
    # words/officials.txt keeps titles whole for the segmenter; every entry must be a title form
    forms = official_titles()
    assert set(load_words("words/officials.txt")) <= set(forms)


def test_surnames_include_two_character_ones():
    names = set(load_words("surnames.txt"))
    assert {"欧阳", "司马", "诸葛", "邴", "习"} <= names
    assert (lexicon_dir() / "surnames.txt").is_file()


def test_corpus_persons_have_valid_names(seed):
    stem, raw = seed
    facts = extract_facts(raw, kinds=["person"])
    for fact in facts:
        assert raw[fact.start:fact.end] == fact.text
        assert is_name(fact.name)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["区委书记", "杨超", "、", "区长", "●", "白 雪", "摄", "\n", " ", "海曙记者站", "总书记", "习近平", "和"]),
                max_size=12).map("".join))
def test_persons_are_grounded(raw):
    for fact in extract_facts(raw, kinds=["person"]):
        assert raw[fact.start:fact.end] == fact.text
