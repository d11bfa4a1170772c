"""Changes on real-looking text, round 6 (issue 14): error classes found by judging a seeded sample of
~200 changes govtext emits on real documents outside every gold set, and by reading figure-rich
passages sentence by sentence for the changes it missed. Each form stands beside its near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.direction, f.from_value, f.to_value, f.by_value, f.unit)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, from, to, by, unit)])
FOUND = [
    # a rate that speeds up, slows down or narrows by percentage points (a measure verb)
    ("rate-speeds-up", "网络零售交易额同比增长32.1%，增速比上年同期加快4.3个百分点。",
     [("增长32.1%", "increase", None, None, 32.1, "%"), ("加快4.3个百分点", "increase", None, None, 4.3, "个百分点")]),
    ("rate-slows-down", "前三季度，全国规模以上工业增加值增速放缓0.6个百分点。",
     [("放缓0.6个百分点", "decrease", None, None, 0.6, "个百分点")]),
    ("fall-narrows", "1—9月，全国房地产开发投资降幅收窄2个百分点。",
     [("收窄2个百分点", "decrease", None, None, 2, "个百分点")]),
    # a multiple with a qualifier before it; index points
    ("multiple-over", "新型储能装机超630万千瓦、增长超12倍。", [("增长超12倍", "increase", None, None, 12, "倍")]),
    ("multiple-near", "咖啡产值增长近3倍。", [("增长近3倍", "increase", None, None, 3, "倍")]),
    ("index-points", "道琼斯指数上涨115.96点，收于13900.13点，涨幅为0.84%。",
     [("上涨115.96点", "increase", None, None, 115.96, "点"), ("涨幅为0.84%", "increase", None, None, 0.84, "%")]),
    # a rate word over a distributive list
    ("rate-list", "生产安全事故起数、死亡人数降幅分别为18%和6.5%。",
     [("降幅分别为18%", "decrease", None, None, 18, "%"), ("6.5%", "decrease", None, None, 6.5, "%")]),
    # a from-level closed by a comma before its to-verb
    ("from-before-comma", "投资的比重，由过去的百分之三十以上，降低到百分之二十左右。",
     [("由过去的百分之三十以上，降低到百分之二十左右", "decrease", 30, 20, None, "%")]),
    ("from-list-before-comma", "包裹送达时间最长时限由原来的15天和20天，缩短到8天和9天。",
     [("由原来的15天和20天，缩短到8天", "decrease", 15, 8, None, "天"),
      ("20天，缩短到8天和9天", "decrease", 20, 9, None, "天")]),
    # 能 and 要 inside a word are no modals; a modal in another clause does not reach the change
    ("chanengneng-is-a-noun", "全省钢铁产能下降15%，能耗降低3.2%。",
     [("下降15%", "decrease", None, None, 15, "%"), ("降低3.2%", "decrease", None, None, 3.2, "%")]),
    ("kezaisheng-is-no-modal", "可再生能源装机占比从23.3%提高到40.4%，可再生能源发电量增长28.3%。",
     [("从23.3%提高到40.4%", "increase", 23.3, 40.4, None, "%"), ("增长28.3%", "increase", None, None, 28.3, "%")]),
    ("multiple-and-percent-list", "锂离子蓄电池、盐湖化工产品出口分别增长3.8倍、80.2%。",
     [("增长3.8倍", "increase", None, None, 3.8, "倍"), ("80.2%", "increase", None, None, 80.2, "%")]),
    ("share-of-object", "全年节约总投资额的百分之七。", [("节约总投资额的百分之七", "decrease", None, None, 7, "%")]),
    ("zhuyao-is-no-modal", "主要工业产品产量增长8%。", [("增长8%", "increase", None, None, 8, "%")]),
    ("restated-result", "粮食总产量比上年增长5%，即增产300亿斤。",
     [("增长5%", "increase", None, None, 5, "%"), ("增产300亿斤", "increase", None, None, 30_000_000_000, "斤")]),
    ("modal-in-another-clause", "建设期间发展速度当然要低些，但是一九五三年工业总产值仍然比一九五二年增加了百分之三十三。",
     [("增加了百分之三十三", "increase", None, None, 33, "%")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert _changes(text) == expected


NOT_CHANGES = [
    # a unit of a rate (每 before the verb)
    ("per-unit-of-growth", "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点的增量。"),
    ("per-unit-of-price", "油价每提高1元，运输成本随之上升。"),
    # conditions and capacities
    ("condition-zhiyao", "生产成本只要降低百分之一，就可以每年为国家节约八千四百亿元。"),
    ("condition-ruguo", "如果利率下调0.5个百分点，企业融资成本将明显下降。"),
    ("capacity-neng", "多种五十万亩烟叶，就能增产五十万箱纸烟。"),
    ("capacity-ke", "线路投产后，每年可节约燃煤2500万吨左右。"),
    # a requirement with a modal in the verb's clause
    ("modal-yao", "以一九五四年为基数，粮食产量要增长百分之十三点七。"),
    ("restated-requirement", "以一九五四年为基数，粮食产量要增长百分之十三点七，即增产四百六十六亿斤。"),
    # a number opening the noun a 的-phrase modifies
    ("de-phrase-before-number", "这是人民生活水平提高最快的十四年。"),
    # a measure verb over counted things, clock times
    ("speed-up-projects", "要加快推进20个重大项目。"),
    ("clock-time", "今天下午气温下降3点多。"),
    # a goal that writes where it starts from is the target only (FACTS.md §2 target)
    ("goal-with-from-level", "到2020年，常住人口城镇化率由2015年的56.1%提高到60%左右。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_CHANGES], ids=[c[0] for c in NOT_CHANGES])
def test_not_changes(text):
    assert _changes(text) == []


REPORT = ("各位代表：\n一、2025年工作回顾\n地区生产总值增长5.5%。\n二、2026年重点工作\n"
          "主要预期目标是：地区生产总值增长5%左右。\n"
          "巩固蓝天保卫战成果，重点地区细颗粒物（PM\n2.5\n）浓度继续下降。\n"
          "继续提高城乡居民基本医保保障水平，居民医保人均财政补助标准增加30元。\n")


def test_decimal_line_is_no_heading():
    """``2.5`` left on a line of its own by a broken ``PM2.5`` is no numbered heading: the work part
    goes on, and the task after it (增加30元) is planned, not reported."""
    assert [c[0] for c in _changes(REPORT)] == ["增长5.5%"]
