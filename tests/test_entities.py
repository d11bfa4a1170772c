"""What a count is about (FACTS.md §2 quantity.entity, §5; issue 14 decision 10): the entity comes
from the count's own clause and is never carried across a verb, a verb is no entity unless it is
the state or the action counted, entities are neither cut short nor glued to the next words, and
a measure takes the noun it measures. Sentences of our own, each phenomenon with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# (id, sentence, surface of the count, entity)
ENTITIES = [
    # never carried across a verb; the action or the state counted
    ("own-clause-thing", "全市排查问题线索85条，立案32件，处分41人。", "85条", "问题线索"),
    ("own-clause-action", "全市排查问题线索85条，立案32件，处分41人。", "32件", "立案"),
    ("own-clause-people", "全市排查问题线索85条，立案32件，处分41人。", "41人", "处分"),
    ("same-unit-carries", "征求意见建议3000余条，梳理归纳1800条。", "1800条", "意见建议"),
    ("action-not-carried", "责令整改350家，立案处罚120家。", "120家", "立案处罚"),
    ("people-by-state", "台风造成12人死亡，3人失踪，230人受伤。", "12人", "死亡"),
    ("people-by-state-2", "台风造成12人死亡，3人失踪，230人受伤。", "3人", "失踪"),
    ("people-state-adjective", "事故造成2人死亡，17人重伤。", "17人", "重伤"),
    ("people-by-action", "查处违规问题40起，处理52人，给予党纪政务处分31人。", "31人", "给予党纪政务处分"),
    ("copula-no-entity", "五名委员当中，三名是新任委员。", "五名", "委员"),
    # not cut short
    ("idiom-noun", "事件中有4名武装人员受伤。", "4名", "武装人员"),
    ("above-inside", "全省共有3.1万个县处级以上领导班子参加。", "3.1万个", "县处级以上领导班子"),
    ("compound-in-object", "全县累计推出86项制度创新成果，其中21项为全省首创。", "86项", "制度创新成果"),
    ("elided-after-qizhong", "全县累计推出86项制度创新成果，其中21项为全省首创。", "21项", "制度创新成果"),
    ("relative-head", "600余名身穿救援服的志愿者参加演练。", "600余名", "志愿者"),
    ("verb-modifier-after-he", "由12名退休教师和退出现役军人组成。", "12名", "退休教师和退出现役军人"),
    # not glued to the next words
    ("double-object", "授予“新型储能材料研究”等15项成果省科学技术进步奖一等奖。", "15项", "成果"),
    ("attribute-de", "对9个方面的专项整治进行督查。", "9个", "方面"),
    ("substance-deng", "推动60万吨乙二醇等项目投产。", "60万吨", "乙二醇"),
    ("localizer", "党委的七个委员当中，有两名新同志。", "七个", "委员"),
    ("no-predicate-de", "十个分论坛分别就各自领域的热点进行讨论。", "十个", "分论坛"),
    # measures of a place noun: the measured noun before the number
    ("measure-area", "面积十公顷以上的河流湿地。", "十公顷以上", "面积"),
    ("measure-output", "年产量三十万吨以上的建筑用砂矿。", "三十万吨以上", "年产量"),
    ("measure-keeps-verb", "发展花卉种植460亩、茶叶种植1200亩。", "1200亩", "茶叶种植"),
    ("measure-substance", "新增40万吨液化天然气储备能力。", "40万吨", "液化天然气"),
    # level verbs and amount words are not glued on
    ("amount-word", "全市新能源汽车保有量突破12万辆。", "12万辆", "新能源汽车"),
    ("to-level", "宽带用户数增加到320万户。", "320万户", "宽带用户"),
    ("filler-yishi", "申报材料一式两份。", "两份", "申报材料"),
    ("modal", "检查人员不得少于2人。", "不得少于2人", "检查人员"),
    ("level-verb", "入围生产企业只有1家的，", "1家", "生产企业"),
    # elided heads, households and people, ages
    ("passed-ones", "乳制品86批次，合格86批次；饮料40批次，合格39批次。", "39批次", "合格饮料"),
    ("scope-narrows", "共发生地震20次，其中沿海地区9次。", "9次", "发生地震"),
    ("households-people", "全县有低保户1200户3100人。", "3100人", "低保人口"),
    ("age-of-people", "为860名70周岁以上老人发放补贴。", "860名", "70周岁以上老人"),
    ("noun-after-classifier", "这三个组织各有二十名会员。", "三个", "组织"),
    ("change-subject", "参保企业由2019年的120家增加到310家。", "310家", "参保企业"),
    ("change-subject-to-year", "参保企业由2019年的120家增加到2023年底的310家。", "310家", "参保企业"),
    ("name-list", "附件：优秀志愿者名单（120名）", "120名", "优秀志愿者"),
    # a verb inside the counted compound, read from the words around it
    ("compound-verb-object", "全省共遴选出38个数字乡村试点示范项目，", "38个", "数字乡村试点示范项目"),
    ("compound-verb-second-count", "整理出4大类27个智能制造优秀场景。", "27个", "智能制造优秀场景"),
    ("compound-verb-subject", "5家区域性合作银行驻县网点将延长营业时间。", "5家", "区域性合作银行"),
    ("verb-with-object", "双方围绕8个合作项目签署了框架协议。", "8个", "合作项目"),
    ("verbal-noun-adverbial", "为2.3万名老年人免费提供健康体检。", "2.3万名", "老年人"),
    ("list-of-predicates", "街道新增了12台充电桩、改造了两处停车场。", "12台", "充电桩"),
    ("scope-word-after-count", "大会表彰了120名全省优秀教师。", "120名", "全省优秀教师"),
    # a threshold after a measure is not the thing measured; 个 counts the threshold itself
    ("milestone-measure", "全市粮食产量首次跨上了30亿斤的新台阶。", "30亿斤", "粮食产量"),
    ("milestone-counted", "全县生产总值连跨三个百亿元台阶。", "三个", "百亿元台阶"),
    # the numbers of a 分别 list take one member each
    ("list-members", "全县现有幼儿园、小学和初中分别为46所、31所和12所。", "31所", "小学"),
    ("list-members-head", "羊、牛存栏量分别达到12万只、3万头。", "3万头", "牛存栏量"),
    # signs and comparison verbs between the phrase and its number; distances from a place
    ("comparison-sign", "申请实用新型专利≥4项。", "≥4项", "实用新型专利"),
    ("comparison-verb", "孔径均小于0.5毫米。", "小于0.5毫米", "孔径"),  # (the span holds 小于 since pqd11)
    ("distance-from-place", "该村东距县城12公里。", "12公里", None),
    ("distance-measure-after-place", "距河道水平距离300米。", "300米", "河道水平距离"),
    ("measure-before-relative", "村庄位于海拔高程800米左右的丘陵地带。", "800米左右", "海拔高程"),
    # a size or grade before 的 describes the head after it; a ranking inside a name
    ("size-before-de", "引进3个百亿级投资规模的新材料项目。", "3个", "新材料项目"),
    ("ranking-in-name", "已有120家世界500强企业在本市设立分支机构。", "120家", "世界500强企业"),
    # a number of a change whose own clause is only the comparison counts the subject before
    ("change-comparison-only", "全市高校招生5.2万人，比上年增加3000人。", "3000人", "高校招生"),
    # a goal or level after 的 is not counted; days counted have their noun, a duration none
    ("goal-after-de", "完成农村公路改造600公里以上的目标。", "600公里以上", "农村公路改造"),
    ("days-counted", "全市空气质量优良天数增加12天。", "12天", "空气质量优良天数"),
    ("duration-none", "集中学习时间不少于3天。", "不少于3天", None),
    # those reached by a verb of reach; people after a preposition; a vehicle or event noun after 趟/次
    ("reach-households", "改造老旧小区42个、惠及1.2万户。", "1.2万户", None),
    ("reach-capacity", "新建礼堂可容纳800人。", "800人", None),
    ("trips-noun-first", "全省开行120趟旅游专列带动沿线消费。", "120趟", "旅游专列"),
    ("trips-compound-activity", "开展了3轮意见建议征求活动。", "3轮", "意见建议征求活动"),
    ("time-word-after-noun", "全市312个项目正在加快建设。", "312个", "项目"),
    ("conjunction-after-count", "建成社区食堂126个并向全体居民开放。", "126个", "社区食堂"),
    ("conjunction-in-phrase", "新建5个文化广场并配备健身器材。", "5个", "文化广场"),
    ("paired-members", "城乡低保对象分别为1.2万人、3.4万人。", "3.4万人", "农村低保对象"),
    # a bracket of counts after a count breaks it down; the counted noun stood before
    ("breakdown-in-brackets", "其中本土病例1211例（吉林1058例，上海110例）。", "1211例", "本土病例"),
    ("breakdown-member", "其中本土病例1211例（吉林1058例，上海110例）。", "1058例", "吉林"),
    ("bracket-without-count", "建成5个（类）示范基地。", "5个（类）", "示范基地"),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entity(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity


# near misses: what must not become the entity
@pytest.mark.parametrize("sentence,surface,not_entity", [
    ("全市排查问题线索85条，立案32件，处分41人。", "32件", "问题线索"),  # across 立案
    ("全市排查问题线索85条，立案32件，处分41人。", "41人", "问题线索"),  # across 处分
    ("地震造成365人死亡。", "365人", "造成"),  # a verb is no entity
    ("四个单位获得表彰。", "四个", "单位获得表彰"),  # a count opening its clause: the predicate follows
    ("8个企业获得专项奖励。", "8个", "企业获得专项奖励"),  # a verb with its object ends the clause: a predicate
    ("考察团由36人组成。", "36人", "组成"),  # after a preposition the verb is the clause's, not the people's state
    ("两处300立方米的滑坡造成道路中断。", "300立方米", "滑坡造成道路"),  # after a noun, a verb is a predicate
], ids=["across-lian", "across-chufen", "zaocheng", "subject-predicate", "predicate-with-object",
        "predicate-after-noun", "people-after-preposition"])
def test_entity_near_misses(sentence, surface, not_entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits and hits[0].entity != not_entity
