"""Quantities, round 13 (issue 14, precision): numerals that name rather than count. 三轮车, 三轮汽车,
普通三轮摩托车, 四轮驱动 name a kind of vehicle by its wheels (a vehicle word right after 轮), not three rounds;
the later members of a list of ordinals keep their classifier too (第三项至六项, 第二条、三条) and are ordinals;
收支两条线 and 两部制 are fixed terms; 本条例二十六条 names an article of the text itself; 陆 alone (大陆架, 陆家嘴) is land, not a capital 6;
北纬33度 is a position.
Sentences are written for the tests; each class has near misses that stay counts."""
import pytest

from govtext.extract import extract_facts


def _quantities(text):
    return [(f.text, f.value, f.unit) for f in extract_facts(text, kinds=["quantity"])]


# (id, sentence, [(span, value, unit)])
CASES = [
    # a vehicle named by its wheels
    ("tricycle-car", "低速载货汽车、三轮汽车不得在高速公路上行驶。", []),
    ("tricycle-motorbike", "普通三轮摩托车应当在最右侧车道行驶。", []),
    ("tricycle", "禁止人力三轮车进入步行街。", []),
    ("tricycle-vehicles", "具有动力装置的三轮车辆、四轮车辆不得上路。", []),
    ("electric-two-wheeler", "全市两轮电动车保有量持续增长。", []),
    ("four-wheel-drive", "该车型采用四轮驱动。", []),
    # near misses: rounds of an activity
    ("rounds-of-action", "先后开展三轮集中整治。", [("三轮", 3, "轮")]),
    ("rounds-bounded", "每年开展两轮以上检查，共计5轮。", [("两轮以上", 2, "轮"), ("5轮", 5, "轮")]),
    # the later members of a list of ordinals, each with its classifier
    ("ordinal-range-classifier", "有第三项至六项行为之一的，责令改正。", []),
    ("ordinal-list-classifier", "依照第二条、三条的规定办理。", []),
    ("ordinal-list-bare", "第一、二批试点已经完成。", []),
    # near misses: another unit after the list, or a count after an ordinal with another word between
    ("ordinal-then-count", "第三项和两个部门的职责不变。", [("两个", 2, "个")]),
    ("ordinal-then-count-later", "有下列第一、二项情形的，处三项罚款。", [("三项", 3, "项")]),
    # fixed terms of public finance and pricing: 收支两条线 (revenue and spending kept apart), 两部制 (a two-part tariff)
    ("two-lines", "罚没收入实行收支两条线管理。", []),
    ("two-part-tariff", "实行基本水价和计量水价相结合的两部制水价。", []),
    ("two-lines-drawn", "在路面画出两条线。", [("两条", 2, "条")]),
    ("two-parts", "电价分为基本电价和电度电价两部分。", [("两部分", 2, "部分")]),
    # a provision of the text itself named without 第
    ("own-article", "鉴定单位违反本条例二十六条规定的，予以处罚。", []),
    ("own-article-rules", "违反本办法十二条规定的，责令改正。", []),
    ("own-text-count", "本条例共六十条。", [("六十条", 60, "条")]),
    ("own-text-items", "本条例所称的三项制度。", [("三项", 3, "项")]),
    # 陆 alone is land (大陆架, 陆家嘴, 登陆台风), no capital 6
    ("continental-shelf", "中国大陆架油气资源丰富。", []),
    ("lujiazui", "陆家嘴金融城建设加快推进。", []),
    ("landfall", "今年登陆台风偏多。", []),
    ("landing-site", "返回舱在东风着陆场安全着陆。", []),
    # near miss: a capital number written whole
    ("capital-number", "共计陆拾名学员参加培训。", [("陆拾名", 60, "名")]),
    # a latitude or longitude is a position, no measure
    ("coordinates", "渔场的四个基点是：北纬33度，东经125度。", [("四个", 4, "个")]),
    ("coordinates-dms", "灯桩位于约北纬二十度零九分三十七秒、东经一百一十度四十一分。", []),
    ("latitude-line", "北纬40度以北地区降温明显。", []),
    # near misses: degrees measured
    ("degrees-measured", "两地经度相差15度，气温下降5度。", [("15度", 15, "度"), ("5度", 5, "度")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quantities_round13(text, expected):
    assert _quantities(text) == expected
