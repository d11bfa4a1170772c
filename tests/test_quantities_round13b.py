"""Quantities, round 13 second wave (issue 14): storeys (层), sections (段) and degrees of angle (°) as
units; a comparison under a negated modal (不宜少于, 不能超过) bounds the other way; counts of days in
Chinese numerals (一百八十日, 开工七日前) as durations; 四周 as "all around" no count of weeks; a range whose
lower end has 个 for the time unit of its upper end (二个至五个工作日). Sentences are written for the
tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts


def _quantities(text):
    return [(f.text, f.value, f.unit, f.qualifier, f.value_max)
            for f in extract_facts(text, kinds=["quantity"])]


# (id, sentence, [(span, value, unit, qualifier, value_max)])
FOUND = [
    ("storeys-under", "本县新建九层以下的住宅应当配套建设停车位。", [("九层以下", 9, "层", "under", None)]),
    ("storeys-arabic", "该楼共18层。", [("18层", 18, "层", None, None)]),
    ("sections-alt", "全市整治河道26条（段）。", [("26条（段）", 26, "条", None, None)]),
    ("sections", "改造老旧管网三段。", [("三段", 3, "段", None, None)]),
    ("degrees", "产品的网格分辨率为0.5°。", [("0.5°", 0.5, "°", None, None)]),
    ("negated-modal-at-least", "每个小组成员不宜少于3人。", [("不宜少于3人", 3, "人", "at_least", None)]),
    ("negated-modal-at-most", "每次检查的项目不能超过8项。", [("不能超过8项", 8, "项", "at_most", None)]),
    ("negated-modal-low", "参会单位不可低于6家。", [("不可低于6家", 6, "家", "at_least", None)]),
    ("days-over-a-month", "罚款期限按照九十日计算。", [("九十日", 90, "日", None, None)]),
    ("days-before-event", "建设单位应当在施工五日前告知住户。", [("五日", 5, "日", None, None)]),
    ("days-before-event-arabic", "法院应当在开庭10日前送达通知。", [("10日", 10, "日", None, None)]),
    ("days-before-event-day", "名单应当在投票日的七日前公布。", [("七日", 7, "日", None, None)]),
    ("weeks-duration", "集中培训为期四周。", [("四周", 4, "周", None, None)]),
    ("weeks-within", "整改工作四周内完成。", [("四周", 4, "周", None, None)]),
    ("fourteen-weeks", "妊娠十四周以上的孕妇。", [("十四周以上", 14, "周", "over", None)]),
    ("range-ge-time", "审核需要二个至五个工作日。", [("二个至五个工作日", 2, "工作日", None, 5)]),
    ("range-ge-month", "试运行3个至6个月。", [("3个至6个月", 3, "月", None, 6)]),
    ("range-two-ge", "每村选派二个至三个工作组。", [("二个至三个", 2, "个", None, 3)]),
]

# near misses: no quantity (or not the one above)
NONE = [
    ("layer-word", "从多层次推进改革。"),
    ("layer-aspect", "从两个层面入手。"),  # 两个 counts 层面, no 层
    ("section-word", "采用三段式结构。"),
    ("day-of-month-before", "请各单位于十日前报送材料。"),
    ("day-of-month-arabic", "请于15日前报送材料。"),
    ("day-of-month-this-month", "本月二十日前上报。"),
    ("day-of-month-month-de", "次月的十日前完成。"),
    ("around-toward", "污染物向四周扩散。"),
    ("around-place", "在广场四周设置围栏。"),
    ("ordinal-two", "其二个人认为不妥。"),  # (round 19: 设二个部门 counts; 二 + 个人 is the word 个人)
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(sentence, expected):
    got = _quantities(sentence)
    for e in expected:
        assert e in got, got


def test_layer_aspect_counts_aspects():
    assert _quantities("从两个层面入手。") == [("两个", 2, "个", None, None)]


@pytest.mark.parametrize("sentence", [c[1] for c in NONE if c[0] != "layer-aspect"],
                         ids=[c[0] for c in NONE if c[0] != "layer-aspect"])
def test_none(sentence):
    got = [q for q in _quantities(sentence) if q[2] in ("层", "段", "日", "周") or q[0] == "二个"]
    assert got == [], got


def test_negated_modal_beside_plain_bounds():
    # 少于 and 超过 alone keep their own bound
    assert _quantities("参会人员少于5人。")[0][3] == "under"
    assert _quantities("参会人员超过20人。")[0][3] == "over"
