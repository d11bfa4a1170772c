"""Round 14: what a count, an amount or a change is about, on forms the dev gold and unseen real text showed.

- A verb after the noun of a counted phrase that leads through nouns (and quoted names) to the head of a
  compound (``compound_head`` of entity_words.tsv: 企业, 成果, 工程 …) is inside the compound: before the
  predicate when the count opens its clause (``2项制度创新成果入选…``), to the end of the clause in an
  object (``落地5家金融租赁管理型项目公司。``). Not when the verb and its object are the predicate of a
  count opening its clause (``5家银行设立服务中心。``), nor after a head (``3家企业获得示范企业称号``).
- A duration right before a phrase ending in a word for a record (``record`` of entity_frames.tsv: 经历, 业绩,
  历史 …), or before its 的, is the length of that record: ``3年以上驾驶经历`` → 驾驶经历. Other durations
  count nothing (``用3年时间``).
- An age right before a phrase naming people (``people`` and ``aged`` of entity_frames.tsv) is theirs
  (``3岁以下婴幼儿``, ``未满十六周岁未成年人``); ``N个月大的`` is an age. Not a verb after the age (``年满60岁退休``).
- A headless relative clause and a verb of existence before a count (``已投产的有十七项``) name a part of the
  things counted before in the sentence: their noun is the entity.
- An amount before 的 and a phrase naming a sum of money (``money_end`` of entity_words.tsv: 损失, 费用 …; funds,
  payments, sums) is that sum when the phrase before the amount names none (who bears it, the verb):
  ``造成7名被害人100多万元的经济损失`` → 经济损失. A sum named before stays (``年销售收入不超过2000万元的企业``).
- A governing cue tagged as a verbal noun opening the phrase after a count, before a noun, is inside the
  compound (``成立了10个研究中心``, ``开展3次培训活动``). Reading leftwards, a verb right after a governing verb
  and before a compound noun is one more predicate (``安排开行旅客列车6077对`` → 旅客列车), not before a noun of two
  characters it may modify (``解决突出问题70余个``), nor before money (``安排扶贫资金``).
- Places of an administrative level right after a count (``省（区、市）``, ``县域``, ``行政村``) are what is counted when
  the nouns after them end in a word for what a place has or yields (``attribute``/``stat_end`` of entity_words.tsv:
  用电, 效益, 资源 …); before other nouns they modify them (``乡镇卫生院``, ``社区组织阵地``).
- The numbers of a change whose clause opens with a bare product noun, after clauses of the same sentence that
  named the measure (``原煤产量由…增加到…，原油由…增加到…``), count that measure of the noun (原油产量), as the
  change's subject already did.
- A ``分别`` list: a scope before the first member of one-word members (``限额以上``) leads every member, which
  share the head after the last (``限额以上通讯器材、家用电器、新能源汽车零售额``); of two coordinate abbreviations
  (paired_terms.tsv, now with 存贷款) the one nearer the head is split (``本外币存贷款余额`` → 本外币存款余额 …).
- Adverbs opening a predicate that the tagger reads as nouns (基本, 全面完成 …: ``predicate`` rows of entity_cues.tsv)
  end the phrase counted, also before the verb the number follows (``城镇保障性住房基本建成470万套``); 新开工
  governs the count (its things named before, of the same unit). A count's phrase ending in what the things
  have or yield (``191家工业企业营业收入超百亿元``) counts the things. A place alone before a count of people
  is where they are, no entity (``佛州约650万人``).
- A count of people after a noun for people and the verbs of what they did (``高校毕业生留省就业``), or after those
  verbs alone with the people right before them (``失业人员实现再就业``), counts the people.
- A digit and a capital inside a term (``5G``, ``4K``) stay in the counted phrase; a list member after 、 with a
  number of its own ends it (``抽查了516个项目、中央资金553.3亿元``: 项目, and the money is 中央资金); a magnitude
  measures the earthquake the phrase after it opens with (``5.6级地震灾后重建`` → 地震).
- Reading leftwards before an amount, a verb of change after an adverb and before the noun of the money is the
  predicate (``中央财政当年就增加支出621亿元`` → 支出); right after a noun it names the sum (``居民增加储蓄``).
- A verb of causing after its cause (``cause`` of entity_subject_words.tsv: 带动, 拉动 …) opens what changed
  (``消费品以旧换新带动限上新能源汽车…零售额分别增长…``); list members that name no measure, money or people of their own
  share the measure the last one ends in, however long they are.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

COMPOUND_CASES = [
    ("今年有2项制度创新成果入选全国案例。", "2项", "制度创新成果"),
    ("全省1200个公共卫生体系补短板工程建成运行。", "1200个", "公共卫生体系补短板工程"),
    ("首批16个森林“四库”联动试点区建设扎实推进。", "16个", "森林四库联动试点区"),
    ("本市新落地7家金融租赁管理型项目公司。", "7家", "金融租赁管理型项目公司"),
    ("年内新增9个国家公共数据“跑起来”示范场景。", "9个", "国家公共数据跑起来示范场景"),
    ("新创建3个国家级乡村振兴示范县。", "3个", "国家级乡村振兴示范县"),
    ("全市建立40个“双师型”教师培养培训基地，职业院校全部参与。", "40个", "双师型教师培养培训基地"),
    # near misses: a verb and its object as the predicate; a verb after a head; a verb of change
    ("5家银行设立服务中心。", "5家", "银行"),
    ("3家企业获得示范企业称号。", "3家", "企业"),
    ("去年设立12个服务中心支持企业。", "12个", "服务中心"),
    ("推动8家企业增加研发投入。", "8家", "企业"),
]


@pytest.mark.parametrize("sentence,surface,entity", COMPOUND_CASES)
def test_compound_head_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


TIME_CASES = [
    ("申请人应具有5年以上驾驶经历。", "5年以上", "驾驶经历"),
    ("机构须具备3年以上优秀培训业绩。", "3年以上", "优秀培训业绩"),
    ("这座古城有两千多年的建城历史。", "两千多年", "建城历史"),
    ("累计满二十五年教龄的教师享受补贴。", "二十五年", "教龄"),
    ("全市65岁以上老年人免费乘车。", "65岁以上", "老年人"),
    ("对不满三周岁婴幼儿开展早期教育。", "不满三周岁", "婴幼儿"),
    ("见习范围扩展至16—24岁失业青年。", "16—24岁", "失业青年"),
    ("这户人家8个月大的婴儿需要奶粉。", "8个月", "婴儿"),
    # near misses: a duration of time only; a verb after an age; a duration before a later event
    ("用3年时间完成改造。", "3年", None),
    ("年满60岁即可退休。", "60岁", None),
    ("职工年满60岁退休。", "60岁", "职工"),
    ("工程历时3年建成。", "3年", None),
    ("他在10个月后返回。", "10个月", None),
]


@pytest.mark.parametrize("sentence,surface,entity", TIME_CASES)
def test_durations_and_ages_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


EXISTS_CASES = [
    ("在援建的一百四十一个项目中，已投入生产的有十七项，正在施工的有三十四项。", "十七项", "项目"),
    ("在援建的一百四十一个项目中，已投入生产的有十七项，正在施工的有三十四项。", "三十四项", "项目"),
    ("现在共有党员四百二十人，其中在国外的有四十四人。", "四十四人", "党员"),
    # near misses: no earlier count to name the part; a verb with its own object before the count
    ("参加考试的有300人。", "300人", None),
    ("现在共有党员四百二十人，其中国外党员四十四人。", "四十四人", "国外党员"),
]


@pytest.mark.parametrize("sentence,surface,entity", EXISTS_CASES)
def test_headless_relative_exists_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


MONEY_CASES = [
    ("这起案件造成12名储户300多万元的经济损失。", "300多万元", "经济损失"),
    ("违反规定的，可处2000元以下的罚款。", "2000元以下", "罚款"),
    ("对单位并处一万元以上五万元以下的罚款。", "一万元以上五万元以下", "罚款"),
    ("社会团体应有固定的住所、3万元以上的资金。", "3万元以上", "资金"),
    ("他主动缴纳了200元和80元使用费用。", "200元", "使用费用"),
    # near misses: a sum named before the amount; a noun after 的 that is no sum of money
    ("年营业收入不超过5000万元的企业可以申请。", "不超过5000万元", "年营业收入"),
    ("对注册资本500万元以上的公司给予奖励。", "500万元以上", "注册资本"),
]


@pytest.mark.parametrize("sentence,surface,subject", MONEY_CASES)
def test_money_sum_after_de_round14(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


VERB_EDGE_CASES = [
    ("学院成立了6个研究中心。", "quantity", "6个", "研究中心"),
    ("全年开展12次培训活动。", "quantity", "12次", "培训活动"),
    ("节后高峰日安排开行旅客列车5200对。", "quantity", "5200对", "旅客列车"),
    ("各地征求搜集群众意见2万多条。", "quantity", "2万多条", "群众意见"),
    ("提请常委会制定修订行政法规30部。", "quantity", "30部", "行政法规"),
    # near misses: a verb before a noun of two characters; money; a verbal noun
    ("解决突出问题70余个。", "quantity", "70余个", "突出问题"),
    ("中央财政安排扶贫资金122亿元。", "money", "122亿元", "扶贫资金"),
    ("民航完成运输总周转量116亿吨公里。", "quantity", "116亿吨公里", "运输总周转量"),
]


@pytest.mark.parametrize("sentence,kind,surface,noun", VERB_EDGE_CASES)
def test_verb_edges_round14(sentence, kind, surface, noun):
    fact = fact_at(sentence, kind, surface)
    assert (fact.entity if kind == "quantity" else fact.subject) == noun


PLACE_CASES = [
    ("全国12个省（区、市）用电增速超过10%。", "12个", "省（区、市）"),
    ("全国有25个省、自治区、直辖市工业效益好于上年。", "25个", "省、自治区、直辖市"),
    ("30个国家重点生态功能区县域生态质量变好。", "30个", "国家重点生态功能区县域"),
    ("全年完成800个行政村生活污水治理。", "800个", "行政村"),
    ("整合沿线9个省（区、市）文物和文化资源。", "9个", "省（区、市）"),
    # near misses: places before an institution or facility they modify
    ("新建20个乡镇卫生院。", "20个", "乡镇卫生院"),
    ("培育100家省重点实验室。", "100家", "省重点实验室"),
    ("改造了55个社区组织阵地。", "55个", "社区组织阵地"),
]


@pytest.mark.parametrize("sentence,surface,entity", PLACE_CASES)
def test_places_counted_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


PARALLEL_CASES = [
    ("全省原煤产量由3000万吨增加到4000万吨，原油由500万吨增加到620万吨。", "500万吨", "原油产量"),
    ("全省原煤产量由3000万吨增加到4000万吨，原油由500万吨增加到620万吨。", "620万吨", "原油产量"),
    # near miss: no clause before names a measure
    ("原油由500万吨增加到620万吨。", "620万吨", "原油"),
]


@pytest.mark.parametrize("sentence,surface,entity", PARALLEL_CASES)
def test_parallel_measure_counts_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


LIST_CASES = [
    ("限额以上通讯器材、家用电器、新能源汽车零售额分别增长40%、27%、30%。", "增长40%", "限额以上通讯器材零售额"),
    ("限额以上通讯器材、家用电器、新能源汽车零售额分别增长40%、27%、30%。", "27%", "限额以上家用电器零售额"),
    ("金融机构人民币存贷款余额分别增长6.9%、6.6%。", "增长6.9%", "金融机构人民币存款余额"),
    ("金融机构人民币存贷款余额分别增长6.9%、6.6%。", "6.6%", "金融机构人民币贷款余额"),
    # near miss: a list of whole measures stays
    ("城镇居民收入、农村居民收入分别增长5%、7%。", "7%", "农村居民收入"),
]


@pytest.mark.parametrize("sentence,surface,subject", LIST_CASES)
def test_distributive_lists_round14(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


BOUND_CASES = [
    ("今年城镇保障性住房基本建成400万套、新开工600万套。", "400万套", "城镇保障性住房"),
    ("今年城镇保障性住房基本建成400万套、新开工600万套。", "600万套", "城镇保障性住房"),
    ("全年30件民生实事全面完成。", "30件", "民生实事"),
    ("全省150家工业企业营业收入超百亿元。", "150家", "工业企业"),
    ("青岛等5个集群产值已达千亿规模。", "5个", "集群"),
    ("台风登陆前，佛州约600万人被要求撤离。", "约600万人", None),
    # near misses: 基本 before a noun; a word for a number of places; people named before the count
    ("全省保护基本农田1000万亩。", "1000万亩", "基本农田"),
    ("今年分配10个名额。", "10个", "名额"),
    ("全村共有村民1200人。", "1200人", "村民"),
]


@pytest.mark.parametrize("sentence,surface,entity", BOUND_CASES)
def test_phrase_bounds_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


PEOPLE_CASES = [
    ("吸引高校毕业生就业创业每年超过30万人。", "超过30万人", "高校毕业生"),
    ("高校毕业生留省就业突破15万人。", "15万人", "高校毕业生"),
    ("失业人员实现再就业8万人。", "8万人", "失业人员"),
    ("帮扶就业困难人员实现就业3.5万人。", "3.5万人", "就业困难人员"),
    # near misses: no noun for people before the verbs
    ("城镇新增就业473万人。", "473万人", "城镇新增就业"),  # 新增 kept (FACTS §5)
    ("农村劳动力转移就业200万人。", "200万人", "就业"),
]


@pytest.mark.parametrize("sentence,surface,entity", PEOPLE_CASES)
def test_people_acting_round14(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


TERM_CASES = [
    ("工作面安装了45台5G高清网络摄像机。", "quantity", "45台", "5G高清网络摄像机"),
    ("新增38家国家级5G工厂。", "quantity", "38家", "国家级5G工厂"),
    ("重点抽查了300个项目、中央资金200亿元。", "quantity", "300个", "项目"),
    ("重点抽查了300个项目、中央资金200亿元。", "money", "200亿元", "中央资金"),
    ("陇西5.6级地震灾后重建有序推进。", "quantity", "5.6级", "地震"),
    ("全球7级大震活动增强。", "quantity", "7级", "大震"),
    # near misses: a list member with no number of its own; a magnitude alone
    ("建成300个图书馆、文化馆。", "quantity", "300个", "图书馆、文化馆"),
    ("当地发生6.1级地震。", "quantity", "6.1级", "地震"),
]


@pytest.mark.parametrize("sentence,kind,surface,noun", TERM_CASES)
def test_terms_and_members_round14(sentence, kind, surface, noun):
    fact = fact_at(sentence, kind, surface)
    assert (fact.entity if kind == "quantity" else fact.subject) == noun


MONEY_VERB_CASES = [
    ("中央财政当年就增加支出500亿元。", "500亿元", "支出"),
    ("今年要再减轻非税负担3000多亿元。", "3000多亿元", "非税负担"),
    # near miss: right after a noun, the verb names the sum (round 8)
    ("2008年居民增加储蓄56亿元。", "56亿元", "居民增加储蓄"),
    # near miss: a verb of adding before the noun goes too (entity_words added), as before
    ("全年新增贷款500亿元。", "500亿元", "贷款"),
]


@pytest.mark.parametrize("sentence,surface,subject", MONEY_VERB_CASES)
def test_money_change_verb_round14(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


CAUSE_CASES = [
    ("以旧换新带动限上新能源汽车、节能家电零售额分别增长21%、39%。", "增长21%", "限上新能源汽车零售额"),
    ("以旧换新带动限上新能源汽车、节能家电零售额分别增长21%、39%。", "39%", "节能家电零售额"),
    ("投资带动工业增加值增长8%。", "增长8%", "工业增加值"),
    # near misses: members that are sums of their own stay whole
    ("省级公用经费和一般性支出分别压减11%、19%。", "压减11%", "省级公用经费"),
]


@pytest.mark.parametrize("sentence,surface,subject", CAUSE_CASES)
def test_cause_and_shared_measure_round14(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject
