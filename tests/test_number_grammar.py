"""The number grammar of issue 14 for money, percentages and quantities: separators, spaces left by
web and PDF conversion, capital numerals, minor units, currency signs and words, 半 after a unit, 成
with decimals, 百分之 with large numbers, ranges with every dash and word (decisions 2 and 3), unit
symbols kept as written (decision 8), and nothing inside identifiers (decision 9). Each family has
sentences of our own and near misses."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from sentences import fact_at


# ---------------------------------------------------------------- money
MONEY = [
    # (id, sentence, surface, value, value_max, currency, qualifier)
    ("comma-ascii", "本季度共收到社会捐款1,250元，已全部入账", "1,250元", 1250, None, "CNY", None),
    ("comma-fullwidth", "年度结余资金12，480.50元，结转下年使用", "12，480.50元", 12480.5, None, "CNY", None),
    ("comma-mixed", "账户余额为233,333，333,434.34元", "233,333，333,434.34元", 233333333434.34, None, "CNY", None),
    ("space-after-point", "伙食补助标准为每人每天36. 5元", "36. 5元", 36.5, None, "CNY", None),
    ("space-in-group", "项目总投资1 250万元，其中中央资金600万元", "1 250万元", 12_500_000, None, "CNY", None),
    ("capital", "村委会收到借款壹万贰仟元整，约定年底归还", "壹万贰仟元", 12000, None, "CNY", None),
    ("capital-traditional-scale", "合同总金额叁拾萬圆，分两期支付", "叁拾萬圆", 300_000, None, "CNY", None),
    ("capital-minor", "退还押金人民币壹佰贰拾叁元肆角伍分", "人民币壹佰贰拾叁元肆角伍分", 123.45, None, "CNY", None),
    ("yuan-jiao", "每斤售价8元5角，比上月略有上涨", "8元5角", 8.5, None, "CNY", None),
    ("kuai-mao", "早餐一份十块三毛钱", "十块三毛钱", 10.3, None, "CNY", None),
    ("kuai-tenth", "一斤青菜卖两块五", "两块五", 2.5, None, "CNY", None),
    ("chinese-minor-arabic", "实收一百二十元3角", "一百二十元3角", 120.3, None, "CNY", None),
    ("sign-before", "门票价格为￥120，学生半价", "￥120", 120, None, "CNY", None),
    ("sign-space", "会员价¥ 99.9，限时供应", "¥ 99.9", 99.9, None, "CNY", None),
    ("us-dollar-sign", "该公司完成US$3亿的新一轮融资", "US$3亿", 300_000_000, None, "USD", None),
    ("renminbi-before", "向灾区捐赠人民币5万元", "人民币5万元", 50_000, None, "CNY", None),
    ("renminbi-after", "向灾区捐赠5万元人民币", "5万元人民币", 50_000, None, "CNY", None),
    ("currency-word-after-yuan", "折合约三万元欧元", "约三万元欧元", 30_000, None, "EUR", "approx"),
    ("dollar-word-before", "引进外资美元200万", "美元200万", 2_000_000, None, "USD", None),
    ("hkd-word-before-yuan", "退还港币两千九百六十元", "港币两千九百六十元", 2960, None, "HKD", None),
    ("yen", "拍卖所得3千万日元", "3千万日元", 30_000_000, None, "JPY", None),
    ("twd-spaced", "营收新台币 177.1 亿元", "新台币 177.1 亿元", 17_710_000_000, None, "TWD", None),
    ("range-dash", "每户补助1万-5万元，按评定等级发放", "1万-5万元", 10_000, 50_000, "CNY", None),
    ("range-double-hyphen", "奖励1万元--5万元", "1万元--5万元", 10_000, 50_000, "CNY", None),
    ("range-em-dash-shared-scale", "奖金5—10万元不等", "5—10万元", 50_000, 100_000, "CNY", None),
    ("range-double-em-dash", "月租金2——3万港币", "2——3万港币", 20_000, 30_000, "HKD", None),
    ("range-tilde-k", "外包报价10~15k元", "10~15k元", 10_000, 15_000, "CNY", None),
    ("range-dao-chinese", "预计投入两到三万港元", "两到三万港元", 20_000, 30_000, "HKD", None),
    ("range-zhi-chinese", "年薪十八至三十万日元", "十八至三十万日元", 180_000, 300_000, "JPY", None),
    ("range-lower-no-scale-carry", "从8500到3万港元不等", "8500到3万港元", 8500, 30_000, "HKD", None),
    ("range-inclusive", "资助1万(含)-5万元", "1万(含)-5万元", 10_000, 50_000, "CNY", None),
    ("range-bounds", "对2万元以上10万元以下的项目", "2万元以上10万元以下", 20_000, 100_000, "CNY", None),
    ("inclusive-over", "罚款50万元（含）以上", "50万元（含）以上", 500_000, None, "CNY", "over"),
    ("at-least-over", "每户至少九千块钱以上", "至少九千块钱以上", 9000, None, "CNY", "at_least"),
    ("bound-far", "每个项目最高补贴100万元", "100万元", 1_000_000, None, "CNY", "at_most"),
    ("break-through", "全年营业收入突破万亿元", "万亿元", 10**12, None, "CNY", "over"),
    ("over-euro", "人均花费3000多欧元", "3000多欧元", 3000, None, "EUR", "over"),
    ("colloquial-with-cue", "打印费一共十块钱", "十块钱", 10, None, "CNY", None),
    ("cent-alone", "每张邮票五十美分", "五十美分", 0.5, None, "USD", None),
    ("tens-ji-over", "景区门票每张十几块钱", "十几块钱", 10, None, "CNY", "over"),
    ("tens-ji-scale", "每户增收十几万元", "十几万元", 100_000, None, "CNY", "over"),
]


@pytest.mark.parametrize("sentence,surface,value,value_max,currency,qual", [m[1:] for m in MONEY],
                         ids=[m[0] for m in MONEY])
def test_money_grammar(sentence, surface, value, value_max, currency, qual):
    f = fact_at(sentence, "money", surface)
    assert (f.value, f.value_max, f.currency, f.qualifier) == (pytest.approx(value), value_max, currency, qual)


@pytest.mark.parametrize("sentence", [
    "推进基层治理一元化", "二元结构逐步打破", "圆满完成全年任务", "人民币汇率保持基本稳定", "美元指数持续走强",
    "搬开三块石头", "一块儿去现场", "他分析了原因", "五角大楼发表声明", "美元2019年走势",
    "附件1-3000元以下项目清单 ", "他做生意赚了几十万块", "每年投入数十亿元", "出现了一批万元户",
], ids=["yiyuanhua", "eryuan", "yuanman", "huilv", "usd-index", "stones", "yikuair", "fenxi", "pentagon",
        "year-after-currency", "list-item", "vague-jishi", "vague-shushi", "wanyuanhu"])
def test_not_money(sentence):
    facts = extract_facts(sentence, kinds=["money"])
    assert all(f.text != "1-3000元以下" for f in facts)
    if "3000元" not in sentence:
        assert facts == []


# ---------------------------------------------------------------- percent
PERCENT = [
    # (id, sentence, surface, value, value_max, qualifier)
    ("baifenzhi-large", "超额完成目标，完成率为百分之一百零五", "百分之一百零五", 105, None, None),
    ("baifenzhi-thousands", "利润增幅达百分之一千二百五十", "百分之一千二百五十", 1250, None, None),
    ("baifenzhi-grouped", "部分指标增长百分之1,250", "百分之1,250", 1250, None, None),
    ("baifenzhi-arabic-decimal", "增长百分之12.5", "百分之12.5", 12.5, None, None),
    ("baifenzhi-chinese-decimal", "利率为百分之三十五点五", "百分之三十五点五", 35.5, None, None),
    ("cheng-decimal", "出口额约占全省的六点五成", "六点五成", 65, None, None),
    ("cheng-tenth-digit", "受访者满意率达七成五，较上年提高", "七成五", 75, None, None),
    ("cheng-half", "产量增加三成半", "三成半", 35, None, None),
    ("cheng-ten", "到会率达十成", "十成", 100, None, None),
    ("space-before-sign", "投票率为 85 %，高于上届", "85 %", 85, None, None),
    ("range-one-sign", "今年预计增长5—10%", "5—10%", 5, 10, None),
    ("range-tilde", "利润率保持在5~10%之间", "5~10%", 5, 10, None),
    ("range-words", "增长百分之五至十", "百分之五至十", 5, 10, None),
    ("points", "优良率提高了0.8个百分点", "0.8个百分点", 0.8, None, None),
    ("points-range", "提高5至10个百分点", "5至10个百分点", 5, 10, None),
    ("points-over", "增速上升2个多百分点", "2个多百分点", 2, None, "over"),
    ("minus", "工业增加值增长-3.8%", "-3.8%", -3.8, None, None),
    ("cheng-arabic-tenth", "成交价约为原价的6成4，", "6成4", 64, None, None),
    ("cheng-arabic-decimal", "贫困人口占２.５成", "２.５成", 25, None, None),
    ("zhe-chinese", "过季商品一律打七折", "七折", 70, None, None),
    ("zhe-two-digits", "持卡会员享受七五折优惠", "七五折", 75, None, None),
    ("zhe-arabic", "淡季门票8.5折", "8.5折", 85, None, None),
    ("zhe-decimal", "团体票六点五折", "六点五折", 65, None, None),
    ("zhe-capital", "按陆点五折收取", "陆点五折", 65, None, None),
    ("zhe-arabic-two-digits", "二手教材一律75折", "75折", 75, None, None),
    ("zhe-half", "旧书半折出售", "半折", 50, None, None),
    ("zhe-duizhe", "滞销蔬菜打对折", "对折", 50, None, None),
    ("baifenzhi-k", "增幅达百分之3.2k", "百分之3.2k", 3200, None, None),
    ("permille", "自然增长率下降0.5‰", "0.5‰", 0.05, None, None),
]


@pytest.mark.parametrize("sentence,surface,value,value_max,qual", [p[1:] for p in PERCENT], ids=[p[0] for p in PERCENT])
def test_percent_grammar(sentence, surface, value, value_max, qual):
    f = fact_at(sentence, "percent", surface)
    assert (f.value, f.value_max, f.qualifier) == (pytest.approx(value), value_max, qual)


@pytest.mark.parametrize("sentence,surfaces", [
    ("增长5%—10%", ["5%", "10%"]),
    ("分别增长12.5%-15%", ["12.5%", "15%"]),
    ("由百分之五到百分之十", ["百分之五", "百分之十"]),
], ids=["em-dash", "hyphen", "baifenzhi"])
def test_two_signs_are_two_percents(sentence, surfaces):
    """Issue 14 decision 2: 5%—10% is two percentages; 5—10% one with value_max."""
    facts = extract_facts(sentence, kinds=["percent"])
    assert [f.text for f in facts] == surfaces and all(f.value_max is None for f in facts)


@pytest.mark.parametrize("sentence", [
    "三五成群地聊天", "一波三折", "百折不挠", "百分百满意", "比分3/2", "详见www.example.cn/a%20b%2050%25",
    "加强党员队伍建设，成为标杆", "十分重要", "固定资产折旧", "把纸对折", "五百分之2.2", "百分之二三十", "上演一折戏", "三折叠屏手机", "千回百折",
    "作风建设不能一成不变", "该指标增长了百分之3.2M",
], ids=["sanwuchengqun", "yiboshanzhe", "baizhe", "baifenbai", "score", "url-encoded", "chengwei", "shifen",
        "zhejiu", "fold-in-half", "five-hundredths", "approx-tens", "act-of-a-play", "folding", "qianhuibaizhe",
        "yichengbubian", "latin-m"])
def test_not_percent(sentence):
    assert extract_facts(sentence, kinds=["percent"]) == []


# ---------------------------------------------------------------- quantity
QUANTITY = [
    # (id, sentence, surface, value, unit, value_max, qualifier)
    ("half-day", "整改工作须在两天半内完成", "两天半", 2.5, "天", None, None),
    ("half-month", "专项检查历时三个半月", "三个半月", 3.5, "月", None, None),
    ("half-weight", "每户分到两吨半", "两吨半", 2.5, "吨", None, None),
    ("half-age", "一名三岁半的儿童", "三岁半", 3.5, "岁", None, None),
    ("cm", "队员平均身高168cm", "168cm", 168, "cm", None, None),
    ("km", "新建道路全长12.5km", "12.5km", 12.5, "km", None, None),
    ("kg", "单件重量不超过75kg", "不超过75kg", 75, "kg", None, "at_most"),
    ("tonne-wan", "年产能5万t", "5万t", 50_000, "t", None, None),
    ("square-metre", "新建用房120m²", "120m²", 120, "m²", None, None),
    ("celsius-minus", "最低气温零下5℃", "零下5℃", -5, "℃", None, None),
    ("celsius-space", "最高气温达36. 5℃", "36. 5℃", 36.5, "℃", None, None),
    ("microgram", "PM2.5平均浓度为35μg/m³", "35μg/m³", 35, "μg/m³", None, None),
    ("gongfen", "苗高30公分以上", "30公分以上", 30, "公分", None, "over"),
    ("mu", "流转土地200亩", "200亩", 200, "亩", None, None),
    ("jin", "收获土豆500斤", "500斤", 500, "斤", None, None),
    ("li-cases", "当日新增本土确诊病例12例", "12例", 12, "例", None, None),
    ("li-grouped", "累计报告病例1,250例", "1,250例", 1250, "例", None, None),
    ("li-chinese", "新增无症状感染者五十二例", "五十二例", 52, "例", None, None),
    ("li-space", "累计治愈出院1 024例", "1 024例", 1024, "例", None, None),
    ("range-em-dash", "办结时限为5—10个工作日", "5—10个工作日", 5, "工作日", 10, None),
    ("range-zhi", "服务期3至5年", "3至5年", 3, "年", 5, None),
    ("range-tilde", "每次培训2~3天", "2~3天", 2, "天", 3, None),
    ("range-hyphen", "每班20-30名学员", "20-30名", 20, "名", 30, None),
    ("range-dao", "每组10到15人", "10到15人", 10, "人", 15, None),
    ("range-en-dash", "每村配备2–3名", "2–3名", 2, "名", 3, None),
    ("range-unit-twice", "宣传周持续3天至5天", "3天至5天", 3, "天", 5, None),
    ("approx-range", "来了五六百人", "五六百人", 500, "人", 600, None),
    ("megawatt", "装机容量约120万千瓦", "约120万千瓦", 1_200_000, "千瓦", None, "approx"),
    ("gigabyte", "存储空间256GB", "256GB", 256, "GB", None, None),
    ("magnitude", "发生4.5级地震", "4.5级", 4.5, "级", None, None),
    ("minus-chinese", "夜间最低气温零下四摄氏度", "零下四摄氏度", -4, "摄氏度", None, None),
    ("years-with-scale", "距今约2.5亿年", "约2.5亿年", 250_000_000, "年", None, "approx"),
    ("archaic-tens", "本期共有廿五人结业", "廿五人", 25, "人", None, None),
    ("bottles", "只带了两瓶饮用水", "两瓶", 2, "瓶", None, None),
    ("er-bounded", "现场执法人员不得少于二人", "不得少于二人", 2, "人", None, "at_least"),
    ("er-people", "事故造成其中二人受伤", "二人", 2, "人", None, None),
    ("yi-qian-mi", "管道两侧各一千米范围内禁止采石", "一千米", 1000, "米", None, None),  # round 18: the numeral takes 千
    ("average-decimal", "全村户均2.3人", "2.3人", 2.3, "人", None, None),
    ("archaic-tens-30", "卅六名学员参加培训", "卅六名", 36, "名", None, None),
    ("pound", "每箱重两磅", "两磅", 2, "磅", None, None),
    ("acre", "购置300英亩土地", "300英亩", 300, "英亩", None, None),
    ("speed", "限速120公里/小时", "120公里/小时", 120, "公里/小时", None, None),
    ("wind", "阵风风速15米/秒", "15米/秒", 15, "米/秒", None, None),
    ("volt", "额定电压220V", "220V", 220, "V", None, None),
    ("tens-ji", "二十几名干部参加培训", "二十几名", 20, "名", None, "over"),
    ("noun-in-shu", "参会人数十二名", "十二名", 12, "名", None, None),
    ("half-before-verb", "工程历时两年半全面竣工", "两年半", 2.5, "年", None, None),
    ("half-price-is-no-half", "连续3天半价优惠", "3天", 3, "天", None, None),
    ("kilobit", "传输速率为每秒三千比特", "三千比特", 3, "千比特", None, None),
    ("seven-digits", "全年受理案件2007698件", "2007698件", 2007698, "件", None, None),
    ("eight-digits", "累计服务12345678人次", "12345678人次", 12345678, "人次", None, None),
]


@pytest.mark.parametrize("sentence,surface,value,unit,value_max,qual", [q[1:] for q in QUANTITY],
                         ids=[q[0] for q in QUANTITY])
def test_quantity_grammar(sentence, surface, value, unit, value_max, qual):
    f = fact_at(sentence, "quantity", surface)
    assert (f.value, f.unit, f.value_max, f.qualifier) == (pytest.approx(value), unit, value_max, qual)


@pytest.mark.parametrize("sentence", [
    "访问https://www.gov.cn/zhengce/2023-05/12/content_5.htm了解详情",
    "联系电话0571-87654321，邮箱abc123@gov.cn",
    "附件：2023年工作计划.docx",
    "身份证号330102199001011234",
    "软件版本V2.3.1",
    "拨打12345热线",
    "如图1所示",
    "G20峰会在杭州召开",
    "5G网络覆盖",
    "2019-2020学年",
    "两两结对",
    "三年行动计划",
    "举例说明",
    "第5条规定",
    "气势磅礴", "扫描二维码", "防止产生二次污染", "三峡工程二期", "观看二人转演出", "第3码头", "2.2本计划投资情况", "破解瓶颈问题",
    "几十个村完成改造", "数十万人参加", "康熙三年修建石桥", "民国20年建成",
    "举报电话：87654321", "服务热线12345678转5", "咨询电话（010）12345678",
], ids=["url", "phone-email", "file-name", "id-card", "version", "hotline", "figure", "g20", "5g", "school-year",
        "liangliang", "campaign", "juli", "article", "pangbo", "qr-code", "erci-wuran", "erqi", "errenzhuan", "wharf", "section-number-ben", "pingjing",
        "vague-jishi", "vague-shushi", "era-year", "era-year-arabic",
        "local-phone-after-word", "local-phone-extension", "phone-bracketed-area-code"])
def test_no_count_or_measure(sentence):
    assert extract_facts(sentence, kinds=["quantity", "money", "percent"]) == []


# ---------------------------------------------------------------- a property: any grouped amount reads back
@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999_999), st.sampled_from([",", "，"]), st.integers(0, 99))
def test_grouped_amount_reads_back(n, sep, cents):
    grouped = f"{n:,}".replace(",", sep) + f".{cents:02d}"
    sentence = f"本项目拨付资金{grouped}元，专款专用"
    facts = extract_facts(sentence, kinds=["money"])
    assert [f.text for f in facts] == [f"{grouped}元"]
    assert Decimal(str(facts[0].value)) == Decimal(n) + Decimal(cents) / 100
