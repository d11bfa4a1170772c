"""Number and date forms found by a survey of ../shared/realcorpus (issue 14, values3): every run of
digits or Chinese numerals with what stands around it, checked for a fact. Each recurring form
that came out without a fact, or with a wrong value, has sentences of our own here, with near misses:
counts of new units (对, 门, 方, 标箱, 剂次), Chinese numerals before 公里, Chinese decimals before a
measure, numbers with two scales and an over-mark or digit-by-digit places after 亿, counts of
people named by a noun phrase without a classifier, years written with a digit zero among Chinese
digits, a discount spaced by a page."""
import pytest

from sentences import grounded


@pytest.mark.parametrize("sentence,surface,value,unit", [
    ("国际友城达到67对。", "67对", 67, "对"),
    ("节前安排开行旅客列车6077对，", "6077对", 6077, "对"),
    ("电话交换机容量增加2000多万门。", "2000多万门", 20_000_000, "门"),
    ("天安门广场54门礼炮齐鸣。", "54门", 54, "门"),
    ("今年开设3门选修课程。", "3门", 3, "门"),
    ("天然气产能达到22亿方。", "22亿方", 2_200_000_000, "方"),
    ("煤层气资源量2000多亿方，", "2000多亿方", 200_000_000_000, "方"),
    ("集装箱吞吐量达8097万标箱，", "8097万标箱", 80_970_000, "标箱"),
    ("累计接种疫苗275万剂次。", "275万剂次", 2_750_000, "剂次"),
    ("可通航2000载重吨以上货船。", "2000载重吨以上", 2000, "载重吨"),
    ("距离路口不少于两公里，", "不少于两公里", 2, "公里"),
    ("行驶里程超过四十万公里的车辆", "超过四十万公里", 400_000, "公里"),
    ("人行通道宽度不小于一点八米。", "不小于一点八米", 1.8, "米"),
    ("犬绳长度不超过一点五米，", "不超过一点五米", 1.5, "米"),
    ("城镇住宅竣工面积达六亿三千多万平方米，", "六亿三千多万平方米", 630_000_000, "平方米"),
    ("接待游客1亿3千多万人次。", "1亿3千多万人次", 130_000_000, "人次"),
])
def test_counts_and_measures(sentence, surface, value, unit):
    facts = grounded(sentence, "quantity")
    assert [(f.text, f.value, f.unit) for f in facts] == [(surface, value, unit)]


@pytest.mark.parametrize("sentence", [
    "按照附件2对每个场景逐一评估。",   # 对 a preposition after a label
    "双方签订三方协议。",               # 方 a party, not a volume
    "在3方面取得进展。",                # 方面 is its own unit
    "三门峡市加快建设。",               # a place name
    "门口设置2处岗亭，",                # no count of 门
    "一点儿也不差。",                   # 一点 no decimal
])
def test_near_misses(sentence):
    units = {f.unit for f in grounded(sentence, "quantity")}
    assert not units & {"对", "方", "门", "米"}


@pytest.mark.parametrize("sentence,surface,value,entity,qualifier", [
    ("营养改善计划惠及3600多万农村学生。", "3600多万", 36_000_000, "农村学生", "over"),
    ("505万下岗失业人员实现再就业，", "505万", 5_050_000, "下岗失业人员", None),
    ("将全国130万“老工伤”人员全部纳入统筹，", "130万", 1_300_000, "老工伤人员", None),
    ("960多万建档立卡贫困人口通过易地搬迁脱贫，", "960多万", 9_600_000, "建档立卡贫困人口", "over"),
    ("全国近8000万农户领到了证书。", "近8000万", 80_000_000, "农户", "approx"),
    ("带动3.78万农牧民就业增收。", "3.78万", 37_800, "农牧民", None),
])
def test_counts_named_by_a_noun_phrase(sentence, surface, value, entity, qualifier):
    facts = grounded(sentence, "quantity")
    assert [(f.text, f.value, f.unit, f.entity, f.qualifier) for f in facts] == [
        (surface, value, None, entity, qualifier)]


@pytest.mark.parametrize("sentence", [
    "安排经费300万用于学生资助。",      # a function word before the noun: an amount, no count of students
    "人口超过100万的城市，",            # no noun after the number
])
def test_noun_phrase_near_misses(sentence):
    assert not [f for f in grounded(sentence, "quantity") if f.entity and f.entity.endswith(("学生", "城市"))]


@pytest.mark.parametrize("sentence,surface,value", [
    ("共投入1亿3千多万元，", "1亿3千多万元", 130_000_000),
    ("奖励1万2千元，", "1万2千元", 12_000),
])
def test_money_with_two_scales(sentence, surface, value):
    facts = grounded(sentence, "money")
    assert [(f.text, f.value) for f in facts] == [(surface, value)]
    assert facts[0].qualifier == ("over" if "多" in surface else None)


def test_bare_count_with_places_after_yi():
    facts = grounded("旅游总人数累计达到了2亿5千8百万，", "quantity")
    assert [(f.text, f.value) for f in facts] == [("2亿5千8百万", 258_000_000)]


@pytest.mark.parametrize("sentence,surface,value", [
    ("确保到二0二0年实现全面建成小康社会，", "二0二0年", "2020"),
    ("比二0一0年翻一番，", "二0一0年", "2010"),
    ("二00八年以后，国际金融危机持续蔓延", "二00八年以后", "2008"),
    ("根据十五大提出的到二０一０年的目标，", "二０一０年", "2010"),
])
def test_years_with_a_digit_zero(sentence, surface, value):
    dates = grounded(sentence, "date")
    assert [(f.text, f.value) for f in dates] == [(surface, value)]
    assert not [q for q in grounded(sentence, "quantity") if q.unit == "年"]  # no 0年


@pytest.mark.parametrize("sentence,value", [
    ("老客户续订可享7 2 折", 72),
    ("会员可享7 2折优惠", 72),
    ("新客户8折。", 80),
])
def test_spaced_discount(sentence, value):
    assert [f.value for f in grounded(sentence, "percent")] == [value]


def test_spaced_digits_before_a_word_are_no_discount():
    assert grounded("编号3 7 折叠椅", "percent") == []


@pytest.mark.parametrize("sentence,surface,value", [
    ("2020年10月8日消息。托马斯曾与5日确诊的副司令接触。", "5日", "2020-10-05"),
    ("2017年3月13日消息。土耳其总统12号谴责荷兰政府。", "12号", "2017-03-12"),
    ("2011年8月8日消息。穆迪7号下调十家银行评级。", "7号", "2011-08-07"),
    ("2012年11月18日消息。冲突17号仍在持续。", "17号", "2012-11-17"),
    ("2017年3月13日消息。他11号曾在演讲中说，", "11号", "2017-03-11"),
])
def test_bare_days_in_news(sentence, surface, value):
    dates = grounded(sentence, "date")
    assert [(f.text, f.value) for f in dates][1:] == [(surface, value)]


@pytest.mark.parametrize("sentence", [
    "纳税期限为1日、3日、5日。",          # days listed after no date: spans, not dates
    "罚款可以分5日继续缴纳。",            # installments
    "每年3日审议一次。",                  # recurring
])
def test_bare_day_near_misses(sentence):
    assert not [f for f in grounded(sentence, "date") if f.text in ("3日", "5日")]


@pytest.mark.parametrize("sentence,values", [
    ("全年增长19·5％，投资增长14·1％。", [19.5, 14.1]),   # a middle dot for the point (1990s reports)
    ("江川“4·11”森林火灾，每年“12·4”宣传日", []),        # an event named by its date: no number
])
def test_middle_dot_before_a_percent(sentence, values):
    assert [f.value for f in grounded(sentence, "percent")] == values


@pytest.mark.parametrize("sentence,surface,value", [
    ("常务委员会应当在会议举行的十五日前将开会日期通知代表。", "十五日", 15),
    ("应当在会议举行的20日前通知代表。", "20日", 20),
    ("应当于许可证有效期届满的30日前提出申请。", "30日", 30),
])
def test_days_before_an_event(sentence, surface, value):
    assert [(f.text, f.value, f.unit) for f in grounded(sentence, "quantity")] == [(surface, value, "日")]
    assert grounded(sentence, "date") == []


@pytest.mark.parametrize("sentence", [
    "应当在每季度第一个月的二十五日前报送。",   # the 25th of that month: a day, no count
    "应当于每月的15日前报送。",
])
def test_day_of_a_month_before_de_is_no_count(sentence):
    assert grounded(sentence, "quantity") == []


@pytest.mark.parametrize("numeral,value", [
    ("二千零十七万", 20_170_000),   # 零 before a bare 十: 二千零一十七万
    ("一千零十", 1010),
    ("一万零十二", 10_012),
    ("一千零八", 1008),
    ("四百十一", 411),
])
def test_zero_before_a_bare_ten(numeral, value):
    from govtext.text.numerals import parse_number
    assert parse_number(numeral) == value


def test_count_with_zero_before_a_bare_ten():
    facts = grounded("中学七万六千人，小学二千零十七万人。", "quantity")
    assert [(f.text, f.value) for f in facts] == [("七万六千人", 76_000), ("二千零十七万人", 20_170_000)]


@pytest.mark.parametrize("sentence,surface", [
    ("此次冲突受到国际社会广泛关注，17号法国、英国等多地爆发游行。", "17号"),
    ("该法案的投票几经拖延，16号这一法案才最终获得通过。", "16号"),
])
def test_news_day_opening_a_clause(sentence, surface):
    assert [f.text for f in grounded(sentence, "date")] == [surface]


@pytest.mark.parametrize("sentence", [
    "对受灾地区，5日内完成核查。",
    "位于园区内，3号楼东侧。",
    "按照要求，1号文件已经印发。",
])
def test_clause_opening_day_near_misses(sentence):
    assert grounded(sentence, "date") == []


def test_figurative_round_number_before_a_noun_phrase():
    assert grounded("不负千万海南人民的厚重期望。", "quantity") == []


@pytest.mark.parametrize("sentence,surface,value", [
    ("该馆于两千零四年八月十五开馆。", "两千零四年八月十五", "2004-08-15"),
    ("二〇〇四年八月十五日开馆。", "二〇〇四年八月十五日", "2004-08-15"),
])
def test_day_in_words_without_ri(sentence, surface, value):
    assert [(f.text, f.value) for f in grounded(sentence, "date")] == [(surface, value)]


def test_day_in_words_before_a_count_is_a_count():
    sentence = "二〇〇四年八月十五家企业开业。"
    assert [f.text for f in grounded(sentence, "date")] == ["二〇〇四年八月"]
    assert [f.text for f in grounded(sentence, "quantity")] == ["十五家"]


@pytest.mark.parametrize("sentence,surface", [
    ("系统具有不少于 8 个级别的存取权限；", "不少于 8 个"),   # 级别 after 个: levels counted
    ("设置3个级别的预警。", "3个"),
])
def test_count_of_levels_is_no_grade(sentence, surface):
    assert [f.text for f in grounded(sentence, "quantity")] == [surface]


def test_grade_of_size_is_no_count():
    assert grounded("建成7亿吨级港口。", "quantity") == []


@pytest.mark.parametrize("sentence,surface,value", [
    ("材料損失二十五億七千多萬元，", "二十五億七千多萬元", 2_570_000_000),   # 多 before the last scale
    ("工地損失二十三億五千多萬元。", "二十三億五千多萬元", 2_350_000_000),
    ("投资三千多万元。", "三千多万元", 30_000_000),
])
def test_money_over_mark_before_the_last_scale(sentence, surface, value):
    facts = grounded(sentence, "money")
    assert [(f.text, f.value, f.qualifier) for f in facts] == [(surface, value, "over")]


def test_no_money_read_from_inside_an_arabic_number():
    assert [f.value for f in grounded("投资3千多万元。", "money")] != [10_000_000]   # not 千多万元
